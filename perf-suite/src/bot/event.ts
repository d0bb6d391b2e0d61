/**
 * The pull request a workflow run is about, read from its event payload (`GITHUB_EVENT_PATH`):
 * `pull_request` / `pull_request_target` (`pull_request.number`), `issue_comment` on a pull request
 * (`issue.number`, only when `issue.pull_request` is set), and `workflow_run` (the first of
 * `workflow_run.pull_requests`, which GitHub leaves empty for pull requests from forks).
 *
 * Owns: interpreting payloads. Must not: read files or the environment (the caller passes the
 * parsed payload), print.
 */

export interface EventPullRequest {
  readonly number: number;
  /**
   * True when the pull request comes from another repository. Its `pull_request` runs get a
   * read-only token, so a 403 on commenting is expected, not a failure.
   */
  readonly fromFork: boolean;
}

export type EventReading = { readonly ok: true; readonly pr: EventPullRequest } | { readonly ok: false; readonly reason: string };

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
}

function positiveInt(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined;
}

/** The pull request of an event payload, or why there is none. */
export function pullRequestOfEvent(payload: unknown): EventReading {
  const root = obj(payload);
  if (!root) return { ok: false, reason: 'the event payload is not a JSON object' };

  const pr = obj(root['pull_request']);
  if (pr) {
    const number = positiveInt(pr['number']) ?? positiveInt(root['number']);
    if (number === undefined) return { ok: false, reason: 'the pull_request payload has no number' };
    const head = obj(obj(pr['head'])?.['repo'])?.['full_name'];
    const base = obj(obj(pr['base'])?.['repo'])?.['full_name'];
    // A deleted fork leaves `head.repo` null: still a fork.
    return { ok: true, pr: { number, fromFork: typeof base === 'string' && head !== base } };
  }

  const issue = obj(root['issue']);
  if (issue) {
    const number = positiveInt(issue['number']);
    if (number === undefined) return { ok: false, reason: 'the issue payload has no number' };
    if (!obj(issue['pull_request'])) return { ok: false, reason: `#${number} is an issue, not a pull request` };
    // issue_comment runs use the base repository's token whatever the pull request's origin.
    return { ok: true, pr: { number, fromFork: false } };
  }

  const run = obj(root['workflow_run']);
  if (run) {
    const prs = run['pull_requests'];
    const first = Array.isArray(prs) ? obj(prs[0]) : undefined;
    const number = positiveInt(first?.['number']);
    if (number === undefined) {
      return { ok: false, reason: 'the workflow_run payload names no pull request (GitHub leaves it empty for forks): pass --pr' };
    }
    return { ok: true, pr: { number, fromFork: false } };
  }

  return { ok: false, reason: 'the event is not about a pull request (no pull_request, issue or workflow_run in the payload): pass --pr' };
}
