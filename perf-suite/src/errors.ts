/**
 * The collector's environment errors: a code, a `[subsystem]` prefix and a one-line message that
 * says what is wrong and what to do. A user's benchmark that fails to compile is not an error of
 * this kind: it is data (an error row), recorded and reported.
 *
 * Owns: PerfError. Must not: print.
 */

export type PerfErrorCode =
  | 'usage'
  | 'unknown-ref'
  | 'artifact-build'
  | 'toolchain'
  | 'bad-benchmark'
  | 'no-benchmarks'
  | 'db-newer-schema'
  | 'db'
  | 'io'
  | 'interrupted';

export type Subsystem = 'cli' | 'artifacts' | 'benchmarks' | 'measure' | 'db' | 'render';

export class PerfError extends Error {
  constructor(
    readonly code: PerfErrorCode,
    readonly subsystem: Subsystem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PerfError';
  }

  /** The one line the CLI prints. */
  line(): string {
    return `error: [${this.subsystem}] ${this.message}`;
  }
}

export function isPerfError(e: unknown): e is PerfError {
  return e instanceof PerfError;
}
