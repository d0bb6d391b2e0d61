import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BotError } from './errors.js';
import { FakeGitHub } from './fake-github.js';
import { GitHubClient, nextLink, rateLimitDelay, type ClientOptions, type WaitEvent } from './github-client.js';

const TOKEN = 'test-token';
const REPO = 'weft-org/weft';
const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);

let api: FakeGitHub;
beforeEach(async () => {
  api = await FakeGitHub.start({ token: TOKEN, repo: REPO, pulls: { 5: { headSha: 'a'.repeat(40) } } });
});
afterEach(async () => {
  await api.close();
});

/** A client on the fake whose waits are recorded instead of slept, on a fixed clock. */
function client(overrides: Partial<ClientOptions> = {}) {
  const waits: WaitEvent[] = [];
  const slept: number[] = [];
  const c = new GitHubClient({
    apiUrl: api.url,
    token: TOKEN,
    maxWaitMs: 600_000,
    timeoutMs: 5_000,
    sleep: async (ms) => {
      slept.push(ms);
    },
    now: () => NOW,
    onWait: (w) => waits.push(w),
    ...overrides,
  });
  return { c, waits, slept };
}

async function failure(p: Promise<unknown>): Promise<BotError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(BotError);
  return e as BotError;
}

describe('nextLink', () => {
  const cases: Array<[string | null, string | null]> = [
    [null, null],
    ['', null],
    ['<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"', 'https://api.github.com/x?page=2'],
    ['<https://api.github.com/x?page=1>; rel="prev", <https://api.github.com/x?page=1>; rel="first"', null],
    ['<https://h/x?page=3>; rel=next', 'https://h/x?page=3'],
    ['<https://h/x?page=3>; rel="next last"', 'https://h/x?page=3'],
    ['<https://h/x?page=3>; rel="nextish"', null],
  ];
  test.each(cases)('%s', (header, expected) => {
    expect(nextLink(header)).toBe(expected);
  });
});

describe('rateLimitDelay', () => {
  const h = (o: Record<string, string>) => new Headers(o);
  const resetIn = (s: number) => String(NOW / 1000 + s);
  const cases: Array<[string, number, Headers, string, number, number | null]> = [
    ['200 is never a rate limit', 200, h({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': resetIn(5) }), '', 0, null],
    ['403 without signs is a permission error', 403, h({ 'x-ratelimit-remaining': '4000' }), '{"message":"Resource not accessible by integration"}', 0, null],
    ['Retry-After in seconds', 429, h({ 'retry-after': '7' }), '', 0, 7000],
    ['Retry-After as an HTTP date', 403, h({ 'retry-after': new Date(NOW + 3000).toUTCString() }), '', 0, 3000],
    ['primary limit: until the reset, plus slack', 403, h({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': resetIn(5) }), '', 0, 6000],
    ['reset already past: only the slack', 429, h({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': resetIn(-5) }), '', 0, 1000],
    ['secondary limit named in the body: one minute', 403, h({}), '{"message":"You have exceeded a secondary rate limit."}', 0, 60_000],
    ['secondary limit again: doubled', 403, h({}), '{"message":"You have exceeded a secondary rate limit."}', 2, 240_000],
    ['429 without headers: one minute', 429, h({}), '', 0, 60_000],
  ];
  test.each(cases)('%s', (_name, status, headers, body, hits, expected) => {
    expect(rateLimitDelay(status, headers, body, NOW, hits)?.ms ?? null).toBe(expected);
  });
});

describe('GitHubClient against the fake API', () => {
  const comments = `/repos/${REPO}/issues/5/comments`;

  test('sends the token and GitHub headers, and reads JSON', async () => {
    api.seed(5, [{ body: 'hello' }]);
    const { c } = client();
    const res = await c.request<Array<{ body: string }>>('GET', comments);
    expect(res.status).toBe(200);
    expect(res.data.map((x) => x.body)).toEqual(['hello']);
    expect(api.requests[0]!.authorization).toBe(`Bearer ${TOKEN}`);
  });

  test('pages through the Link header, 100 a page', async () => {
    api.seed(5, Array.from({ length: 250 }, (_, i) => ({ body: `c${i}` })));
    const { c } = client();
    const all = await c.paginate<{ body: string }>(comments);
    expect(all.map((x) => x.body)).toEqual(Array.from({ length: 250 }, (_, i) => `c${i}`));
    expect(api.requestsOf('GET').map((r) => [r.query.get('per_page'), r.query.get('page')])).toEqual([
      ['100', null],
      ['100', '2'],
      ['100', '3'],
    ]);
  });

  test('an API URL with a path prefix (GitHub Enterprise) is kept', () => {
    const { c } = client({ apiUrl: 'https://ghe.example/api/v3/' });
    expect(c.urlOf('/repos/a/b').toString()).toBe('https://ghe.example/api/v3/repos/a/b');
  });

  test('never sends the token to another origin, even when a Link header points there', async () => {
    const { c } = client();
    const e = await failure(c.request('GET', 'https://elsewhere.example/repos/x'));
    expect(e.message).toMatch(/refusing to send the token to https:\/\/elsewhere\.example/);
    expect(api.requests).toHaveLength(0);
  });

  // Each error status: its code, and one line that says what is wrong and what to check.
  const errorCases: Array<[number, string, string, RegExp]> = [
    [401, 'unauthorized', 'Bad credentials', /401 \(Bad credentials\); the token is missing, expired or revoked/],
    [403, 'forbidden', 'Resource not accessible by integration', /403 \(Resource not accessible by integration\); .*pull-requests: write.*forks/],
    [404, 'not-found', 'Not Found', /404 \(Not Found\); .*GITHUB_REPOSITORY and the PR number/],
    [422, 'unprocessable', 'Validation Failed', /422 \(Validation Failed: body is too long\); GitHub rejected the request body/],
    [418, 'http', "I'm a teapot", /418 \(I'm a teapot\); unexpected answer from GitHub/],
  ];
  test.each(errorCases)('%i → %s with a one-line message', async (status, code, message, pattern) => {
    api.misbehave({
      then: {
        kind: 'respond',
        status,
        body: { message, ...(status === 422 ? { errors: [{ field: 'body', code: 'custom', message: 'body is too long' }] } : {}) },
      },
    });
    const { c } = client();
    const e = await failure(c.request('POST', comments, { body: 'x' }));
    expect(e.code).toBe(code);
    expect(e.status).toBe(status);
    expect(e.message).toMatch(/^\[bot\] POST \/repos\/weft-org\/weft\/issues\/5\/comments failed: /);
    expect(e.message).toMatch(pattern);
    expect(e.message).not.toContain('\n');
    expect(api.commentsOf(5)).toHaveLength(0);
  });

  test('a wrong token gets the real 401 from the fake', async () => {
    const { c } = client({ token: 'wrong' });
    const e = await failure(c.request('GET', comments));
    expect(e.code).toBe('unauthorized');
  });

  test('Retry-After: waits that long, then succeeds', async () => {
    api.misbehave({ method: 'GET', then: { kind: 'respond', status: 429, headers: { 'retry-after': '2' }, body: { message: 'slow down' } } });
    const { c, slept, waits } = client();
    const res = await c.request<unknown[]>('GET', comments);
    expect(res.status).toBe(200);
    expect(slept).toEqual([2000]);
    expect(waits[0]!.reason).toMatch(/Retry-After: 2/);
    expect(api.requestsOf('GET')).toHaveLength(2);
  });

  test('x-ratelimit-remaining 0 on a 403: waits until x-ratelimit-reset, then succeeds', async () => {
    api.misbehave({
      then: {
        kind: 'respond',
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 3) },
        body: { message: 'API rate limit exceeded' },
      },
    });
    const { c, slept } = client();
    const res = await c.request<{ id: number }>('POST', comments, { body: 'report' });
    expect(res.status).toBe(201);
    expect(slept).toEqual([4000]);
    // The rejected POST had no effect, so retrying it posted exactly once.
    expect(api.commentsOf(5)).toHaveLength(1);
  });

  test('a secondary rate limit without headers: waits a minute, then succeeds', async () => {
    api.misbehave({ then: { kind: 'respond', status: 403, body: { message: 'You have exceeded a secondary rate limit. Please wait.' } } });
    const { c, slept } = client();
    await c.request('GET', comments);
    expect(slept).toEqual([60_000]);
  });

  test('a wait longer than what is left of the bound fails at once, without sleeping', async () => {
    api.misbehave({ times: 5, then: { kind: 'respond', status: 429, headers: { 'retry-after': '30' }, body: {} } });
    const { c, slept } = client({ maxWaitMs: 45_000 });
    const e = await failure(c.request('GET', comments));
    expect(e.code).toBe('rate-limited');
    expect(e.message).toMatch(/wait of 30 s, more than the 15 s left of --max-wait/);
    expect(slept).toEqual([30_000]);
    expect(c.waitedMs).toBe(30_000);
  });

  test('a response that spends the last request of the window pauses the next request until the reset', async () => {
    api.misbehave({
      method: 'GET',
      then: { kind: 'respond', status: 200, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 10) }, body: [] },
    });
    const { c, slept } = client();
    await c.request('GET', comments);
    expect(slept).toEqual([]);
    await c.request('GET', comments);
    expect(slept).toEqual([11_000]);
  });

  test('a GET is retried after a 502 and after a dropped connection', async () => {
    api.misbehave({ method: 'GET', then: { kind: 'respond', status: 502, body: { message: 'Server Error' } } });
    api.misbehave({ method: 'GET', then: { kind: 'apply-then-drop' } });
    const { c, slept } = client();
    const res = await c.request('GET', comments);
    expect(res.status).toBe(200);
    expect(slept).toEqual([1000, 2000]);
    expect(api.requestsOf('GET')).toHaveLength(3);
  });

  test('a GET that keeps failing gives up as unavailable after the retries', async () => {
    api.misbehave({ times: 10, then: { kind: 'respond', status: 503, body: {} } });
    const { c } = client({ maxRetries: 2 });
    const e = await failure(c.request('GET', comments));
    expect(e.code).toBe('unavailable');
    expect(e.message).toMatch(/failed 3 times, last with 503/);
    expect(api.requests).toHaveLength(3);
  });

  test('a POST whose connection drops is not retried: it is reported as ambiguous', async () => {
    api.misbehave({ method: 'POST', then: { kind: 'apply-then-drop' } });
    const { c } = client();
    const e = await failure(c.request('POST', comments, { body: 'report' }));
    expect(e.code).toBe('unavailable');
    expect(e.ambiguous).toBe(true);
    expect(api.requestsOf('POST')).toHaveLength(1);
    expect(api.commentsOf(5)).toHaveLength(1);
  });

  test('a request with no answer within the timeout fails (real clock, short timeout)', async () => {
    api.misbehave({ method: 'POST', then: { kind: 'apply-then-stall', ms: 3_000 } });
    const { c } = client({ timeoutMs: 300 });
    const e = await failure(c.request('POST', comments, { body: 'report' }));
    expect(e.ambiguous).toBe(true);
    expect(e.message).toMatch(/no answer within 300 ms/);
  });
});
