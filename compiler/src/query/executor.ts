/**
 * Executors run a parallel phase: a named task over a list of independent inputs. The serial
 * executor (`-Zthreads=1`) runs each input on the main thread and starts no worker; the parallel
 * executor (`-Zthreads=N`, in query/parallel/) hands chunks of inputs to worker threads. Either way
 * the results come back in input order, and a task that throws makes `map` reject with the error of
 * the lowest-index failing input, so whatever is merged from them is merged in canonical order and
 * the output cannot depend on scheduling.
 *
 * Inputs and outputs must be plain data (structured-clone-able): no class instances, functions or
 * shared mutable state, because in parallel mode they cross a thread boundary. Large read-only data
 * that many tasks need goes through `setContext` (see tasks.ts), not through every input.
 *
 * Owns: the `Executor` contract, the serial executor, and the trace events executors produce.
 * Must not: touch worker_threads, print, or reorder results.
 */
import type { QueryProfiler } from './engine.js';
import { runTask, TASK_WEIGHTS, type TaskName, type TaskInput, type TaskOutput, type TaskEnv, type ContextName, type ContextTypes } from './tasks.js';
import { seededRandom, shuffled } from './schedule.js';

export interface MapOptions<T extends TaskName> {
  /** Relative cost of an input; overrides the task's `TASK_WEIGHTS` entry for chunk balancing. */
  readonly weight?: (input: TaskInput<T>) => number;
}

export interface Executor {
  /** Worker threads in use; 1 for the serial executor. */
  readonly threads: number;
  /** Runs `task` on every input; `result[i]` belongs to `inputs[i]`. */
  map<T extends TaskName>(task: T, inputs: readonly TaskInput<T>[], options?: MapOptions<T>): Promise<TaskOutput<T>[]>;
  /**
   * Makes `value` readable by later tasks as `env.context(name)`, replacing any earlier value of
   * that name. Call it once per compilation per name, before the maps that read it: the parallel
   * executor serializes the value (plain data only) once, at the first map it ships to workers,
   * and each worker deserializes what its tasks read, once. The value must not be changed
   * afterwards.
   */
  setContext<N extends ContextName>(name: N, value: ContextTypes[N]): void;
  /** Stops workers. Idempotent; `map` afterwards is refused. */
  close(): Promise<void>;
}

/** One complete event of the `-Zself-profile` trace (Chrome trace `ph: "X"`). */
export interface TraceEvent {
  readonly name: string;
  readonly cat: 'phase' | 'map' | 'task' | 'chunk' | 'query' | 'context';
  /** 0 for the main thread, the worker's `threadId` otherwise. */
  readonly tid: number;
  /** Start, in milliseconds since the epoch (`performance.timeOrigin + performance.now()`), comparable across threads. */
  readonly ts: number;
  /** Duration in milliseconds. */
  readonly dur: number;
  readonly args?: Readonly<Record<string, string | number>>;
}

/** Where executors put trace events (the driver's profiler); absent when not profiling. */
export interface TraceSink {
  add(event: TraceEvent): void;
}

/** The current time on the trace's clock. */
export function traceNow(): number {
  return performance.timeOrigin + performance.now();
}

/** A `QueryProfiler` that turns query start/end pairs into trace events on thread `tid`. */
export function traceQueries(sink: TraceSink, tid: number): QueryProfiler {
  const starts: number[] = [];
  return {
    start: () => void starts.push(traceNow()),
    end: (name, key) => {
      const ts = starts.pop()!;
      sink.add({ name, cat: 'query', tid, ts, dur: traceNow() - ts, args: { key: describeKey(key) } });
    },
  };
}

function describeKey(key: unknown): string {
  if (typeof key === 'object' && key !== null) {
    try {
      return JSON.stringify(key).slice(0, 200);
    } catch {
      return '[key]';
    }
  }
  return String(key);
}

/**
 * Runs one map under a `map` trace event (main thread; `args.inputs` = the number of inputs), so a
 * trace tells which task events belong together: the critical-path analysis (critical-path.ts)
 * treats the tasks of one map as independent and everything outside maps as serial.
 */
export async function tracedMap<R>(trace: TraceSink | null, task: string, inputs: number, run: () => Promise<R>): Promise<R> {
  if (!trace) return run();
  const ts = traceNow();
  try {
    return await run();
  } finally {
    trace.add({ name: task, cat: 'map', tid: 0, ts, dur: traceNow() - ts, args: { inputs } });
  }
}

/** Weights of `inputs` for chunking: the map's own, the task's default, or 1 each. */
export function weightsOf<T extends TaskName>(task: T, inputs: readonly TaskInput<T>[], options?: MapOptions<T>): number[] {
  const w = options?.weight ?? (TASK_WEIGHTS[task] as ((input: TaskInput<T>) => number) | undefined);
  return w ? inputs.map((x) => Math.max(1, w(x))) : inputs.map(() => 1);
}

/**
 * Runs `indices` of a map on the current thread, in the given order, filling `out` by index.
 * Returns the lowest failing index and its error, having run every index, or null. (With a
 * shuffled order, running on past a failure keeps the reported error the lowest-index one.)
 */
export function runInline<T extends TaskName>(
  task: T,
  inputs: readonly TaskInput<T>[],
  indices: readonly number[],
  out: TaskOutput<T>[],
  env: TaskEnv,
  trace: { sink: TraceSink; tid: number } | null,
  stopAtFirst: boolean,
): { index: number; error: unknown } | null {
  let failure: { index: number; error: unknown } | null = null;
  for (const i of indices) {
    const ts = trace ? traceNow() : 0;
    try {
      out[i] = runTask(task, inputs[i]!, env);
    } catch (error) {
      if (!failure || i < failure.index) failure = { index: i, error };
      if (stopAtFirst) return failure;
    } finally {
      if (trace) trace.sink.add({ name: task, cat: 'task', tid: trace.tid, ts, dur: traceNow() - ts, args: { index: i } });
    }
  }
  return failure;
}

/** Contexts as the main thread holds them: the objects themselves. */
export class LocalContexts implements TaskEnv {
  private readonly values = new Map<string, unknown>();
  constructor(readonly queryProfiler: QueryProfiler | null) {}
  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  context<N extends ContextName>(name: N): ContextTypes[N] {
    if (!this.values.has(name)) throw new Error(`[executor] no context \`${name}\` was set`);
    return this.values.get(name) as ContextTypes[N];
  }
}

export interface SerialOptions {
  /** `-Zschedule-seed`: run inputs in a shuffled order (results still by index). */
  readonly scheduleSeed?: number | null;
  readonly trace?: TraceSink | null;
}

export class SerialExecutor implements Executor {
  readonly threads = 1;
  private readonly env: LocalContexts;
  private readonly random: (() => number) | null;
  private readonly trace: TraceSink | null;
  private closed = false;

  constructor(options: SerialOptions = {}) {
    this.trace = options.trace ?? null;
    this.env = new LocalContexts(this.trace ? traceQueries(this.trace, 0) : null);
    this.random = options.scheduleSeed != null ? seededRandom(options.scheduleSeed) : null;
  }

  async map<T extends TaskName>(task: T, inputs: readonly TaskInput<T>[], _options?: MapOptions<T>): Promise<TaskOutput<T>[]> {
    if (this.closed) throw new Error(`[executor] \`${task}\` was started after the executor was closed`);
    return tracedMap(this.trace, task, inputs.length, async () => this.run(task, inputs));
  }

  private run<T extends TaskName>(task: T, inputs: readonly TaskInput<T>[]): TaskOutput<T>[] {
    const out = new Array<TaskOutput<T>>(inputs.length);
    const order = inputs.map((_, i) => i);
    const failure = runInline(task, inputs, this.random ? shuffled(order, this.random) : order, out, this.env, this.trace ? { sink: this.trace, tid: 0 } : null, !this.random);
    if (failure) throw failure.error;
    return out;
  }

  setContext<N extends ContextName>(name: N, value: ContextTypes[N]): void {
    this.env.set(name, value);
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}
