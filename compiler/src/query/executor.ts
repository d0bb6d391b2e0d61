/**
 * Executors run a parallel phase: a named task over a list of independent inputs. The serial
 * executor (`-Zthreads=1`) runs each input on the main thread in order and starts no worker; the
 * parallel executor (`-Zthreads=N`, in query/parallel/) hands inputs to worker threads. Either way
 * the results come back in input order, so whatever is merged from them is merged in canonical
 * order and the output cannot depend on scheduling.
 *
 * Inputs and outputs must be plain data (structured-clone-able): no class instances, functions or
 * shared mutable state, because in parallel mode they cross a thread boundary.
 */
import { runTask, type TaskName, type TaskInput, type TaskOutput } from './tasks.js';

export interface Executor {
  /** Worker threads in use; 1 for the serial executor. */
  readonly threads: number;
  /** Runs `task` on every input; `result[i]` belongs to `inputs[i]`. */
  map<T extends TaskName>(task: T, inputs: readonly TaskInput<T>[]): Promise<TaskOutput<T>[]>;
  /** Stops workers. Idempotent. */
  close(): Promise<void>;
}

export class SerialExecutor implements Executor {
  readonly threads = 1;

  async map<T extends TaskName>(task: T, inputs: readonly TaskInput<T>[]): Promise<TaskOutput<T>[]> {
    return inputs.map((input) => runTask(task, input));
  }

  async close(): Promise<void> {}
}
