/**
 * `npm run perf -- comment --body FILE [--pr N]`: posts the perf report as the pull request's sticky
 * comment, or updates it in place. The collector's CLI dispatches the `comment` subcommand here.
 *
 * Reads the environment GitHub Actions provides (GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL,
 * GITHUB_EVENT_PATH, GITHUB_EVENT_NAME, GITHUB_ACTOR, GITHUB_SERVER_URL, GITHUB_RUN_ID,
 * GITHUB_RUN_ATTEMPT). The comment's URL goes to stdout; what happened goes to stderr, one line per
 * event, with workflow-command annotations (`::notice::`, `::warning::`, `::error::`) under
 * GITHUB_ACTIONS.
 *
 * Owns: flags, environment, messages, exit codes. Must not: know HTTP details (github-client.ts) or
 * the body format (sticky-comment.ts).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { BotError, isBotError, type BotErrorCode } from './errors.js';
import { pullRequestOfEvent } from './event.js';
import { GitHubClient } from './github-client.js';
import { composeCommentBody, upsertStickyComment, type RunStamp } from './sticky-comment.js';

/** Exit statuses; documented in `--help`. */
export const EXIT = {
  /** Created, updated, already current, or deliberately nothing to do. */
  ok: 0,
  /** GitHub refused (401, 403, 404, 422, another error status). */
  refused: 1,
  /** Bad flags or environment, unreadable body, no pull request. */
  usage: 2,
  /** A rate limit that would outlast --max-wait, or failures that persisted. */
  gaveUp: 3,
} as const;

const EXIT_OF: Record<BotErrorCode, number> = {
  usage: EXIT.usage,
  unauthorized: EXIT.refused,
  forbidden: EXIT.refused,
  'not-found': EXIT.refused,
  unprocessable: EXIT.refused,
  http: EXIT.refused,
  'rate-limited': EXIT.gaveUp,
  unavailable: EXIT.gaveUp,
};

export const HELP = `Usage: npm run perf -- comment --body FILE [options]

Posts FILE (the perf report, Markdown) as the pull request's perf comment, or updates that comment
in place. The comment is found again by the hidden marker <!-- weft-perf-report --> on its first
line; one run never posts twice, and a run never overwrites a later run's report.

Options:
  --body FILE             the report to post (report.md); required
  --pr N                  the pull request; default: from the event in GITHUB_EVENT_PATH
  --repo OWNER/NAME       default: GITHUB_REPOSITORY
  --api-url URL           default: GITHUB_API_URL, else https://api.github.com
  --run-id ID             the workflow run that made the report; default: GITHUB_RUN_ID
  --run-attempt N         default: GITHUB_RUN_ATTEMPT, else 1
  --artifact-url URL      link to the HTML report and charts; default: the run's page (#artifacts)
  --expect-head-sha SHA   post only while the pull request's head commit is SHA
  --author LOGIN          only comments by LOGIN count as the bot's (default: any bot account)
  --max-wait SECONDS      most time to spend waiting on rate limits and retries (default 300)
  --timeout SECONDS       time limit of one request (default 30)
  --dry-run               print the comment body on stdout and do not call GitHub
  -h, --help              this text

Environment: GITHUB_TOKEN (required; needs pull-requests: write), GITHUB_REPOSITORY, GITHUB_API_URL,
GITHUB_EVENT_PATH, GITHUB_EVENT_NAME, GITHUB_ACTOR, GITHUB_SERVER_URL, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT.

Output: the comment's URL on stdout; what happened on stderr.

Exit status:
  0  the comment was created, updated or already current; or there was nothing to do: a later
     run's report is shown, the pull request's head moved on, or the read-only token of a pull
     request from a fork (or Dependabot) was refused (403; the report stays in the job summary
     and the artifact)
  1  GitHub refused: 401, 403, 404, 422 or another error status
  2  usage: a bad flag, GITHUB_TOKEN or GITHUB_REPOSITORY missing, --body unreadable or empty,
     no pull request
  3  gave up: a rate limit that would outlast --max-wait, or network errors or 5xx that persisted
`;

/** What the command touches outside itself; tests replace it. */
export interface CommentIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<string>;
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

const OPTIONS = {
  body: { type: 'string' },
  pr: { type: 'string' },
  repo: { type: 'string' },
  'api-url': { type: 'string' },
  'run-id': { type: 'string' },
  'run-attempt': { type: 'string' },
  'artifact-url': { type: 'string' },
  'expect-head-sha': { type: 'string' },
  author: { type: 'string' },
  'max-wait': { type: 'string' },
  timeout: { type: 'string' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The long flags `comment` accepts (the workflow test checks the workflows against it). */
export const COMMENT_FLAGS: readonly string[] = Object.keys(OPTIONS).map((name) => `--${name}`);

function defaultIo(): CommentIo {
  return {
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path, 'utf8'),
  };
}

/** Runs `comment` with its arguments (with or without the leading `comment`); returns the exit status. */
export async function runCommentCommand(argv: string[], io: CommentIo = defaultIo()): Promise<number> {
  const log = (line: string) => io.stderr(`[bot] ${line}\n`);
  const annotate = (level: 'notice' | 'warning' | 'error', line: string) => {
    // Workflow-command data escapes %, CR and LF (GitHub's toolkit does the same).
    const data = line.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    if (io.env['GITHUB_ACTIONS'] === 'true') io.stderr(`::${level} title=Perf bot::${data}\n`);
  };
  try {
    return await run(argv[0] === 'comment' ? argv.slice(1) : argv, io, log, annotate);
  } catch (e) {
    if (!isBotError(e)) throw e;
    io.stderr(`${e.message}\n`);
    annotate('error', e.message);
    return EXIT_OF[e.code];
  }
}

async function run(
  argv: string[],
  io: CommentIo,
  log: (line: string) => void,
  annotate: (level: 'notice' | 'warning' | 'error', line: string) => void,
): Promise<number> {
  let values: ReturnType<typeof parseFlags>['values'];
  try {
    ({ values } = parseFlags(argv));
  } catch (cause) {
    throw new BotError('usage', `${(cause as Error).message.replace(/\s*\n\s*/g, ' ')}; see --help`, { cause });
  }
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }

  const env = io.env;
  const bodyPath = values.body;
  if (bodyPath === undefined) throw new BotError('usage', '--body FILE is required: the report to post (report.md)');
  let report: string;
  try {
    report = await io.readFile(bodyPath);
  } catch (cause) {
    throw new BotError('usage', `cannot read --body ${bodyPath}: ${(cause as Error).message}`, { cause });
  }
  // An empty report means the collector wrote nothing useful; an empty comment would hide that.
  if (report.trim() === '') throw new BotError('usage', `--body ${bodyPath} is empty: there is no report to post`);

  const repoSlug = values.repo ?? env['GITHUB_REPOSITORY'];
  const stamp = runStamp(values['run-id'] ?? env['GITHUB_RUN_ID'], values['run-attempt'] ?? env['GITHUB_RUN_ATTEMPT']);
  const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const runUrl = stamp && repoSlug ? `${server}/${repoSlug}/actions/runs/${stamp.runId}` : undefined;
  const artifactUrl = values['artifact-url'] !== undefined ? httpUrl(values['artifact-url'], '--artifact-url') : runUrl && `${runUrl}#artifacts`;

  const composed = composeCommentBody(report, { stamp, links: { artifactUrl, runUrl } });
  if (composed.truncated) {
    log(`note: the report is ${composed.reportLength} characters, over GitHub's limit of a comment: cut to ${composed.reportKept}, with a link to the artifact`);
  }
  if (values['dry-run']) {
    io.stdout(composed.body);
    return EXIT.ok;
  }

  const token = env['GITHUB_TOKEN'];
  if (!token) throw new BotError('usage', 'GITHUB_TOKEN is not set: give the step `env: GITHUB_TOKEN: ${{ github.token }}`');
  if (!repoSlug) throw new BotError('usage', 'no repository: set GITHUB_REPOSITORY or pass --repo OWNER/NAME');
  const repoMatch = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repoSlug);
  if (!repoMatch) throw new BotError('usage', `--repo ${repoSlug}: expected OWNER/NAME`);
  const [, owner, repo] = repoMatch as unknown as [string, string, string];

  const event = await readEvent(env['GITHUB_EVENT_PATH'], io);
  let number: number;
  if (values.pr !== undefined) {
    number = positiveInt(values.pr, '--pr');
  } else if (event === null) {
    throw new BotError('usage', 'no pull request: pass --pr N, or run inside GitHub Actions (GITHUB_EVENT_PATH)');
  } else if (!event.ok) {
    throw new BotError('usage', `no pull request: ${event.reason}`);
  } else {
    number = event.pr.number;
  }
  // Runs whose token GitHub makes read-only whatever the workflow asks: a 403 there is expected.
  const readOnlyBecause =
    event?.ok === true && event.pr.number === number && event.pr.fromFork
      ? 'this pull request comes from a fork, whose token is read-only'
      : env['GITHUB_EVENT_NAME'] === 'pull_request' && env['GITHUB_ACTOR'] === 'dependabot[bot]'
        ? "Dependabot's pull request runs get a read-only token"
        : null;
  const where = `${owner}/${repo}#${number}`;

  const client = new GitHubClient({
    apiUrl: httpUrl(values['api-url'] ?? (env['GITHUB_API_URL'] || 'https://api.github.com'), '--api-url'),
    token,
    maxWaitMs: seconds(values['max-wait'] ?? '300', '--max-wait', true) * 1000,
    timeoutMs: seconds(values.timeout ?? '30', '--timeout', false) * 1000,
    ...(io.fetch ? { fetch: io.fetch } : {}),
    ...(io.sleep ? { sleep: io.sleep } : {}),
    ...(io.now ? { now: io.now } : {}),
    onWait: ({ ms, reason }) => log(`waiting ${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s: ${reason}`),
  });

  try {
    const expected = values['expect-head-sha'];
    if (expected !== undefined) {
      if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(expected)) throw new BotError('usage', `--expect-head-sha ${expected}: expected a full commit hash`);
      const pull = await client.request<{ head?: { sha?: string } }>('GET', `/repos/${owner}/${repo}/pulls/${number}`);
      const head = pull.data?.head?.sha;
      if (head?.toLowerCase() !== expected.toLowerCase()) {
        const line = `${where} is now at ${head ?? 'an unknown commit'}, not ${expected}: this report is for another commit; not posting it`;
        log(line);
        annotate('warning', line);
        return EXIT.ok;
      }
    }

    const result = await upsertStickyComment(client, { owner, repo, number }, composed.body, { stamp, author: values.author });
    const url = result.comment.html_url ?? '';
    switch (result.action) {
      case 'created':
        log(`created the perf comment on ${where}: ${url}`);
        break;
      case 'updated':
        log(`updated the perf comment on ${where} in place: ${url}`);
        break;
      case 'unchanged':
        log(`the perf comment on ${where} is already up to date: ${url}`);
        break;
      case 'kept-later-run':
        log(`the perf comment on ${where} shows a later run than this one (${stamp?.runId}); left as it is: ${url}`);
        break;
    }
    if (result.duplicates > 0) log(`note: ${result.duplicates} other comment(s) of the bot's carry the marker; left alone`);
    io.stdout(`${url}\n`);
    return EXIT.ok;
  } catch (e) {
    if (isBotError(e) && e.code === 'forbidden' && readOnlyBecause !== null) {
      const line =
        `GitHub refused the comment on ${where} (403) because ${readOnlyBecause}; ` +
        'not a failure: the report is in the job summary and the perf-report artifact (README, "Perf bot", says how to enable comments for forks)';
      log(`note: ${line}`);
      annotate('notice', line);
      return EXIT.ok;
    }
    throw e;
  }
}

function parseFlags(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
}

async function readEvent(path: string | undefined, io: CommentIo): Promise<ReturnType<typeof pullRequestOfEvent> | null> {
  if (!path) return null;
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (cause) {
    throw new BotError('usage', `cannot read the event payload GITHUB_EVENT_PATH=${path}: ${(cause as Error).message}`, { cause });
  }
  try {
    return pullRequestOfEvent(JSON.parse(text));
  } catch (cause) {
    throw new BotError('usage', `the event payload GITHUB_EVENT_PATH=${path} is not JSON`, { cause });
  }
}

function runStamp(runId: string | undefined, attempt: string | undefined): RunStamp | undefined {
  if (!runId) return undefined;
  if (!/^\d+$/.test(runId)) throw new BotError('usage', `run id ${runId}: expected digits (--run-id or GITHUB_RUN_ID)`);
  return { runId, attempt: attempt ? positiveInt(attempt, '--run-attempt') : 1 };
}

function positiveInt(text: string, flag: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n <= 0) throw new BotError('usage', `${flag} ${text}: expected a positive integer`);
  return n;
}

function seconds(text: string, flag: string, zeroOk: boolean): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < 0 || (!zeroOk && n === 0)) {
    throw new BotError('usage', `${flag} ${text}: expected a ${zeroOk ? 'non-negative' : 'positive'} number of seconds`);
  }
  return n;
}

function httpUrl(text: string, flag: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new BotError('usage', `${flag} ${text}: not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new BotError('usage', `${flag} ${text}: expected an http(s) URL`);
  return text;
}
