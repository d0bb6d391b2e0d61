import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { COMMENT_FLAGS, EXIT, HELP, runCommentCommand, type CommentIo } from './cli.js';
import { FakeGitHub, type FakeGitHubOptions } from './fake-github.js';
import { STICKY_MARKER, parseRunMarker } from './sticky-comment.js';

const TOKEN = 'ghs_test';
const REPO = 'weft-org/weft';
const HEAD = 'c0ffee'.padEnd(40, '0');

let dir: string;
let api: FakeGitHub;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'weft-bot-'));
});
afterEach(async () => {
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function startApi(options: Partial<FakeGitHubOptions> = {}) {
  api = await FakeGitHub.start({ token: TOKEN, repo: REPO, pulls: { 5: { headSha: HEAD }, 6: { headSha: HEAD } }, ...options });
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function pullRequestEvent(number: number, headRepo = REPO): string {
  return file(`event-${number}-${headRepo.replace('/', '-')}.json`, JSON.stringify({ number, pull_request: { number, head: { repo: { full_name: headRepo } }, base: { repo: { full_name: REPO } } } }));
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  slept: number[];
}

/** Runs the command as the workflow would: GitHub's environment, pointed at the fake. */
async function run(argv: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const slept: number[] = [];
  const io: CommentIo = {
    env: {
      GITHUB_ACTIONS: 'true',
      GITHUB_TOKEN: TOKEN,
      GITHUB_REPOSITORY: REPO,
      GITHUB_API_URL: api?.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_EVENT_PATH: pullRequestEvent(5),
      ...env,
    },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (p) => readFile(p, 'utf8'),
    sleep: async (ms) => {
      slept.push(ms);
    },
    now: () => Date.UTC(2026, 0, 1),
  };
  const code = await runCommentCommand(argv, io);
  return { code, stdout, stderr, slept };
}

describe('npm run perf -- comment', () => {
  test('first run posts the report with the marker, the run stamp and links; the next run updates it', async () => {
    await startApi();
    const first = await run(['comment', '--body', file('report.md', '### Overall result: no relevant changes\n')]);
    expect(first.code).toBe(EXIT.ok);
    expect(first.stderr).toMatch(/\[bot\] created the perf comment on weft-org\/weft#5: https:\/\/github\.com\/weft-org\/weft\/pull\/5#issuecomment-\d+/);
    expect(first.stdout).toBe(`${api.commentsOf(5)[0]!.html_url}\n`);
    const body = api.commentsOf(5)[0]!.body;
    expect(body.startsWith(`${STICKY_MARKER}\n<!-- weft-perf-run: 4242/1 -->\n### Overall result`)).toBe(true);
    expect(body).toContain('[Full HTML report and charts](https://github.com/weft-org/weft/actions/runs/4242#artifacts)');

    const second = await run(['--body', file('report2.md', '### Overall result: ❌ regressions\n'), '--artifact-url', 'https://github.com/weft-org/weft/actions/runs/4243/artifacts/1'], {
      GITHUB_RUN_ID: '4243',
    });
    expect(second.code).toBe(EXIT.ok);
    expect(second.stderr).toMatch(/updated the perf comment on weft-org\/weft#5 in place/);
    expect(api.commentsOf(5)).toHaveLength(1);
    expect(parseRunMarker(api.commentsOf(5)[0]!.body)).toEqual({ runId: '4243', attempt: 1 });
    expect(api.commentsOf(5)[0]!.body).toContain('(https://github.com/weft-org/weft/actions/runs/4243/artifacts/1)');
  });

  test('the same run retried (same body) posts nothing new', async () => {
    await startApi();
    const report = file('report.md', 'r\n');
    expect((await run(['--body', report])).code).toBe(EXIT.ok);
    const again = await run(['--body', report]);
    expect(again.code).toBe(EXIT.ok);
    expect(again.stderr).toMatch(/already up to date/);
    expect(api.requestsOf('POST')).toHaveLength(1);
    expect(api.requestsOf('PATCH')).toHaveLength(0);
  });

  test('--pr overrides the event; issue_comment events give the PR number', async () => {
    await startApi();
    expect((await run(['--body', file('r.md', 'r'), '--pr', '6'])).code).toBe(EXIT.ok);
    expect(api.commentsOf(6)).toHaveLength(1);
    const commentEvent = file('ic.json', JSON.stringify({ issue: { number: 5, pull_request: {} }, comment: { body: '/perf' } }));
    expect((await run(['--body', file('r.md', 'r')], { GITHUB_EVENT_PATH: commentEvent })).code).toBe(EXIT.ok);
    expect(api.commentsOf(5)).toHaveLength(1);
  });

  // Each refusal: exit 1, one clear line, an ::error annotation, nothing posted.
  const refusals: Array<[number, string, RegExp]> = [
    [401, 'Bad credentials', /401 \(Bad credentials\); the token is missing, expired or revoked: check GITHUB_TOKEN/],
    [403, 'Resource not accessible by integration', /403 \(Resource not accessible by integration\); the token may not do this/],
    [404, 'Not Found', /404 \(Not Found\); the repository or pull request does not exist/],
    [422, 'Validation Failed', /422 \(Validation Failed\); GitHub rejected the request body/],
  ];
  test.each(refusals)('%i: exit 1 with one line', async (status, message, pattern) => {
    await startApi();
    api.misbehave({ then: { kind: 'respond', status, body: { message } } });
    const r = await run(['--body', file('r.md', 'r')]);
    expect(r.code).toBe(EXIT.refused);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[bot\] GET \/repos\/weft-org\/weft\/issues\/5\/comments failed: /);
    expect(lines[0]).toMatch(pattern);
    expect(lines[1]).toMatch(/^::error title=Perf bot::\[bot\] GET /);
    expect(r.stdout).toBe('');
    expect(api.commentsOf(5)).toHaveLength(0);
  });

  test('the real 401 and 404 of the fake: wrong token, unknown pull request, unknown repository', async () => {
    await startApi();
    expect((await run(['--body', file('r.md', 'r')], { GITHUB_TOKEN: 'expired' })).code).toBe(EXIT.refused);
    const noPr = await run(['--body', file('r.md', 'r'), '--pr', '77']);
    expect(noPr.code).toBe(EXIT.refused);
    expect(noPr.stderr).toMatch(/issues\/77\/comments failed: 404/);
    expect((await run(['--body', file('r.md', 'r'), '--repo', 'weft-org/other'])).code).toBe(EXIT.refused);
  });

  test("a fork's read-only token: the 403 is a notice, not a failure", async () => {
    await startApi({ readOnly: true });
    const r = await run(['--body', file('r.md', 'r')], { GITHUB_EVENT_PATH: pullRequestEvent(5, 'someone/weft') });
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toMatch(/\[bot\] note: GitHub refused the comment on weft-org\/weft#5 \(403\) because this pull request comes from a fork/);
    expect(r.stderr).toMatch(/^::notice title=Perf bot::.*job summary/m);
    expect(api.commentsOf(5)).toHaveLength(0);
  });

  test("Dependabot's read-only token: the 403 is a notice too", async () => {
    await startApi({ readOnly: true });
    const r = await run(['--body', file('r.md', 'r')], { GITHUB_EVENT_NAME: 'pull_request', GITHUB_ACTOR: 'dependabot[bot]' });
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toMatch(/\(403\) because Dependabot's pull request runs get a read-only token/);
  });

  test('the same 403 on a pull request from the repository itself is a failure', async () => {
    await startApi({ readOnly: true });
    const r = await run(['--body', file('r.md', 'r')]);
    expect(r.code).toBe(EXIT.refused);
    expect(r.stderr).toMatch(/POST \/repos\/weft-org\/weft\/issues\/5\/comments failed: 403/);
  });

  test('a rate limit followed by success: waits (injected clock) and posts once', async () => {
    await startApi();
    api.misbehave({ method: 'GET', then: { kind: 'respond', status: 429, headers: { 'retry-after': '3' }, body: { message: 'slow down' } } });
    api.misbehave({
      method: 'POST',
      then: { kind: 'respond', status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Date.UTC(2026, 0, 1) / 1000 + 5) }, body: {} },
    });
    const r = await run(['--body', file('r.md', 'r')]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.slept).toEqual([3000, 6000]);
    expect(r.stderr).toMatch(/\[bot\] waiting 3\.0 s: GET \/repos\/weft-org\/weft\/issues\/5\/comments: rate limited \(Retry-After: 3\)/);
    expect(api.commentsOf(5)).toHaveLength(1);
  });

  test('a rate limit beyond --max-wait: exit 3 at once, nothing posted', async () => {
    await startApi();
    api.misbehave({ then: { kind: 'respond', status: 429, headers: { 'retry-after': '3600' }, body: {} } });
    const r = await run(['--body', file('r.md', 'r'), '--max-wait', '60']);
    expect(r.code).toBe(EXIT.gaveUp);
    expect(r.slept).toEqual([]);
    expect(r.stderr).toMatch(/wait of 3600 s, more than the 60 s left of --max-wait; giving up/);
  });

  test('an oversize report is cut, posted, and says so', async () => {
    await startApi();
    const big = Array.from({ length: 3000 }, (_, i) => `| benchmark-${i} | check | 4 | +1.${i % 10}% |`).join('\n');
    const r = await run(['--body', file('big.md', big)]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toMatch(/note: the report is \d+ characters, over GitHub's limit of a comment: cut to \d+, with a link to the artifact/);
    const posted = api.commentsOf(5)[0]!.body;
    expect(posted.length).toBeLessThanOrEqual(65_536);
    expect(posted).toContain('(https://github.com/weft-org/weft/actions/runs/4242#artifacts)');
  });

  test('a POST whose connection drops after it was applied: exactly one comment', async () => {
    await startApi();
    api.misbehave({ method: 'POST', then: { kind: 'apply-then-drop' } });
    const r = await run(['--body', file('r.md', 'r')]);
    expect(r.code).toBe(EXIT.ok);
    expect(api.commentsOf(5)).toHaveLength(1);
    expect(api.requestsOf('POST')).toHaveLength(1);
  });

  test('annotations escape what would end or corrupt a workflow command', async () => {
    await startApi();
    api.misbehave({ then: { kind: 'respond', status: 404, body: { message: 'Not 100% Found' } } });
    const r = await run(['--body', file('r.md', 'r')]);
    expect(r.stderr).toMatch(/^::error title=Perf bot::.*\(Not 100%25 Found\)/m);
    expect(r.stderr).toMatch(/^\[bot\] .*\(Not 100% Found\)/m);
  });

  test('--expect-head-sha: posts while the head matches, skips once the PR moved on', async () => {
    await startApi();
    expect((await run(['--body', file('r.md', 'r'), '--expect-head-sha', HEAD])).code).toBe(EXIT.ok);
    expect(api.commentsOf(5)).toHaveLength(1);
    const moved = await run(['--body', file('r2.md', 'other'), '--expect-head-sha', 'f'.repeat(40)], { GITHUB_RUN_ID: '5000' });
    expect(moved.code).toBe(EXIT.ok);
    expect(moved.stderr).toMatch(/weft-org\/weft#5 is now at c0ffee0+, not f{40}: this report is for another commit; not posting it/);
    expect(moved.stderr).toMatch(/^::warning title=Perf bot::/m);
    expect(api.commentsOf(5)[0]!.body).not.toContain('other');
  });

  test('--dry-run prints the body and calls nothing', async () => {
    await startApi();
    const r = await run(['--body', file('r.md', 'hello'), '--dry-run'], { GITHUB_TOKEN: undefined });
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain(`${STICKY_MARKER}\n<!-- weft-perf-run: 4242/1 -->\nhello\n`);
    expect(api.requests).toHaveLength(0);
  });

  const usage: Array<[string, string[], Record<string, string | undefined>, RegExp]> = [
    ['no --body', [], {}, /--body FILE is required/],
    ['unreadable --body', ['--body', '/nonexistent/report.md'], {}, /cannot read --body \/nonexistent\/report\.md: ENOENT/],
    ['empty --body', ['--body', '@empty'], {}, /--body \S+empty\.md is empty: there is no report to post/],
    ['unknown flag', ['--body', 'x', '--frobnicate'], {}, /Unknown option '--frobnicate'; see --help/],
    ['no token', ['--body', '@report'], { GITHUB_TOKEN: undefined }, /GITHUB_TOKEN is not set/],
    ['no repository', ['--body', '@report'], { GITHUB_REPOSITORY: undefined }, /no repository: set GITHUB_REPOSITORY or pass --repo/],
    ['bad --repo', ['--body', '@report', '--repo', 'just-a-name'], {}, /--repo just-a-name: expected OWNER\/NAME/],
    ['bad --pr', ['--body', '@report', '--pr', '5a'], {}, /--pr 5a: expected a positive integer/],
    ['bad --max-wait', ['--body', '@report', '--max-wait=-1'], {}, /--max-wait -1: expected a non-negative number of seconds/],
    ['a dash value needs =', ['--body', '@report', '--max-wait', '-1'], {}, /Option '--max-wait' argument is ambiguous\. .*'--max-wait=-XYZ'/],
    ['bad --timeout', ['--body', '@report', '--timeout', '0'], {}, /--timeout 0: expected a positive number of seconds/],
    ['bad --api-url', ['--body', '@report', '--api-url', 'ftp://x'], {}, /--api-url ftp:\/\/x: expected an http\(s\) URL/],
    ['bad --expect-head-sha', ['--body', '@report', '--expect-head-sha', 'abc'], {}, /--expect-head-sha abc: expected a full commit hash/],
    ['no event and no --pr', ['--body', '@report'], { GITHUB_EVENT_PATH: undefined }, /no pull request: pass --pr N/],
    ['event of a push', ['--body', '@report'], { GITHUB_EVENT_PATH: '@push' }, /no pull request: the event is not about a pull request/],
    ['bad run id', ['--body', '@report'], { GITHUB_RUN_ID: 'abc' }, /run id abc: expected digits/],
  ];
  test.each(usage)('usage error: %s → exit 2, one line', async (_name, argv, env, pattern) => {
    await startApi();
    const fill = (s: string | undefined) =>
      s === '@report' ? file('report.md', 'r') : s === '@empty' ? file('empty.md', ' \n\n') : s === '@push' ? file('push.json', JSON.stringify({ ref: 'refs/heads/main' })) : s;
    const r = await run(
      argv.map((a) => fill(a)!),
      Object.fromEntries(Object.entries(env).map(([k, v]) => [k, fill(v)])),
    );
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr.split('\n')[0]).toMatch(/^\[bot\] /);
    expect(r.stderr.split('\n')[0]).toMatch(pattern);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(2); // the line, and its ::error annotation
    expect(api.requests).toHaveLength(0);
  });

  test('--help documents every flag and every exit status', async () => {
    await startApi();
    const r = await run(['comment', '--help']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toBe(HELP);
    for (const flag of COMMENT_FLAGS) expect(HELP).toContain(flag);
    for (const code of Object.values(EXIT)) expect(HELP).toMatch(new RegExp(`^  ${code}  `, 'm'));
  });
});
