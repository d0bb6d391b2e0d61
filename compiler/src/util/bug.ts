/**
 * Internal compiler errors. `bug()` is for broken invariants inside weftc, never for a wrong user
 * program (that is a `Diagnostic`). The driver catches `InternalCompilerError` (and any other
 * exception), prints rustc's internal-compiler-error text and exits with 101.
 */

/** Thrown when weftc itself is wrong. */
export class InternalCompilerError extends Error {
  override readonly name = 'InternalCompilerError';
}

/** Reports a broken invariant. Never returns. */
export function bug(message: string): never {
  throw new InternalCompilerError(message);
}

/** Checks an invariant; `message` is only built when it fails. */
export function assert(condition: unknown, message: string | (() => string) = 'assertion failed'): asserts condition {
  if (!condition) bug(typeof message === 'string' ? message : message());
}
