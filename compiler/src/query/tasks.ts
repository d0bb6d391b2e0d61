/**
 * The registry of tasks a parallel phase can run. Both executors look tasks up here by name: the
 * serial executor calls them directly, and a worker thread imports this same module, so a task
 * behaves identically on either side. A task is a pure function of its (plain-data) input and of
 * the read-only contexts it reads through its `TaskEnv`.
 *
 * To add a task: a line in `TaskTypes` (name → [input, output]), its function in `TASKS`, and, if
 * its inputs differ much in cost, a weight in `TASK_WEIGHTS` (the parallel executor balances chunks
 * by it). To give tasks a large read-only value (ASTs, def table, signatures...), add its type to
 * `ContextTypes`, call `executor.setContext(name, value)` once before the maps that need it, and read
 * it in the task with `env.context(name)`: the serial executor hands over the object itself, the
 * parallel one serializes it once and each worker deserializes it once (see query/parallel/).
 *
 * Owns: task names, their types and functions. Must not: hold state, print, or touch threads.
 */
import type { QueryProfiler } from './engine.js';
import { parseSourceFile, type ParseInput, type ParseOutput } from '../syntax/parse.js';
import { resolveItem, type LateShared, type LateOutput } from '../sema/resolve/late.js';
import { checkBody, type CheckBodyInput, type CheckBodyOutput } from '../sema/typeck/body.js';
import type { SemaContext } from '../sema/context.js';
import { STD_NODES_APART } from '../sema/ship.js';
import { lazyProperty } from '../util/lazy.js';
import type { BackendContext, Instance, LoweredInstance } from '../backend/lower.js';
import { lowerInstances } from '../backend/codegen.js';

/** Task name → [input, output]. Each phase that runs in parallel registers its task here. */
export interface TaskTypes {
  /** Doubles a number; used by the executor conformance tests. */
  'test.double': [number, number];
  /** Returns its input, or throws for a negative number (conformance tests: task errors are ICEs). */
  'test.fail': [number, number];
  /** Returns its input unchanged (conformance tests: large and structured data). */
  'test.echo': [unknown, unknown];
  /** Reads entry `input` of the `test.table` context (conformance tests: context delivery). */
  'test.context': [number, number];
  /** Reads `test.shared`: whether `a` and `b` still share their array, and the arrays' total length (with `c`'s for input 0 only). */
  'test.shared': [number, [boolean, number]];
  /** Busy-waits `input` milliseconds (conformance tests: the parallel executor's cost model). */
  'test.spin': [number, number];
  /** Lexes and parses one source file (the crate root or a `mod name;` file). */
  'syntax.parse': [ParseInput, ParseOutput];
  /** Late resolution of one top-level item (its signature and body): the index of the unit in `sema.late`. */
  'sema.resolveItem': [number, LateOutput];
  /** Type checking and liveness of one body (reads `sema.crate`). */
  'sema.checkBody': [CheckBodyInput, CheckBodyOutput];
  /** Lowers a batch of monomorphic instances to JavaScript (reads `backend.crate`). */
  'backend.lowerInstances': [Instance[], LoweredInstance[]];
}

/** Context name → type of the read-only value set with `executor.setContext(name, value)`. */
export interface ContextTypes {
  /** A table of numbers; used by the executor conformance tests. */
  'test.table': readonly number[];
  /** Objects sharing a subtree; used by the executor tests of `SHIP_TOGETHER` and `SHIP_APART`. */
  'test.shared': { readonly a: { readonly n: number[] }; readonly b: { readonly n: number[] }; readonly c: { readonly n: number[] } };
  /** What late resolution reads: the module tree, the def table, the expanded ASTs, the units. */
  'sema.late': LateShared;
  /** The read-only crate context of body checking (see sema/context.ts). */
  'sema.crate': SemaContext;
  /** The back end's read-only context: the crate context, typeck results, codegen options. */
  'backend.crate': BackendContext;
}

export type TaskName = keyof TaskTypes;
export type TaskInput<T extends TaskName> = TaskTypes[T][0];
export type TaskOutput<T extends TaskName> = TaskTypes[T][1];
export type ContextName = keyof ContextTypes;

/** What a task receives besides its input. */
export interface TaskEnv {
  /** The value set with `executor.setContext(name, ...)`; an internal error if none was set. */
  context<N extends ContextName>(name: N): ContextTypes[N];
  /**
   * For a `QueryEngine` created inside a task: records its queries in the `-Zself-profile` trace
   * on the thread that runs the task. Null when not profiling.
   */
  readonly queryProfiler: QueryProfiler | null;
}

type TaskFn<T extends TaskName> = (input: TaskInput<T>, env: TaskEnv) => TaskOutput<T>;

const TASKS: { [T in TaskName]: TaskFn<T> } = {
  'test.double': (n) => n * 2,
  'test.fail': (n) => {
    if (n < 0) throw new Error(`test.fail: negative input ${n}`);
    return n;
  },
  'test.echo': (x) => x,
  'test.context': (i, env) => {
    const v = env.context('test.table')[i];
    if (v === undefined) throw new Error(`test.context: no entry ${i}`);
    return v;
  },
  'test.shared': (i, env) => {
    const { a, b, c } = env.context('test.shared');
    return [a.n === b.n, a.n.length + b.n.length + (i === 0 ? c.n.length : 0)];
  },
  'test.spin': (ms) => {
    const until = performance.now() + ms;
    while (performance.now() < until);
    return ms;
  },
  'syntax.parse': parseSourceFile,
  'sema.resolveItem': (unit, env) => resolveItem(env.context('sema.late'), unit),
  'sema.checkBody': (input, env) => checkBody(env.context('sema.crate'), input),
  'backend.lowerInstances': (input, env) => lowerInstances(env.context('backend.crate'), input),
};

/** Relative cost of one input, for tasks whose inputs differ much (default: 1 each). */
export const TASK_WEIGHTS: { [T in TaskName]?: (input: TaskInput<T>) => number } = {
  'syntax.parse': (input) => input.src.length,
};

/**
 * Properties of a context that the parallel executor ships as one part (one `v8.serialize`), in
 * order to serialize once the objects they share: the def table (`r`) points at the items of the
 * ASTs (`files`), and so do the late-resolution units. Shipped separately, a worker would
 * deserialize every local tree three times (many-small-fns: 22 + 17 + 17 MB). A later context
 * that holds any of these same objects reads them from that part.
 */
export const SHIP_TOGETHER: { readonly [N in ContextName]?: readonly (keyof ContextTypes[N] & string)[] } = {
  'test.shared': ['a', 'b'],
  'sema.late': ['r', 'files', 'units', 'defOfNode', 'blockModules'],
};

/**
 * A context property shipped in two parts. `split` (main thread) returns a copy of the value
 * without what tasks seldom read, and that piece; `join` (worker, on the deserialized copy) puts
 * the piece back behind getters that call `load`, which deserializes it on first use. Split
 * pieces are not counted in the adaptive split's shipping cost: they are rarely loaded.
 */
export interface ShipApart<T> {
  split(value: T): { readonly value: T; readonly apart: unknown };
  join(value: T, load: () => unknown): void;
}

/** The context properties shipped split (see `ShipApart`), by context and property. */
export const SHIP_APART: { readonly [N in ContextName]?: { readonly [K in keyof ContextTypes[N]]?: ShipApart<ContextTypes[N][K]> } } = {
  'test.shared': { c: { split: (c) => ({ value: { n: [] }, apart: c.n }), join: (c, load) => lazyProperty(c, 'n', load) } },
  'sema.late': { r: STD_NODES_APART },
};

/** An environment with no contexts, for callers that run a task outside an executor. */
export const EMPTY_ENV: TaskEnv = {
  context(name) {
    throw new Error(`[executor] no context \`${name}\` was set`);
  },
  queryProfiler: null,
};

export function runTask<T extends TaskName>(task: T, input: TaskInput<T>, env: TaskEnv = EMPTY_ENV): TaskOutput<T> {
  const fn = TASKS[task] as TaskFn<T> | undefined;
  if (!fn) throw new Error(`[executor] unknown task \`${task}\``);
  return fn(input, env);
}

/** True if `task` names a registered task (a worker checks the names it is sent). */
export function isTaskName(task: string): task is TaskName {
  return Object.hasOwn(TASKS, task);
}
