/**
 * The sticky perf comment: one comment per pull request, found again by a hidden marker on its first
 * line (as rust-timer marks its comments) and updated in place, never duplicated.
 *
 * The comment body is: the marker, a run stamp (`<!-- weft-perf-run: RUN/ATTEMPT -->`), the report,
 * and a footer with links to the artifact and the workflow run. A body over GitHub's limit is cut at
 * a line boundary, open code fences and `<details>` are closed, and a note links to the artifact.
 *
 * Never twice for one run: before any POST the existing comments are listed; a POST whose outcome is
 * unknown (connection dropped, timeout, 5xx) is followed by a fresh listing, so a comment that the
 * lost POST did create is found and updated instead of posted again. The run stamp also orders runs:
 * a run never overwrites the report of a newer run (which can happen with out-of-order
 * `workflow_run` deliveries), and a run that already posted this very body does nothing.
 *
 * Owns: the body format, truncation, finding and writing the comment. Must not: print, read files or
 * the environment (cli.ts does).
 */
import { BotError, isBotError } from './errors.js';
import type { GitHubClient } from './github-client.js';

/** The hidden marker that identifies the bot's comment. The first line of every body it writes. */
export const STICKY_MARKER = '<!-- weft-perf-report -->';
/** GitHub's limit on a comment body, in characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

/** The workflow run that produced a body: `GITHUB_RUN_ID` and `GITHUB_RUN_ATTEMPT`. */
export interface RunStamp {
  readonly runId: string;
  readonly attempt: number;
}

export interface CommentLinks {
  /** The uploaded HTML report and charts. */
  readonly artifactUrl?: string | undefined;
  /** The workflow run's page. */
  readonly runUrl?: string | undefined;
}

export interface ComposeOptions {
  readonly stamp?: RunStamp | undefined;
  readonly links?: CommentLinks | undefined;
  readonly limit?: number;
}

export interface ComposedBody {
  readonly body: string;
  readonly truncated: boolean;
  /** Characters of the report kept, and its full length (after removing marker look-alikes). */
  readonly reportKept: number;
  readonly reportLength: number;
}

const RUN_MARKER_RE = /<!-- weft-perf-run: (\d+)\/(\d+) -->/;
/** Anything in the report that looks like one of the bot's markers: removed so that finding stays unambiguous. */
const MARKER_LOOKALIKE_RE = /<!--\s*weft-perf-[\s\S]*?-->/g;

export function renderRunMarker(stamp: RunStamp): string {
  return `<!-- weft-perf-run: ${stamp.runId}/${stamp.attempt} -->`;
}

/** The run stamp in a body written by the bot, or null. */
export function parseRunMarker(body: string): RunStamp | null {
  const m = RUN_MARKER_RE.exec(body);
  return m ? { runId: m[1]!, attempt: Number(m[2]) } : null;
}

/** True when `a` is a later run than `b`. Run ids grow over time within a repository. */
export function isLaterRun(a: RunStamp, b: RunStamp): boolean {
  const ra = BigInt(a.runId);
  const rb = BigInt(b.runId);
  return ra !== rb ? ra > rb : a.attempt > b.attempt;
}

/** The comment body for a report: marker, run stamp, report, footer; cut to `limit` if need be. */
export function composeCommentBody(report: string, options: ComposeOptions = {}): ComposedBody {
  const limit = options.limit ?? GITHUB_COMMENT_LIMIT;
  const clean = report.replace(MARKER_LOOKALIKE_RE, '').replace(/\s+$/, '');
  const header = [STICKY_MARKER, ...(options.stamp ? [renderRunMarker(options.stamp)] : [])].join('\n') + '\n';
  const footer = renderFooter(options.links ?? {});
  const whole = header + clean + '\n' + footer;
  if (whole.length <= limit) return { body: whole, truncated: false, reportKept: clean.length, reportLength: clean.length };

  // Cut, then close what the cut left open; shrink the budget until the whole thing fits.
  let budget = limit - header.length - footer.length - truncationNote(clean.length, clean.length, options.links).length - 2;
  for (;;) {
    if (budget <= 0) throw new BotError('usage', `--body cannot fit in ${limit} characters even when cut: the header and links alone are too long`);
    const kept = cutAtLine(clean, budget);
    const body = header + kept + closers(kept) + '\n' + truncationNote(kept.length, clean.length, options.links) + '\n' + footer;
    if (body.length <= limit) return { body, truncated: true, reportKept: kept.length, reportLength: clean.length };
    budget -= body.length - limit;
  }
}

function renderFooter(links: CommentLinks): string {
  const parts: string[] = [];
  if (links.artifactUrl) parts.push(`[Full HTML report and charts](${links.artifactUrl})`);
  if (links.runUrl) parts.push(`[workflow run](${links.runUrl})`);
  return parts.length === 0 ? '' : `\n---\n${parts.join(' · ')}\n`;
}

function truncationNote(kept: number, total: number, links: CommentLinks | undefined): string {
  const where = links?.artifactUrl
    ? `the [workflow artifact](${links.artifactUrl})`
    : links?.runUrl
      ? `the artifacts of the [workflow run](${links.runUrl})`
      : "the workflow run's artifacts";
  return `\n> [!NOTE]\n> This report was cut to fit in a comment: it shows ${kept} of ${total} characters. The full report is in ${where}.\n`;
}

/** The longest prefix of `text` of at most `max` characters that ends at a line break. */
function cutAtLine(text: string, max: number): string {
  if (text.length <= max) return text;
  const nl = text.lastIndexOf('\n', max);
  if (nl > 0) return text.slice(0, nl);
  // One huge first line: cut inside it, but never between the halves of a surrogate pair.
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** What closes the code fences and `<details>` blocks left open by a cut. */
function closers(kept: string): string {
  let out = '';
  let fence: string | null = null;
  for (const line of kept.split('\n')) {
    const m = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (!m) continue;
    if (fence === null) fence = m[1]!;
    else if (m[1]!.startsWith(fence[0]!) && m[1]!.length >= fence.length) fence = null;
  }
  if (fence !== null) out += `\n${fence}`;
  const open = (kept.match(/<details\b/gi) ?? []).length - (kept.match(/<\/details>/gi) ?? []).length;
  for (let i = 0; i < open; i++) out += '\n</details>';
  return out;
}

// --- Writing the comment -------------------------------------------------------------------------

export interface PullRequestRef {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
}

/** The fields of GitHub's issue comment that the bot reads. */
export interface IssueComment {
  readonly id: number;
  readonly body?: string | null;
  readonly html_url?: string;
  readonly user?: { readonly login?: string; readonly type?: string } | null;
}

export interface UpsertOptions {
  /** The run stamp written into `body`, used to order runs. */
  readonly stamp?: RunStamp | undefined;
  /** Only comments by this login count as the bot's; by default, comments by any Bot account do. */
  readonly author?: string | undefined;
  /** POST attempts whose outcome was unknown before giving up. Default 3. */
  readonly maxPostAttempts?: number;
}

export type UpsertAction =
  | 'created'
  | 'updated'
  /** The comment already has exactly this body. */
  | 'unchanged'
  /** The comment shows a later run's report; left as it is. */
  | 'kept-later-run';

export interface UpsertResult {
  readonly action: UpsertAction;
  readonly comment: IssueComment;
  /** Other comments of the bot's with the marker (from before the marker was unique); left alone. */
  readonly duplicates: number;
  /** Pages of comments read, over all listings. */
  readonly listings: number;
}

/** True when `comment` is the bot's sticky comment. */
export function isStickyComment(comment: IssueComment, author?: string): boolean {
  if (!(comment.body ?? '').trimStart().startsWith(STICKY_MARKER)) return false;
  // Anyone can type the marker; only the bot's own comments count, so it never rewrites a person's.
  return author !== undefined ? comment.user?.login === author : comment.user?.type === 'Bot';
}

/** Creates the sticky comment or updates it in place. */
export async function upsertStickyComment(
  client: GitHubClient,
  pr: PullRequestRef,
  body: string,
  options: UpsertOptions = {},
): Promise<UpsertResult> {
  const listPath = `/repos/${pr.owner}/${pr.repo}/issues/${pr.number}/comments`;
  const maxPostAttempts = options.maxPostAttempts ?? 3;
  let listings = 0;
  for (let attempt = 1; ; attempt++) {
    const comments = await client.paginate<IssueComment>(listPath);
    listings++;
    const ours = comments.filter((c) => isStickyComment(c, options.author));
    const existing = ours[0];
    const duplicates = Math.max(0, ours.length - 1);

    if (existing) {
      const shown = parseRunMarker(existing.body ?? '');
      if (options.stamp && shown && isLaterRun(shown, options.stamp)) {
        return { action: 'kept-later-run', comment: existing, duplicates, listings };
      }
      if (existing.body === body) return { action: 'unchanged', comment: existing, duplicates, listings };
      const updated = await client.request<IssueComment>('PATCH', `/repos/${pr.owner}/${pr.repo}/issues/comments/${existing.id}`, { body });
      return { action: 'updated', comment: updated.data, duplicates, listings };
    }

    try {
      const created = await client.request<IssueComment>('POST', listPath, { body });
      return { action: 'created', comment: created.data, duplicates: 0, listings };
    } catch (e) {
      // The POST may have created the comment: look again (next iteration) rather than post again.
      if (!isBotError(e) || !e.ambiguous || attempt >= maxPostAttempts) throw e;
      await client.wait(1000 * attempt, `${e.message.replace(/^\[bot\] /, '')}; looking for the comment before trying again`);
    }
  }
}
