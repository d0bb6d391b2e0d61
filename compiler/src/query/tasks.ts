/**
 * The registry of tasks a parallel phase can run. Both executors look tasks up here by name: the
 * serial executor calls them directly, and a worker thread imports this same module, so a task
 * behaves identically on either side. A task is a pure function of its (plain-data) input.
 */
import { parseSourceFile, type ParseInput, type ParseOutput } from '../syntax/parse.js';

/** Task name → [input, output]. Each phase that runs in parallel registers its task here. */
export interface TaskTypes {
  /** Doubles a number; used by the executor conformance tests. */
  'test.double': [number, number];
  /** Lexes and parses one source file (the crate root or a `mod name;` file). */
  'syntax.parse': [ParseInput, ParseOutput];
}

export type TaskName = keyof TaskTypes;
export type TaskInput<T extends TaskName> = TaskTypes[T][0];
export type TaskOutput<T extends TaskName> = TaskTypes[T][1];

type TaskFn<T extends TaskName> = (input: TaskInput<T>) => TaskOutput<T>;

const TASKS: { [T in TaskName]: TaskFn<T> } = {
  'test.double': (n) => n * 2,
  'syntax.parse': parseSourceFile,
};

export function runTask<T extends TaskName>(task: T, input: TaskInput<T>): TaskOutput<T> {
  const fn = TASKS[task] as TaskFn<T> | undefined;
  if (!fn) throw new Error(`[executor] unknown task \`${task}\``);
  return fn(input);
}
