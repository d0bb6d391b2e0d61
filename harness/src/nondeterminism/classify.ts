/**
 * Classifies one run against the serial reference, in a fixed order of precedence: a run gets the
 * first class that applies. `infrastructure` (the run says nothing about the compiler) comes before
 * the compiler's own classes: `ice`, `timeout`, `exit-status`, `set-difference`, `note-migration`,
 * `duplicates`, `order-only`, `identical` (parallel-rustc.md §9(a)). Works on canonical runs only;
 * pure.
 */
import type { CanonicalItem, CanonicalRun } from './canonical.js';

export const RUN_CLASSES = ['infrastructure', 'ice', 'timeout', 'exit-status', 'set-difference', 'note-migration', 'duplicates', 'order-only', 'identical'] as const;
export type RunClass = (typeof RUN_CLASSES)[number];

/** Classes where the diagnostics themselves (or the exit status) differ, not just their order. */
export const CONTENT_CLASSES: ReadonlySet<RunClass> = new Set(['exit-status', 'set-difference', 'note-migration', 'duplicates']);

/** What a set difference consists of. */
export type SetDifferenceKind = 'missing' | 'extra' | 'changed' | 'cycle-anchor' | 'summary' | 'stdout';

export interface Classification {
  readonly class: RunClass;
  /** Sub-kinds of a set difference (empty otherwise). */
  readonly kinds: readonly SetDifferenceKind[];
  /** Human one-liners: what is missing, extra, changed, which ICE... */
  readonly details: readonly string[];
}

function countBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return m;
}

function sameCounts(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, n] of a) if (b.get(k) !== n) return false;
  return true;
}

/** Items of `a` not matched in `b`, as a multiset difference (kept in `a`'s order). */
export function multisetMinus(a: readonly CanonicalItem[], b: readonly CanonicalItem[]): CanonicalItem[] {
  const left = countBy(b, (i) => i.text);
  const out: CanonicalItem[] = [];
  for (const i of a) {
    const n = left.get(i.text) ?? 0;
    if (n > 0) left.set(i.text, n - 1);
    else out.push(i);
  }
  return out;
}

function lines(run: CanonicalRun): Map<string, number> {
  const all = run.items.flatMap((i) => i.text.split('\n')).concat(run.stdout.split('\n'));
  return countBy(all, (l) => l);
}

function describeStatus(s: CanonicalRun['status']): string {
  return s.signal ? `signal ${s.signal}` : `exit status ${s.code}`;
}

const CYCLE_RE = /cycle detected when ([^\n]*)/;

/** What a set difference consists of, paired by anchor (level, code, location). */
export function setDifference(ref: CanonicalRun, run: CanonicalRun): { kinds: SetDifferenceKind[]; details: string[] } {
  const body = (r: CanonicalRun) => r.items.filter((i) => i.kind !== 'summary');
  const removed = multisetMinus(body(ref), body(run));
  const added = multisetMinus(body(run), body(ref));
  const kinds = new Set<SetDifferenceKind>();
  const details: string[] = [];
  const cycleOf = (items: CanonicalItem[]) => items.map((i) => CYCLE_RE.exec(i.text)?.[1]).filter((x): x is string => x !== undefined);
  const cyclesRemoved = cycleOf(removed);
  const cyclesAdded = cycleOf(added);
  if (cyclesRemoved.length > 0 && cyclesAdded.length > 0) {
    kinds.add('cycle-anchor');
    details.push(`cycle anchored elsewhere: \`cycle detected when ${cyclesRemoved[0]}\` became \`cycle detected when ${cyclesAdded[0]}\``);
  }
  const unpaired = [...added];
  for (const r of removed) {
    const at = unpaired.findIndex((a) => a.anchor === r.anchor);
    if (at >= 0) {
      kinds.add('changed');
      details.push(`changed: ${r.headline}`);
      unpaired.splice(at, 1);
    } else {
      kinds.add('missing');
      details.push(`missing: ${r.headline}`);
    }
  }
  for (const a of unpaired) {
    kinds.add('extra');
    details.push(`extra: ${a.headline}`);
  }
  const summaries = (r: CanonicalRun) => r.items.filter((i) => i.kind === 'summary').map((i) => i.text.trim()).sort().join('\n');
  if (summaries(ref) !== summaries(run)) {
    kinds.add('summary');
    details.push(`summary: ${JSON.stringify(summaries(ref))} became ${JSON.stringify(summaries(run))}`);
  }
  if (ref.stdout !== run.stdout) {
    kinds.add('stdout');
    details.push('stdout differs');
  }
  return { kinds: [...kinds], details };
}

/** The class of `run` against the serial reference `ref` (see the module header). */
export function classifyRun(ref: CanonicalRun, run: CanonicalRun): Classification {
  const none = (c: RunClass, details: string[] = []): Classification => ({ class: c, kinds: [], details });
  if (run.infra !== null) return none('infrastructure', [run.infra]);
  if (run.ice !== null && run.ice !== ref.ice) return none('ice', [run.ice]);
  if (run.timedOut) return none('timeout');
  if (run.status.code !== ref.status.code || run.status.signal !== ref.status.signal) {
    return none('exit-status', [`${describeStatus(ref.status)} became ${describeStatus(run.status)}`]);
  }
  if (run.fingerprint === ref.fingerprint) return none('identical');
  if (run.contentFingerprint === ref.contentFingerprint) {
    const moved = movedItems(ref.items, run.items);
    return none('order-only', [`${moved} of ${run.items.length} items in another place`]);
  }
  const body = (r: CanonicalRun) => r.items.filter((i) => i.kind !== 'summary');
  const refDistinct = new Set(body(ref).map((i) => i.text));
  const runDistinct = new Set(body(run).map((i) => i.text));
  const sameSet = refDistinct.size === runDistinct.size && [...refDistinct].every((t) => runDistinct.has(t)) && ref.stdout === run.stdout;
  if (!sameSet && sameCounts(lines(ref), lines(run))) {
    const { details } = setDifference(ref, run);
    return none('note-migration', details.map((d) => d.replace(/^(missing|extra): /, (_m, k: string) => (k === 'missing' ? 'lost its place: ' : 'now: '))));
  }
  if (sameSet) {
    const a = countBy(body(ref), (i) => i.text);
    const b = countBy(body(run), (i) => i.text);
    if (!sameCounts(a, b)) {
      const details: string[] = [];
      for (const i of body(run)) {
        const want = a.get(i.text) ?? 0;
        const got = b.get(i.text) ?? 0;
        if (want !== got && !details.some((d) => d.endsWith(i.headline))) details.push(`${got}× instead of ${want}×: ${i.headline}`);
      }
      for (const i of body(ref)) {
        if (!b.has(i.text) && !details.some((d) => d.endsWith(i.headline))) details.push(`0× instead of ${a.get(i.text)}×: ${i.headline}`);
      }
      return none('duplicates', details);
    }
  }
  const { kinds, details } = setDifference(ref, run);
  return { class: 'set-difference', kinds, details };
}

/** How many items of `run` are out of place relative to `ref`: length minus their LCS. */
export function movedItems(ref: readonly CanonicalItem[], run: readonly CanonicalItem[]): number {
  const a = ref.map((i) => i.text);
  const b = run.map((i) => i.text);
  // O(n·m) LCS over item texts; runs have at most a few thousand items.
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    prev = cur;
  }
  return b.length - prev[b.length]!;
}
