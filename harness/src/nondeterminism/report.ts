/**
 * What a nondeterminism hunt reports: per test its label and reason, every distinct output
 * (variant) with its count and rate per thread count, the minimal diff of each against the serial
 * output and the command that reproduces it. Builds the data (JSON-able, schemaVersion 1, stable
 * interface: add fields, never change their meaning) and renders it as Markdown and as the
 * terminal section. Returns values; the caller writes files.
 */
import { canonicalText, type CanonicalRun } from './canonical.js';
import type { RunClass, SetDifferenceKind } from './classify.js';
import { variantDiff } from './diff.js';
import { isNoise, LABELS, type Label, type RunRecord } from './label.js';
import type { QuarantineVerdict } from './quarantine.js';
import type { HuntOutcome } from './runs.js';
import { CONFIDENCE, percent, wilsonInterval, zeroOfNUpperBound } from './stats.js';

export interface RateReport {
  readonly divergent: number;
  readonly runs: number;
  readonly rate: number;
  /** 95% interval of the per-run rate (for 0 divergent: [0, the one-sided upper bound]). */
  readonly low: number;
  readonly high: number;
}

export interface VariantReport {
  /** `serial` for the reference output, then `v1`, `v2`… in order of first appearance. */
  readonly id: string;
  readonly class: RunClass;
  readonly kinds: readonly SetDifferenceKind[];
  readonly details: readonly string[];
  readonly count: number;
  /** Parallel runs per thread count that gave this variant. */
  readonly byThreads: ReadonlyArray<{ readonly threads: number; readonly count: number; readonly runs: number; readonly rate: number }>;
  readonly runIndices: readonly number[];
  /** The first run that gave it: threads, seed, and the command that reproduces it. */
  readonly threads: number;
  readonly seed: number | null;
  readonly command: string;
  readonly ice: string | null;
  /** Variants with the same diagnostics in any order share a content group (`serial` = the serial content). */
  readonly contentGroup: string;
  /** Minimal diff against the serial output (empty for `serial`). */
  readonly diff: string;
}

export interface TimeoutReport {
  readonly run: number;
  readonly threads: number;
  readonly seed: number | null;
  readonly wallMs: number;
  readonly cpuMs: number | null;
  readonly blocked: boolean;
  readonly rerun: { readonly timedOut: boolean; readonly wallMs: number; readonly cpuMs: number | null } | null;
}

export interface TestHunt {
  readonly name: string;
  readonly path: string;
  readonly revision: string | null;
  /**
   * The test's own `-Z threads=N`: hunt commands leave it out (the hunt sets the count, and the
   * serial control must be serial) and add N to the thread counts they cycle through.
   */
  readonly ownThreads: number | null;
  /** Null when the test was not hunted (`skipped` says why). */
  readonly label: Label | null;
  readonly reason: string;
  readonly skipped: string | null;
  readonly stoppedEarly: boolean;
  readonly interrupted: boolean;
  readonly runs: { readonly control: number; readonly parallel: number; readonly reruns: number };
  /** Wall time of the hunt's compiler processes (reruns included). */
  readonly compilerMs: number;
  /** Parallel runs that differ from serial (runs lost to the machine left out). */
  readonly overall: RateReport;
  readonly byThreads: ReadonlyArray<{ readonly threads: number } & RateReport>;
  readonly classes: Readonly<Partial<Record<RunClass, number>>>;
  readonly reference: { readonly code: number | null; readonly signal: string | null; readonly items: number; readonly command: string; readonly output: string } | null;
  readonly distinctOutputs: number;
  readonly distinctContents: number;
  readonly variants: readonly VariantReport[];
  readonly timeouts: readonly TimeoutReport[];
  readonly log: ReadonlyArray<{ readonly index: number; readonly phase: string; readonly threads: number; readonly seed: number | null; readonly class: RunClass; readonly variant: string; readonly wallMs: number }>;
  readonly quarantine: QuarantineVerdict | null;
}

export interface HuntSettingsReport {
  readonly repeat: number;
  readonly threads: readonly number[];
  readonly firstSeed: number | null;
  readonly earlyStop: boolean;
  readonly screen: number;
  readonly controlRuns: number;
  readonly timeoutMs: number;
  readonly coreBudget: number;
}

export interface NondeterminismReport {
  readonly schemaVersion: 1;
  readonly kind: 'weft-nondeterminism';
  readonly compiler: { readonly key: string; readonly path: string; readonly version: string; readonly verboseVersion: string };
  readonly root: string;
  readonly startedAt: string;
  readonly wallMs: number;
  readonly settings: HuntSettingsReport;
  readonly summary: NondeterminismSummary;
  readonly tests: readonly TestHunt[];
  /** Present when the run was interrupted: `tests` holds only the hunts that finished. */
  readonly interrupted?: { readonly selected: number };
}

export interface NondeterminismSummary {
  readonly hunted: number;
  readonly skipped: number;
  readonly labels: Readonly<Record<Label, number>>;
  readonly quarantined: number;
  readonly fixed: number;
  readonly labelChanged: number;
}

const REPORT_OUTPUT_KEEP = 16 * 1024;

function rateOf(divergent: number, runs: number): RateReport {
  if (runs === 0) return { divergent, runs, rate: 0, low: 0, high: 1 };
  if (divergent === 0) return { divergent, runs, rate: 0, low: 0, high: zeroOfNUpperBound(runs, CONFIDENCE) };
  const [low, high] = wilsonInterval(divergent, runs, CONFIDENCE);
  return { divergent, runs, rate: divergent / runs, low, high };
}

/** A test that was not hunted, and why. */
export function skippedHunt(test: { name: string; path: string; revision: string | null }, why: string): TestHunt {
  return {
    ...test, ownThreads: null, label: null, reason: why, skipped: why, stoppedEarly: false, interrupted: false, runs: { control: 0, parallel: 0, reruns: 0 }, compilerMs: 0,
    overall: rateOf(0, 0), byThreads: [], classes: {}, reference: null, distinctOutputs: 0, distinctContents: 0, variants: [], timeouts: [], log: [], quarantine: null,
  };
}

/** The report of one hunted test. */
export function buildTestHunt(test: { name: string; path: string; revision: string | null; ownThreads: number | null }, o: HuntOutcome, quarantine: QuarantineVerdict | null): TestHunt {
  const ref: CanonicalRun | null = o.control[0]?.canonical ?? null;
  const real = o.parallel.filter((r) => !isNoise(r));
  const divergent = (r: RunRecord) => r.classification.class !== 'identical';
  const threadsList = [...new Set(o.parallel.map((r) => r.threads))].sort((a, b) => a - b);
  const byThreads = threadsList.map((t) => {
    const rs = real.filter((r) => r.threads === t);
    return { threads: t, ...rateOf(rs.filter(divergent).length, rs.length) };
  });
  const classes: Partial<Record<RunClass, number>> = {};
  for (const r of o.parallel) classes[r.classification.class] = (classes[r.classification.class] ?? 0) + 1;

  // Variants in order of first appearance; the serial output is `serial` even if no parallel run gave it.
  const ids = new Map<string, string>();
  const groups = new Map<string, string>();
  if (ref) {
    ids.set(ref.fingerprint, 'serial');
    groups.set(ref.contentFingerprint, 'serial');
  }
  const runsOf = new Map<string, RunRecord[]>();
  for (const r of o.parallel) {
    const fp = r.canonical.fingerprint;
    if (!ids.has(fp)) ids.set(fp, `v${[...ids.values()].filter((x) => x !== 'serial').length + 1}`);
    if (!groups.has(r.canonical.contentFingerprint)) groups.set(r.canonical.contentFingerprint, ids.get(fp)!);
    runsOf.set(fp, [...(runsOf.get(fp) ?? []), r]);
  }
  const perThreadRuns = new Map(threadsList.map((t) => [t, o.parallel.filter((r) => r.threads === t).length]));
  const variants: VariantReport[] = [];
  for (const [fp, id] of ids) {
    const rs = runsOf.get(fp) ?? [];
    const first = rs[0];
    if (!first && id !== 'serial') continue;
    const canonical = first?.canonical ?? ref!;
    variants.push({
      id,
      class: first?.classification.class ?? 'identical',
      kinds: first?.classification.kinds ?? [],
      details: first?.classification.details ?? [],
      count: rs.length,
      byThreads: threadsList.map((t) => {
        const count = rs.filter((r) => r.threads === t).length;
        const runs = perThreadRuns.get(t) ?? 0;
        return { threads: t, count, runs, rate: runs === 0 ? 0 : count / runs };
      }),
      runIndices: rs.map((r) => r.index),
      threads: first?.threads ?? 1,
      seed: first?.seed ?? o.control[0]?.seed ?? null,
      command: first?.command ?? o.control[0]!.command,
      ice: canonical.ice,
      contentGroup: groups.get(canonical.contentFingerprint) ?? id,
      diff: ref && first ? variantDiff(ref, canonical, first.classification.class) : '',
    });
  }
  const variantOf = (r: RunRecord) => ids.get(r.canonical.fingerprint) ?? '?';
  const output = ref ? canonicalText(ref) : '';
  return {
    ...test,
    label: o.decision.label,
    reason: o.decision.reason,
    skipped: null,
    stoppedEarly: o.stoppedEarly,
    interrupted: o.interrupted,
    runs: { control: o.control.length, parallel: o.parallel.length, reruns: o.parallel.filter((r) => r.timeout?.rerun).length },
    compilerMs: Math.round([...o.control, ...o.parallel].reduce((ms, r) => ms + r.wallMs + (r.timeout?.rerun?.wallMs ?? 0), 0)),
    overall: rateOf(real.filter(divergent).length, real.length),
    byThreads,
    classes,
    reference: ref ? {
      code: ref.status.code, signal: ref.status.signal, items: ref.items.length, command: o.control[0]!.command,
      output: output.length > REPORT_OUTPUT_KEEP ? `${output.slice(0, REPORT_OUTPUT_KEEP)}\n… (${output.length - REPORT_OUTPUT_KEEP} more characters)` : output,
    } : null,
    distinctOutputs: new Set(o.parallel.map((r) => r.canonical.fingerprint)).size,
    distinctContents: new Set(o.parallel.map((r) => r.canonical.contentFingerprint)).size,
    variants,
    timeouts: [...o.control, ...o.parallel].filter((r) => r.timeout).map((r) => ({ run: r.index, threads: r.threads, seed: r.seed, ...r.timeout! })),
    log: [...o.control, ...o.parallel].map((r) => ({ index: r.index, phase: r.phase, threads: r.threads, seed: r.seed, class: r.classification.class, variant: r.phase === 'control' ? (r.canonical.fingerprint === ref?.fingerprint ? 'serial' : 'control-variant') : variantOf(r), wallMs: Math.round(r.wallMs) })),
    quarantine,
  };
}

export function summarizeHunts(tests: readonly TestHunt[]): NondeterminismSummary {
  const labels = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
  for (const t of tests) if (t.label) labels[t.label]++;
  const q = (k: string) => tests.filter((t) => t.quarantine?.kind === k).length;
  return { hunted: tests.filter((t) => t.label).length, skipped: tests.filter((t) => !t.label).length, labels, quarantined: q('quarantined'), fixed: q('fixed'), labelChanged: q('label-changed') };
}

/** True when the hunt's verdict fails the run: a label other than stable, not covered by the list. */
export function huntFails(t: TestHunt): boolean {
  if (t.label === null || t.label === 'stable' || t.interrupted) return false;
  return t.quarantine?.kind !== 'quarantined';
}

function threadsLine(v: VariantReport): string {
  return v.byThreads.filter((b) => b.runs > 0).map((b) => `t${b.threads} ${b.count}/${b.runs}`).join(', ');
}

function seedPart(seed: number | null): string {
  return seed === null ? '' : `, seed ${seed}`;
}

/** The variant lines of a test for the terminal and the failure message. */
export function describeVariants(t: TestHunt, maxVariants: number): string[] {
  const out: string[] = [];
  const shown = t.variants.filter((v) => v.id !== 'serial' && v.class !== 'identical');
  // Order-only variants of one content group are many and alike: show the first, count the rest.
  const byGroup = new Map<string, VariantReport[]>();
  for (const v of shown) byGroup.set(`${v.contentGroup}/${v.class === 'order-only' ? 'order' : v.id}`, [...(byGroup.get(`${v.contentGroup}/${v.class === 'order-only' ? 'order' : v.id}`) ?? []), v]);
  let n = 0;
  for (const vs of byGroup.values()) {
    if (n++ >= maxVariants) {
      out.push(`… ${byGroup.size - maxVariants} more kinds of variant in the nondeterminism report`);
      break;
    }
    const v = vs[0]!;
    const count = vs.reduce((s, x) => s + x.count, 0);
    const what = v.class === 'order-only' && vs.length > 1 ? `order-only: ${vs.length} distinct orders` : `${v.id} ${v.class}${v.kinds.length > 0 ? ` (${v.kinds.join(', ')})` : ''}`;
    const lines = vs.length > 1 ? `${count} runs` : `${count} run${count === 1 ? '' : 's'} (${threadsLine(v)})`;
    out.push(`${what}: ${lines}${v.details[0] ? `; ${v.details[0]}` : ''}`);
    out.push(`  reproduce (-Zthreads=${v.threads}${seedPart(v.seed)}): ${v.command}`);
  }
  return out;
}

/** The terminal section: counts, then each test that is not stable with its variants. */
export function renderHuntSection(r: { settings: HuntSettingsReport; summary: NondeterminismSummary; tests: readonly TestHunt[] }, files: { md: string; json: string } | null): string {
  const s = r.summary;
  const st = r.settings;
  const out: string[] = [''];
  const seeds = st.firstSeed === null ? 'no schedule seeds' : `schedule seeds from ${st.firstSeed}`;
  out.push(`nondeterminism (--repeat ${st.repeat}: ${st.controlRuns} serial control runs, then up to ${st.repeat} parallel runs at -Zthreads=${st.threads.join(',')}; ${seeds}; core budget ${st.coreBudget}):`);
  const counts = LABELS.filter((l) => s.labels[l] > 0).map((l) => `${s.labels[l]} ${l}`);
  out.push(`    ${s.hunted} test${s.hunted === 1 ? '' : 's'} hunted${counts.length > 0 ? `: ${counts.join(', ')}` : ''}${s.skipped > 0 ? `; ${s.skipped} not hunted` : ''}${s.quarantined > 0 ? `; ${s.quarantined} known nondeterministic` : ''}`);
  const stable = r.tests.filter((t) => t.label === 'stable');
  if (stable.length > 0) {
    const minRuns = Math.min(...stable.map((t) => t.runs.parallel));
    out.push(`    stable: each test gave the serial output in all its parallel runs (${minRuns}+ runs each: per-run divergence rate < ${percent(zeroOfNUpperBound(minRuns))} at 95%)`);
  }
  for (const t of r.tests) {
    if (t.label === null || t.label === 'stable') continue;
    const q = t.quarantine;
    const tag = q?.kind === 'quarantined' ? ` [known nondeterministic: ${q.reason}]` : q?.kind === 'label-changed' ? ` [${q.message}]` : '';
    out.push(`    ${t.name}: ${t.label}${tag}`);
    out.push(`        ${t.reason}`);
    if (t.byThreads.length > 0) out.push(`        divergent per thread count: ${t.byThreads.map((b) => `t${b.threads} ${b.divergent}/${b.runs}`).join(', ')}${t.stoppedEarly ? ' (stopped early: label decided)' : ''}`);
    for (const l of describeVariants(t, 4)) out.push(`        ${l}`);
  }
  for (const t of r.tests.filter((x) => x.quarantine?.kind === 'fixed')) {
    out.push(`    fixed? ${t.name}: ${(t.quarantine as { message: string }).message}`);
  }
  if (files) out.push(`    report: ${files.md} (and .json)`);
  return `${out.join('\n')}\n`;
}

function mdEscape(s: string): string {
  return s.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function fence(text: string): string {
  const ticks = text.includes('```') ? '````' : '```';
  return `${ticks}\n${text.replace(/\n$/, '')}\n${ticks}`;
}

/** The Markdown report (`reports/nondeterminism/<timestamp>.md`). */
export function renderHuntMarkdown(r: NondeterminismReport): string {
  const st = r.settings;
  const out: string[] = [];
  out.push(`# Nondeterminism hunt — ${r.startedAt}`, '');
  out.push(`- compiler: ${r.compiler.version} (\`${r.compiler.path}\`)`);
  out.push(`- suite: \`${r.root}\``);
  out.push(`- runs per test: ${st.controlRuns} serial control runs, then a screen of ${st.screen} and up to ${st.repeat} parallel runs in all, cycling -Zthreads=${st.threads.join(', ')}${st.firstSeed === null ? '' : `, schedule seed = ${st.firstSeed} + run index`}; ${st.earlyStop ? 'stops once the label is decided' : 'always all runs'}`);
  out.push(`- timeout ${st.timeoutMs / 1000} s per run; core budget ${st.coreBudget} (a compile at -Zthreads=T takes min(T, budget))`);
  out.push(`- wall time ${(r.wallMs / 1000).toFixed(1)} s`);
  if (r.interrupted) out.push(`- **interrupted**: ${r.tests.length} of ${r.interrupted.selected} selected tests finished their hunt; the others are not in this report`);
  out.push('');
  const s = r.summary;
  out.push('| label | tests |', '|---|---|');
  for (const l of LABELS) out.push(`| ${l} | ${s.labels[l]} |`);
  out.push(`| (not hunted) | ${s.skipped} |`, '');
  out.push('## All tests', '', '| test | label | parallel runs | differ from serial | per thread count | distinct outputs |', '|---|---|---|---|---|---|');
  for (const t of r.tests) {
    if (t.label === null) {
      out.push(`| ${mdEscape(t.name)} | not hunted: ${mdEscape(t.skipped ?? '')} | | | | |`);
      continue;
    }
    const rate = t.overall.divergent === 0 ? `0 (< ${percent(t.overall.high)})` : `${t.overall.divergent} (${percent(t.overall.rate)})`;
    out.push(`| ${mdEscape(t.name)} | ${t.label} | ${t.runs.parallel} | ${rate} | ${t.byThreads.map((b) => `t${b.threads} ${b.divergent}/${b.runs}`).join(', ')} | ${t.distinctOutputs} |`);
  }
  out.push('');
  for (const t of r.tests) {
    if (t.label === null || t.label === 'stable') continue;
    out.push(`## ${t.name}: ${t.label}`, '');
    out.push(t.reason, '');
    if (t.ownThreads !== null) out.push(`The test sets \`-Z threads=${t.ownThreads}\` itself: the hunt's commands leave it out (so the serial control is serial) and cycle through ${t.ownThreads} as well.`, '');
    if (t.quarantine && t.quarantine.kind !== 'unlisted') out.push(`Known nondeterministic (${t.quarantine.kind}): ${t.quarantine.reason}`, '');
    if (t.reference) out.push(`Serial reference: exit status ${t.reference.code ?? t.reference.signal}, ${t.reference.items} items; \`${t.reference.command}\``, '');
    out.push('| variant | class | runs | per thread count | first run |', '|---|---|---|---|---|');
    for (const v of t.variants) {
      out.push(`| ${v.id} | ${v.class}${v.kinds.length > 0 ? ` (${v.kinds.join(', ')})` : ''} | ${v.count} | ${v.byThreads.map((b) => `t${b.threads} ${b.count}/${b.runs} (${percent(b.rate)})`).join(', ')} | ${v.runIndices[0] ?? '-'} |`);
    }
    out.push('');
    for (const v of t.variants) {
      if (v.id === 'serial' || v.class === 'identical') continue;
      out.push(`### ${v.id}: ${v.class}, ${v.count} run${v.count === 1 ? '' : 's'}`, '');
      for (const d of v.details.slice(0, 10)) out.push(`- ${d}`);
      if (v.details.length > 10) out.push(`- … ${v.details.length - 10} more`);
      out.push('', `Reproduce (-Zthreads=${v.threads}${seedPart(v.seed)}):`, '', fence(v.command), '');
      if (v.diff !== '') out.push(fence(v.diff), '');
    }
    if (t.timeouts.length > 0) {
      out.push('Timeouts:', '');
      for (const x of t.timeouts) out.push(`- run ${x.run} (-Zthreads=${x.threads}${seedPart(x.seed)}): ${(x.wallMs / 1000).toFixed(1)} s wall, CPU ${x.cpuMs === null ? 'unknown' : `${(x.cpuMs / 1000).toFixed(2)} s`}${x.blocked ? ' (blocked)' : ''}${x.rerun ? `; rerun alone: ${x.rerun.timedOut ? 'timed out again' : `finished in ${(x.rerun.wallMs / 1000).toFixed(1)} s`}` : ''}`);
      out.push('');
    }
  }
  const fixed = r.tests.filter((t) => t.quarantine?.kind === 'fixed');
  if (fixed.length > 0) {
    out.push('## Known nondeterministic entries that did not reproduce', '');
    for (const t of fixed) out.push(`- ${t.name}: ${(t.quarantine as { message: string }).message}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/** A file-name-safe timestamp: `2026-11-21T07-22-52Z`. */
export function reportStamp(d: Date): string {
  return d.toISOString().replace(/\.\d+Z$/, 'Z').replaceAll(':', '-');
}
