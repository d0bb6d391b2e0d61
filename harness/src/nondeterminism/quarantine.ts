/**
 * `ui-tests/known-nondeterministic.json`: tests whose parallel output is known not to be stable
 * while a bug is open, each with a reason (and optionally the labels it is known to get). A listed
 * test's parallel-mode failures do not fail the run; a hunt that finds a label the entry does not
 * list still does; an entry whose test is stable over K runs is reported as fixed (not as a
 * failure: K clean runs bound the rate, they do not prove it zero). Reading, validating and
 * matching only; nothing here prints or writes.
 */
import { listEntries, readListFile } from '../list-file.js';
import { LABELS, type Label } from './label.js';
import { describeRate } from './stats.js';

export interface KnownNondeterministic {
  readonly compiler: string;
  readonly test: string;
  readonly reason: string;
  /** The labels a hunt may give this test; null: any label other than `stable`. */
  readonly labels: readonly Label[] | null;
}

/** Reads the list; a missing file is an empty list unless `required` (an explicit flag). */
export function readKnownNondeterministic(path: string, required: boolean): KnownNondeterministic[] {
  const data = readListFile(path, required, 'known-nondeterministic');
  return data === null ? [] : validateKnownNondeterministic(data, path);
}

export function validateKnownNondeterministic(data: unknown, path: string): KnownNondeterministic[] {
  const { entries, fail } = listEntries(data, path, 'known-nondeterministic');
  const seen = new Set<string>();
  return entries.map((e, i) => {
    const at = `entry ${i + 1}`;
    if (typeof e !== 'object' || e === null || Array.isArray(e)) fail(`${at}: expected an object`);
    const r = e as Record<string, unknown>;
    for (const key of ['compiler', 'test', 'reason'] as const) {
      if (typeof r[key] !== 'string' || (r[key] as string).trim() === '') fail(`${at}: \`${key}\` must be a non-empty string`);
    }
    for (const key of Object.keys(r)) {
      if (!['compiler', 'test', 'reason', 'labels'].includes(key)) fail(`${at}: unknown field \`${key}\` (expected compiler, test, reason, labels)`);
    }
    let labels: Label[] | null = null;
    if (r.labels !== undefined) {
      if (!Array.isArray(r.labels) || r.labels.length === 0) fail(`${at}: \`labels\` must be a non-empty array of labels`);
      labels = (r.labels as unknown[]).map((l) => {
        if (typeof l !== 'string' || !(LABELS as readonly string[]).includes(l) || l === 'stable') fail(`${at}: \`${String(l)}\` is not a label (one of ${LABELS.filter((x) => x !== 'stable').join(', ')})`);
        return l as Label;
      });
    }
    const key = `${r.compiler}\0${r.test}`;
    if (seen.has(key)) fail(`${at}: \`${r.test}\` is listed twice for compiler \`${r.compiler}\``);
    seen.add(key);
    return { compiler: r.compiler as string, test: r.test as string, reason: r.reason as string, labels };
  });
}

export function findKnownNondeterministic(entries: readonly KnownNondeterministic[], compiler: string, test: string): KnownNondeterministic | null {
  return entries.find((e) => e.compiler === compiler && e.test === test) ?? null;
}

/** Warnings for entries of `compiler` whose test is not in the suite. */
export function staleKnownNondeterministic(entries: readonly KnownNondeterministic[], compiler: string, allTestNames: ReadonlySet<string>, file: string): string[] {
  return entries
    .filter((e) => e.compiler === compiler && !allTestNames.has(e.test))
    .map((e) => `${file}: known-nondeterministic \`${e.test}\` (${e.compiler}) names a test that does not exist`);
}

export type QuarantineVerdict =
  /** Not listed: the label alone decides. */
  | { readonly kind: 'unlisted' }
  /** Listed, and the hunt found what the entry says: does not fail the run. */
  | { readonly kind: 'quarantined'; readonly reason: string }
  /** Listed, but the hunt found another label: fails the run. */
  | { readonly kind: 'label-changed'; readonly reason: string; readonly message: string }
  /** Listed, and stable over all K runs: reported, does not fail the run. */
  | { readonly kind: 'fixed'; readonly reason: string; readonly message: string };

/** What a listed entry means for a test the hunt gave `label` after `runs` parallel runs. */
export function quarantineVerdict(entry: KnownNondeterministic | null, label: Label, runs: number, file: string): QuarantineVerdict {
  if (entry === null) return { kind: 'unlisted' };
  if (label === 'stable') {
    return { kind: 'fixed', reason: entry.reason, message: `did not reproduce: ${describeRate(0, runs)}; remove it from ${file} if the bug is fixed (listed: ${entry.reason})` };
  }
  if (entry.labels !== null && !entry.labels.includes(label)) {
    return { kind: 'label-changed', reason: entry.reason, message: `listed in ${file} as ${entry.labels.join(' or ')}, but the hunt found ${label}` };
  }
  return { kind: 'quarantined', reason: entry.reason };
}
