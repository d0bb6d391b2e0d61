/**
 * Errors of the environment (bad flag, missing root, compiler not found): one class with a code,
 * a `[harness]` prefix and an optional cause. They end the run with exit status 2.
 * A failing *test* is never an exception: it is a `TestFailure` value (failures.ts).
 */

export type HarnessErrorCode =
  | 'usage'
  | 'root-missing'
  | 'compiler-not-found'
  | 'compiler-broken'
  | 'known-failures'
  | 'known-nondeterministic'
  | 'report';

export class HarnessError extends Error {
  readonly code: HarnessErrorCode;

  constructor(code: HarnessErrorCode, message: string, options?: { cause?: unknown }) {
    super(`[harness] ${message}`, options);
    this.code = code;
    this.name = 'HarnessError';
  }
}

export function isHarnessError(e: unknown): e is HarnessError {
  return e instanceof HarnessError;
}
