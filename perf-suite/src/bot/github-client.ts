/**
 * A small client for GitHub's REST API on Node's global `fetch`: authentication, JSON bodies,
 * pagination through the `Link` header, rate limits and transient failures.
 *
 * Rate limits follow GitHub's documented rules: wait `Retry-After` seconds when it is given; when
 * `x-ratelimit-remaining` is 0, wait until `x-ratelimit-reset` (epoch seconds); for a secondary rate
 * limit without either header, wait one minute, doubling on each repeat. A successful response that
 * spends the last request of the window pauses the next request until the reset. All waiting, rate
 * limits and retry backoff alike, comes out of one budget (`maxWaitMs`); a wait that would exceed
 * what is left fails at once with a `rate-limited` error instead of hanging the job.
 *
 * Retries: network errors, timeouts and 5xx are retried (with backoff) only for idempotent methods.
 * A POST that fails that way may or may not have taken effect, so it is thrown as an `ambiguous`
 * `BotError` and the caller decides (sticky-comment.ts looks at the comments again first).
 *
 * Owns: HTTP to GitHub. Must not: print (waits are reported through `onWait`), read the environment,
 * or send the token to any origin other than `apiUrl`'s.
 */
import { BotError, type BotErrorCode } from './errors.js';

export interface ClientOptions {
  /** `GITHUB_API_URL`, e.g. `https://api.github.com` or `https://ghe.example/api/v3`. */
  readonly apiUrl: string;
  readonly token: string;
  /** Total time the client may spend waiting, over all rate limits and retries. */
  readonly maxWaitMs: number;
  /** Time limit of one request. */
  readonly timeoutMs: number;
  /** Retries of an idempotent request after a network error, timeout or 5xx. Default 3. */
  readonly maxRetries?: number;
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Wall clock in ms since the epoch (to read `x-ratelimit-reset`). */
  readonly now?: () => number;
  /** Told about every wait before it starts. */
  readonly onWait?: (event: WaitEvent) => void;
}

export interface WaitEvent {
  readonly ms: number;
  readonly reason: string;
}

export interface ApiResponse<T> {
  readonly status: number;
  readonly headers: Headers;
  readonly data: T;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

const IDEMPOTENT: ReadonlySet<Method> = new Set(['GET', 'PATCH', 'PUT', 'DELETE']);
const TRANSIENT_STATUS: ReadonlySet<number> = new Set([500, 502, 503, 504]);
/** GitHub's advice for a secondary rate limit that names no wait. */
const SECONDARY_DEFAULT_MS = 60_000;
/** A little slack after `x-ratelimit-reset`, against clock skew between runner and GitHub. */
const RESET_SLACK_MS = 1_000;
/** Pagination stops here even if GitHub keeps offering a next page (10,000 comments at 100 a page). */
const MAX_PAGES = 100;

export class GitHubClient {
  private readonly base: URL;
  private readonly fetchFn: typeof fetch;
  private readonly sleepFn: (ms: number) => Promise<void>;
  private readonly nowFn: () => number;
  private readonly maxRetries: number;
  /** Time already spent waiting, against `maxWaitMs`. */
  private waited = 0;
  /** Set when a response spent the last request of the window: no request before this time. */
  private pausedUntil = 0;
  private secondaryHits = 0;

  constructor(private readonly options: ClientOptions) {
    this.base = new URL(options.apiUrl.replace(/\/+$/, '') + '/');
    this.fetchFn = options.fetch ?? fetch;
    this.sleepFn = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.nowFn = options.now ?? Date.now;
    this.maxRetries = options.maxRetries ?? 3;
  }

  /** Milliseconds spent waiting so far. */
  get waitedMs(): number {
    return this.waited;
  }

  /** The absolute URL of an API path (`/repos/...`); an absolute URL must be on the API's origin. */
  urlOf(pathOrUrl: string): URL {
    if (/^https?:\/\//.test(pathOrUrl)) {
      const url = new URL(pathOrUrl);
      if (url.origin !== this.base.origin) {
        throw new BotError('http', `refusing to send the token to ${url.origin}: it is not the API's origin ${this.base.origin}`);
      }
      return url;
    }
    return new URL(pathOrUrl.replace(/^\/+/, ''), this.base);
  }

  /**
   * Waits `ms` out of the budget, or fails with `rate-limited` when the budget cannot cover it.
   * Public so that callers retrying at a higher level (a POST) share the same bound.
   */
  async wait(ms: number, reason: string): Promise<void> {
    const ceil = Math.max(0, Math.ceil(ms));
    const left = this.options.maxWaitMs - this.waited;
    if (ceil > left) {
      throw new BotError(
        'rate-limited',
        `${reason}: GitHub asks for a wait of ${seconds(ceil)}, more than the ${seconds(Math.max(0, left))} left of --max-wait; giving up`,
      );
    }
    this.options.onWait?.({ ms: ceil, reason });
    this.waited += ceil;
    if (ceil > 0) await this.sleepFn(ceil);
  }

  /** Sends one request, waiting out rate limits and retrying transient failures where that is safe. */
  async request<T>(method: Method, pathOrUrl: string, body?: unknown): Promise<ApiResponse<T>> {
    const url = this.urlOf(pathOrUrl);
    const what = `${method} ${url.pathname}`;
    let failures = 0;
    for (;;) {
      if (this.pausedUntil > this.nowFn()) {
        await this.wait(this.pausedUntil - this.nowFn(), `rate limit exhausted before ${what}`);
        this.pausedUntil = 0;
      }

      let response: Response;
      try {
        response = await this.fetchFn(url, {
          method,
          headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${this.options.token}`,
            'x-github-api-version': '2022-11-28',
            'user-agent': 'weft-perf-bot',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
      } catch (cause) {
        const reason = describeFetchFailure(cause, this.options.timeoutMs);
        if (!IDEMPOTENT.has(method)) {
          throw new BotError('unavailable', `${what} failed: ${reason}; it may or may not have taken effect`, { cause, ambiguous: true });
        }
        if (failures >= this.maxRetries) {
          throw new BotError('unavailable', `${what} failed ${failures + 1} times: ${reason}`, { cause });
        }
        await this.wait(backoffMs(failures++), `${what} failed (${reason}); retrying`);
        continue;
      }

      const text = await response.text();
      const limit = rateLimitDelay(response.status, response.headers, text, this.nowFn(), this.secondaryHits);
      if (limit !== null) {
        if (limit.secondary) this.secondaryHits++;
        await this.wait(limit.ms, `${what}: ${limit.reason}`);
        continue;
      }

      if (TRANSIENT_STATUS.has(response.status)) {
        const reason = `${response.status} ${response.statusText || 'server error'}`.trim();
        if (!IDEMPOTENT.has(method)) {
          throw new BotError('unavailable', `${what} failed: ${reason}; it may or may not have taken effect`, {
            status: response.status,
            ambiguous: true,
          });
        }
        if (failures >= this.maxRetries) {
          throw new BotError('unavailable', `${what} failed ${failures + 1} times, last with ${reason}`, { status: response.status });
        }
        await this.wait(backoffMs(failures++), `${what} answered ${reason}; retrying`);
        continue;
      }

      this.notePrimaryLimit(response.headers);
      if (!response.ok) throw httpError(what, response.status, text);
      return { status: response.status, headers: response.headers, data: parseJson(text, what) as T };
    }
  }

  /** Every item of a list endpoint, following `Link: <…>; rel="next"` from page to page. */
  async paginate<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    const first = this.urlOf(path);
    if (!first.searchParams.has('per_page')) first.searchParams.set('per_page', '100');
    let next: string | null = first.toString();
    const seen = new Set<string>();
    while (next !== null) {
      if (seen.has(next) || seen.size >= MAX_PAGES) {
        throw new BotError('http', `pagination of ${first.pathname} does not end (page ${seen.size + 1}: ${next})`);
      }
      seen.add(next);
      const page: ApiResponse<unknown> = await this.request<unknown>('GET', next);
      if (!Array.isArray(page.data)) {
        throw new BotError('http', `GET ${first.pathname} answered something other than a list`);
      }
      items.push(...(page.data as T[]));
      next = nextLink(page.headers.get('link'));
    }
    return items;
  }

  private notePrimaryLimit(headers: Headers): void {
    if (headers.get('x-ratelimit-remaining') !== '0') return;
    const reset = Number(headers.get('x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) this.pausedUntil = reset * 1000 + RESET_SLACK_MS;
  }
}

/** The URL of `rel="next"` in a `Link` header, or null on the last page. */
export function nextLink(link: string | null): string | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const m = /^<([^>]+)>(.*)$/.exec(part.trim());
    if (!m) continue;
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;]+))/.exec(m[2]!);
    if ((rel?.[1] ?? rel?.[2] ?? '').split(/\s+/).includes('next')) return m[1]!;
  }
  return null;
}

export interface RateLimitDelay {
  readonly ms: number;
  readonly reason: string;
  readonly secondary: boolean;
}

/**
 * How long to wait before retrying, if this response is a rate limit (403 or 429 with GitHub's
 * signs of one); null otherwise, so that a plain 403 stays a permission error.
 */
export function rateLimitDelay(status: number, headers: Headers, body: string, nowMs: number, secondaryHits: number): RateLimitDelay | null {
  if (status !== 403 && status !== 429) return null;
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null) {
    const ms = parseRetryAfter(retryAfter, nowMs);
    if (ms !== null) return { ms, reason: `rate limited (Retry-After: ${retryAfter.trim()})`, secondary: true };
  }
  if (headers.get('x-ratelimit-remaining') === '0') {
    const reset = Number(headers.get('x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) {
      return {
        ms: Math.max(0, reset * 1000 - nowMs) + RESET_SLACK_MS,
        reason: `rate limit exhausted (x-ratelimit-reset: ${reset})`,
        secondary: false,
      };
    }
  }
  if (status === 429 || /secondary rate limit|abuse detection/i.test(body)) {
    return {
      ms: SECONDARY_DEFAULT_MS * 2 ** Math.min(secondaryHits, 5),
      reason: 'secondary rate limit without Retry-After',
      secondary: true,
    };
  }
  return null;
}

/** `Retry-After` is either delay-seconds or an HTTP date. */
function parseRetryAfter(value: string, nowMs: number): number | null {
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const date = Date.parse(v);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}

/** 1 s, 2 s, 4 s… */
function backoffMs(failures: number): number {
  return 1000 * 2 ** failures;
}

function seconds(ms: number): string {
  return `${Math.ceil(ms / 1000)} s`;
}

function describeFetchFailure(cause: unknown, timeoutMs: number): string {
  if (cause instanceof Error) {
    if (cause.name === 'TimeoutError' || cause.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
    const inner = (cause as { cause?: unknown }).cause;
    const detail = inner instanceof Error ? inner.message : '';
    return detail ? `${cause.message} (${detail})` : cause.message;
  }
  return String(cause);
}

function parseJson(text: string, what: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new BotError('http', `${what} answered with a body that is not JSON`, { cause });
  }
}

const HINTS: Record<number, { code: BotErrorCode; hint: string }> = {
  401: { code: 'unauthorized', hint: 'the token is missing, expired or revoked: check GITHUB_TOKEN' },
  403: {
    code: 'forbidden',
    hint: 'the token may not do this: the job needs `permissions: pull-requests: write`, and pull requests from forks get a read-only token',
  },
  404: {
    code: 'not-found',
    hint: 'the repository or pull request does not exist or the token cannot see it: check GITHUB_REPOSITORY and the PR number',
  },
  422: { code: 'unprocessable', hint: 'GitHub rejected the request body' },
};

/** The `BotError` for a non-2xx answer, with GitHub's own message and a hint, on one line. */
function httpError(what: string, status: number, text: string): BotError {
  const known = HINTS[status];
  const detail = githubMessage(text);
  const message = `${what} failed: ${status}${detail ? ` ${detail}` : ''}; ${known?.hint ?? 'unexpected answer from GitHub'}`;
  return new BotError(known?.code ?? 'http', message.replace(/\s*\n\s*/g, ' '), { status });
}

/** GitHub's error body: `{ message, errors: [{ message | code, field }] }`. */
function githubMessage(text: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text.trim().slice(0, 200);
  }
  if (typeof parsed !== 'object' || parsed === null) return '';
  const { message, errors } = parsed as { message?: unknown; errors?: unknown };
  const parts: string[] = [];
  if (typeof message === 'string') parts.push(message);
  if (Array.isArray(errors)) {
    for (const e of errors) {
      if (typeof e === 'string') parts.push(e);
      else if (e && typeof e === 'object') {
        const { message: m, code, field } = e as { message?: unknown; code?: unknown; field?: unknown };
        parts.push(String(m ?? [field, code].filter((x) => x !== undefined).join(' ')));
      }
    }
  }
  return parts.length > 0 ? `(${parts.join(': ')})` : '';
}
