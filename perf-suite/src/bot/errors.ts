/**
 * The perf bot's error type. Every failure the bot can meet (a bad flag, a refused token, a rate limit
 * it may not wait out) is a `BotError` with a code, a `[bot]` prefix and a one-line message that says
 * what to do. The CLI turns the code into an exit status (see `EXIT` in cli.ts).
 *
 * Owns: the codes and the class. Must not: print, or know about HTTP beyond a status number.
 */

export type BotErrorCode =
  /** Bad flags, missing environment, unreadable body file, no pull request to comment on. */
  | 'usage'
  /** 401: the token is missing, expired or revoked. */
  | 'unauthorized'
  /** 403 that is not a rate limit: the token may not do this (e.g. a fork's read-only token). */
  | 'forbidden'
  /** 404: no such repository or pull request, or the token cannot see it. */
  | 'not-found'
  /** 422: GitHub rejected the request body. */
  | 'unprocessable'
  /** Any other HTTP status GitHub answered with. */
  | 'http'
  /** A rate limit whose wait would exceed the bound (`--max-wait`). */
  | 'rate-limited'
  /** Network failure, timeout or 5xx that persisted through the retries. */
  | 'unavailable';

export class BotError extends Error {
  override readonly name = 'BotError';
  readonly code: BotErrorCode;
  /** The HTTP status, when GitHub answered. */
  readonly status: number | undefined;
  /**
   * True when a non-idempotent request (POST) failed in a way that leaves its effect unknown: the
   * connection dropped or timed out after the request was sent, or GitHub answered 5xx. The caller
   * must look before it tries again, or it may post twice.
   */
  readonly ambiguous: boolean;

  constructor(code: BotErrorCode, message: string, options: { cause?: unknown; status?: number; ambiguous?: boolean } = {}) {
    super(`[bot] ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.ambiguous = options.ambiguous ?? false;
  }
}

export function isBotError(e: unknown): e is BotError {
  return e instanceof BotError;
}
