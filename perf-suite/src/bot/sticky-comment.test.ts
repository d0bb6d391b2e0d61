import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BotError } from './errors.js';
import { FAKE_BODY_LIMIT, FakeGitHub } from './fake-github.js';
import { GitHubClient } from './github-client.js';
import {
  GITHUB_COMMENT_LIMIT,
  STICKY_MARKER,
  composeCommentBody,
  isLaterRun,
  isStickyComment,
  parseRunMarker,
  renderRunMarker,
  upsertStickyComment,
  type RunStamp,
} from './sticky-comment.js';

const TOKEN = 'test-token';
const REPO = 'weft-org/weft';
const PR = { owner: 'weft-org', repo: 'weft', number: 5 };

describe('run stamps', () => {
  test('render and parse round-trip', () => {
    const stamp = { runId: '9876543210', attempt: 2 };
    expect(renderRunMarker(stamp)).toBe('<!-- weft-perf-run: 9876543210/2 -->');
    expect(parseRunMarker(`${STICKY_MARKER}\n${renderRunMarker(stamp)}\nreport`)).toEqual(stamp);
    expect(parseRunMarker('no stamp here')).toBeNull();
  });

  const order: Array<[RunStamp, RunStamp, boolean]> = [
    [{ runId: '11', attempt: 1 }, { runId: '10', attempt: 1 }, true],
    [{ runId: '10', attempt: 1 }, { runId: '11', attempt: 1 }, false],
    [{ runId: '10', attempt: 2 }, { runId: '10', attempt: 1 }, true],
    [{ runId: '10', attempt: 1 }, { runId: '10', attempt: 1 }, false],
    // Compared as numbers, not strings.
    [{ runId: '100', attempt: 1 }, { runId: '99', attempt: 1 }, true],
    [{ runId: '90071992547409930', attempt: 1 }, { runId: '90071992547409929', attempt: 1 }, true],
  ];
  test.each(order)('%j later than %j: %s', (a, b, expected) => {
    expect(isLaterRun(a, b)).toBe(expected);
  });
});

describe('isStickyComment', () => {
  const bot = { login: 'github-actions[bot]', type: 'Bot' };
  const cases: Array<[string, Parameters<typeof isStickyComment>[0], string | undefined, boolean]> = [
    ['the bot, marker first', { id: 1, body: `${STICKY_MARKER}\nx`, user: bot }, undefined, true],
    ['marker after leading blank lines', { id: 1, body: `\n\n${STICKY_MARKER}\nx`, user: bot }, undefined, true],
    ['a person quoting the marker', { id: 1, body: `${STICKY_MARKER}\nI typed this`, user: { login: 'mallory', type: 'User' } }, undefined, false],
    ['the bot, marker not first', { id: 1, body: `see ${STICKY_MARKER}`, user: bot }, undefined, false],
    ['--author names the account', { id: 1, body: `${STICKY_MARKER}\nx`, user: { login: 'weft-perf', type: 'User' } }, 'weft-perf', true],
    ['--author excludes other bots', { id: 1, body: `${STICKY_MARKER}\nx`, user: bot }, 'weft-perf', false],
    ['no body', { id: 1, body: null, user: bot }, undefined, false],
  ];
  test.each(cases)('%s', (_name, comment, author, expected) => {
    expect(isStickyComment(comment, author)).toBe(expected);
  });
});

describe('composeCommentBody', () => {
  const links = { artifactUrl: 'https://github.com/o/r/actions/runs/7/artifacts/99', runUrl: 'https://github.com/o/r/actions/runs/7' };

  test('marker first, then the run stamp, the report and the links', () => {
    const { body, truncated } = composeCommentBody('## Perf\n\nverdict: no relevant changes\n', { stamp: { runId: '7', attempt: 1 }, links });
    expect(truncated).toBe(false);
    expect(body).toBe(
      [
        STICKY_MARKER,
        '<!-- weft-perf-run: 7/1 -->',
        '## Perf',
        '',
        'verdict: no relevant changes',
        '',
        '---',
        '[Full HTML report and charts](https://github.com/o/r/actions/runs/7/artifacts/99) · [workflow run](https://github.com/o/r/actions/runs/7)',
        '',
      ].join('\n'),
    );
  });

  test('without a run or links: marker and report only', () => {
    expect(composeCommentBody('r').body).toBe(`${STICKY_MARKER}\nr\n`);
  });

  test("marker look-alikes inside the report are removed, so the bot's own markers stay unique", () => {
    const { body } = composeCommentBody(`a <!-- weft-perf-report --> b <!-- weft-perf-run: 99999/9 --> c`, { stamp: { runId: '7', attempt: 1 } });
    expect(body.split(STICKY_MARKER)).toHaveLength(2);
    expect(parseRunMarker(body)).toEqual({ runId: '7', attempt: 1 });
    expect(body).toContain('a  b  c');
  });

  test('an oversize report is cut at a line, within the limit, with a link to the artifact', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `| bench-${i} | +0.${i % 10}% |`);
    const report = lines.join('\n');
    expect(report.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);
    const { body, truncated, reportKept, reportLength } = composeCommentBody(report, { stamp: { runId: '7', attempt: 1 }, links });
    expect(truncated).toBe(true);
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT - 1000);
    expect(reportLength).toBe(report.length);
    expect(body).toContain(`it shows ${reportKept} of ${report.length} characters`);
    expect(body).toContain(`the [workflow artifact](${links.artifactUrl})`);
    // Cut between lines: the last table row kept is whole.
    const kept = body.slice(body.indexOf('| bench-0'), body.indexOf('\n\n> [!NOTE]'));
    expect(kept.split('\n').every((l) => /^\| bench-\d+ \| \+0\.\d% \|$/.test(l))).toBe(true);
    expect(body.startsWith(`${STICKY_MARKER}\n<!-- weft-perf-run: 7/1 -->\n`)).toBe(true);
  });

  test('a cut inside a code fence and <details> closes both', () => {
    const report = ['# Perf', '<details>', '<summary>raw</summary>', '', '```text', ...Array.from({ length: 200 }, (_, i) => `line ${i} ${'x'.repeat(40)}`)].join('\n');
    const { body, truncated } = composeCommentBody(report, { limit: 2000 });
    expect(truncated).toBe(true);
    expect(body.length).toBeLessThanOrEqual(2000);
    const beforeNote = body.slice(0, body.indexOf('> [!NOTE]'));
    expect(beforeNote).toMatch(/\n```\n<\/details>\n\n$/);
  });

  test('one huge line of emoji is cut without splitting a surrogate pair', () => {
    const report = '😀'.repeat(40_000); // 80,000 UTF-16 units
    const { body, truncated } = composeCommentBody(report);
    expect(truncated).toBe(true);
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(body).toContain("in the workflow run's artifacts");
  });

  test('a limit too small for even the header is a usage error', () => {
    expect(() => composeCommentBody('x'.repeat(100), { limit: 20 })).toThrow(BotError);
  });
});

describe('upsertStickyComment against the fake API', () => {
  let api: FakeGitHub;
  beforeEach(async () => {
    api = await FakeGitHub.start({ token: TOKEN, repo: REPO, pulls: { 5: { headSha: 'a'.repeat(40) } } });
  });
  afterEach(async () => {
    await api.close();
  });

  function client(timeoutMs = 5_000) {
    return new GitHubClient({ apiUrl: api.url, token: TOKEN, maxWaitMs: 60_000, timeoutMs, sleep: async () => {} });
  }
  const body = (runId: string, text = 'report') => composeCommentBody(text, { stamp: { runId, attempt: 1 } }).body;

  test('first run: posts one comment', async () => {
    api.seed(5, [{ body: 'LGTM' }]);
    const result = await upsertStickyComment(client(), PR, body('100'), { stamp: { runId: '100', attempt: 1 } });
    expect(result.action).toBe('created');
    expect(api.commentsOf(5).map((c) => c.body)).toEqual(['LGTM', body('100')]);
    expect(result.comment.html_url).toMatch(/#issuecomment-\d+$/);
  });

  test('next push: updates the same comment in place', async () => {
    await upsertStickyComment(client(), PR, body('100', 'old'), { stamp: { runId: '100', attempt: 1 } });
    const id = api.commentsOf(5)[0]!.id;
    const result = await upsertStickyComment(client(), PR, body('101', 'new'), { stamp: { runId: '101', attempt: 1 } });
    expect(result.action).toBe('updated');
    expect(api.commentsOf(5)).toHaveLength(1);
    expect(api.commentsOf(5)[0]!.id).toBe(id);
    expect(api.commentsOf(5)[0]!.body).toBe(body('101', 'new'));
    expect(api.requestsOf('PATCH', new RegExp(`/issues/comments/${id}$`))).toHaveLength(1);
  });

  test('the marker on the second page of comments is found', async () => {
    api.seed(5, Array.from({ length: 130 }, (_, i) => ({ body: `chatter ${i}` })));
    const [ours] = api.seed(5, [{ body: body('100', 'old'), login: 'github-actions[bot]', type: 'Bot' }]);
    api.seed(5, [{ body: 'more chatter' }]);
    const result = await upsertStickyComment(client(), PR, body('101'), { stamp: { runId: '101', attempt: 1 } });
    expect(result.action).toBe('updated');
    expect(result.comment.id).toBe(ours!.id);
    expect(api.requestsOf('GET').map((r) => r.query.get('page'))).toEqual([null, '2']);
    expect(api.requestsOf('POST')).toHaveLength(0);
    expect(api.commentsOf(5)).toHaveLength(132);
  });

  test("a person's comment that quotes the marker is not touched", async () => {
    const [quoted] = api.seed(5, [{ body: `${STICKY_MARKER}\nthe bot said this`, login: 'mallory' }]);
    const result = await upsertStickyComment(client(), PR, body('100'), { stamp: { runId: '100', attempt: 1 } });
    expect(result.action).toBe('created');
    expect(api.commentsOf(5).find((c) => c.id === quoted!.id)!.body).toBe(`${STICKY_MARKER}\nthe bot said this`);
  });

  test('the same body again: nothing is written', async () => {
    await upsertStickyComment(client(), PR, body('100'), { stamp: { runId: '100', attempt: 1 } });
    const result = await upsertStickyComment(client(), PR, body('100'), { stamp: { runId: '100', attempt: 1 } });
    expect(result.action).toBe('unchanged');
    expect(api.requestsOf('POST')).toHaveLength(1);
    expect(api.requestsOf('PATCH')).toHaveLength(0);
  });

  test("an older run finishing late does not overwrite a later run's report", async () => {
    await upsertStickyComment(client(), PR, body('200', 'newer'), { stamp: { runId: '200', attempt: 1 } });
    const result = await upsertStickyComment(client(), PR, body('150', 'older'), { stamp: { runId: '150', attempt: 1 } });
    expect(result.action).toBe('kept-later-run');
    expect(api.commentsOf(5)[0]!.body).toBe(body('200', 'newer'));
  });

  test('duplicates from earlier times: the oldest is updated, the others are counted and left alone', async () => {
    api.seed(5, [
      { body: body('1', 'a'), login: 'github-actions[bot]', type: 'Bot' },
      { body: body('2', 'b'), login: 'github-actions[bot]', type: 'Bot' },
    ]);
    const result = await upsertStickyComment(client(), PR, body('3'), { stamp: { runId: '3', attempt: 1 } });
    expect(result).toMatchObject({ action: 'updated', duplicates: 1 });
    expect(api.commentsOf(5).map((c) => parseRunMarker(c.body)?.runId)).toEqual(['3', '2']);
  });

  test('a POST that was applied but whose answer was lost (connection dropped) is not posted again', async () => {
    api.misbehave({ method: 'POST', then: { kind: 'apply-then-drop' } });
    const result = await upsertStickyComment(client(), PR, body('100'), { stamp: { runId: '100', attempt: 1 } });
    expect(result.action).toBe('unchanged');
    expect(api.commentsOf(5)).toHaveLength(1);
    expect(api.requestsOf('POST')).toHaveLength(1);
    expect(result.listings).toBe(2);
  });

  test('a POST that was applied but answered after the timeout is not posted again (real clock, short timeout)', async () => {
    // Generous against a loaded machine: the other requests must answer within the timeout.
    api.misbehave({ method: 'POST', then: { kind: 'apply-then-stall', ms: 3_000 } });
    const result = await upsertStickyComment(client(500), PR, body('100'), { stamp: { runId: '100', attempt: 1 } });
    expect(result.action).toBe('unchanged');
    expect(api.commentsOf(5)).toHaveLength(1);
    expect(api.requestsOf('POST')).toHaveLength(1);
  });

  test('a POST that failed with 502 without effect is tried again, once it is clear there is no comment', async () => {
    api.misbehave({ method: 'POST', then: { kind: 'respond', status: 502, body: { message: 'Bad Gateway' } } });
    const result = await upsertStickyComment(client(), PR, body('100'), { stamp: { runId: '100', attempt: 1 } });
    expect(result.action).toBe('created');
    expect(api.commentsOf(5)).toHaveLength(1);
    expect(api.requestsOf('POST')).toHaveLength(2);
  });

  test('a POST that keeps failing gives up after the attempts, with one comment at most', async () => {
    api.misbehave({ method: 'POST', times: 10, then: { kind: 'respond', status: 503, body: {} } });
    await expect(upsertStickyComment(client(), PR, body('100'), { maxPostAttempts: 2 })).rejects.toMatchObject({ code: 'unavailable' });
    expect(api.requestsOf('POST')).toHaveLength(2);
    expect(api.commentsOf(5)).toHaveLength(0);
  });

  test('an oversize report, once composed, is accepted by GitHub (which rejects over 65,536 characters)', async () => {
    const report = Array.from({ length: 4000 }, (_, i) => `| row ${i} | ${'█'.repeat(20)} |`).join('\n');
    const raw = `${STICKY_MARKER}\n${report}`;
    expect([...raw].length).toBeGreaterThan(FAKE_BODY_LIMIT);
    // As is, GitHub refuses it...
    await expect(upsertStickyComment(client(), PR, raw)).rejects.toMatchObject({ code: 'unprocessable', status: 422 });
    // ...composed, it fits.
    const result = await upsertStickyComment(client(), PR, composeCommentBody(report).body);
    expect(result.action).toBe('created');
    expect(api.commentsOf(5)[0]!.body).toContain('This report was cut to fit in a comment');
  });
});
