/**
 * Labels a test from its classified runs, and says whether more runs could still change the label
 * (the stopping rule). Labels, by precedence: `infrastructure-flaky` when the serial control itself
 * cannot be trusted; then `parallel-ice` > `parallel-hang` > `nondeterministic-content` >
 * `nondeterministic-order` > `parallel-only-failure` > `infrastructure-flaky` (machine trouble in
 * the parallel runs) > `stable` (parallel-rustc.md §9(b)). Pure.
 */
import type { CanonicalRun } from './canonical.js';
import { CONTENT_CLASSES, type Classification, type RunClass } from './classify.js';
import { describeRate, percent } from './stats.js';

export const LABELS = ['stable', 'nondeterministic-order', 'nondeterministic-content', 'parallel-ice', 'parallel-hang', 'parallel-only-failure', 'infrastructure-flaky'] as const;
export type Label = (typeof LABELS)[number];

export type Phase = 'control' | 'screen' | 'confirm';

/** What the harness learnt from a timed-out run. */
export interface TimeoutInfo {
  readonly wallMs: number;
  /** CPU time of the process group when it was killed; null when it could not be read. */
  readonly cpuMs: number | null;
  /** CPU time stayed near zero: every thread was waiting (a deadlock candidate). */
  readonly blocked: boolean;
  /** The same command run again alone with 4x the timeout (not done for blocked runs). */
  readonly rerun: { readonly timedOut: boolean; readonly wallMs: number; readonly cpuMs: number | null } | null;
}

export interface RunRecord {
  /** 0-based over the whole hunt: control runs first. */
  readonly index: number;
  readonly phase: Phase;
  /** -Zthreads of the run (1 for the serial control). */
  readonly threads: number;
  readonly seed: number | null;
  readonly canonical: CanonicalRun;
  /** Against the first control run (for control runs: against control run 0). */
  readonly classification: Classification;
  readonly timeout: TimeoutInfo | null;
  readonly wallMs: number;
  /** The command that reproduces the run, as a shell line. */
  readonly command: string;
}

export interface LabelDecision {
  readonly label: Label;
  readonly reason: string;
  /** No further run can change the label (or the budget is spent). */
  readonly decided: boolean;
}

export interface StopRule {
  /** K: the most parallel runs a test gets. */
  readonly repeat: number;
  /** The screening phase: no early decision before this many parallel runs. */
  readonly screen: number;
  /** Stop as soon as the label is decided (false: always run K). */
  readonly earlyStop: boolean;
}

/** Screening runs for K: 10, or K when smaller (parallel-rustc.md §9(b)). */
export function screenSize(repeat: number): number {
  return Math.min(10, repeat);
}

/** A timed-out run that points at the compiler (a hang), rather than at a slow machine. */
export function isHang(r: RunRecord): boolean {
  return r.timeout !== null && (r.timeout.blocked || (r.timeout.rerun !== null && r.timeout.rerun.timedOut));
}

/** A parallel run that says nothing about the compiler: infrastructure, or a timeout that finished when rerun alone. */
export function isNoise(r: RunRecord): boolean {
  return r.classification.class === 'infrastructure' || (r.classification.class === 'timeout' && !isHang(r));
}

function tally(runs: readonly RunRecord[], key: (r: RunRecord) => string): string {
  const m = new Map<string, number>();
  for (const r of runs) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
  return [...m].map(([k, n]) => `${k} (×${n})`).join('; ');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 0)} s`;
}

/** The label of a test after `control` and `parallel` runs, and whether it is decided. */
export function decideLabel(control: readonly RunRecord[], parallel: readonly RunRecord[], rule: StopRule): LabelDecision {
  const n = parallel.length;
  const done = n >= rule.repeat;
  const early = (min: number) => done || (rule.earlyStop && n >= min);
  const controlInfra = control.find((r) => r.canonical.infra !== null);
  if (controlInfra) return { label: 'infrastructure-flaky', reason: `the serial control could not run: ${controlInfra.canonical.infra}`, decided: true };
  const controlTimeout = control.find((r) => r.canonical.timedOut);
  if (controlTimeout) return { label: 'infrastructure-flaky', reason: `the serial control timed out after ${seconds(controlTimeout.wallMs)}: raise --timeout`, decided: true };
  const controlPrints = new Set(control.map((r) => r.canonical.fingerprint));
  if (controlPrints.size > 1) {
    const odd = control.find((r) => r.classification.class !== 'identical')!;
    return { label: 'infrastructure-flaky', reason: `the serial control varies: ${controlPrints.size} distinct outputs in ${control.length} runs (run ${odd.index}: ${odd.classification.class}); this is not the parallel front end`, decided: true };
  }
  const ices = parallel.filter((r) => r.classification.class === 'ice');
  if (ices.length > 0) {
    return { label: 'parallel-ice', reason: `${describeRate(ices.length, n)} crashed: ${tally(ices, (r) => r.canonical.ice ?? 'ICE')}`, decided: early(rule.screen) };
  }
  const hangs = parallel.filter(isHang);
  if (hangs.length > 0) {
    const h = hangs[0]!;
    const cpu = h.timeout!.cpuMs === null ? 'CPU time unknown' : `CPU ${seconds(h.timeout!.cpuMs)}`;
    const why = h.timeout!.blocked ? `every thread waited (${cpu} in ${seconds(h.timeout!.wallMs)}): a deadlock candidate` : `it timed out again when run alone with 4× the timeout (${cpu})`;
    return { label: 'parallel-hang', reason: `${hangs.length} of ${n} runs hung at -Zthreads=${h.threads}${h.seed !== null ? ` (seed ${h.seed})` : ''}: ${why}`, decided: true };
  }
  const noise = parallel.filter(isNoise);
  const real = parallel.filter((r) => !isNoise(r));
  const divergent = real.filter((r) => r.classification.class !== 'identical');
  const distinct = new Set(real.map((r) => r.canonical.fingerprint));
  const noiseNote = noise.length > 0 ? `; ${noise.length} run(s) lost to the machine: ${tally(noise, (r) => (r.classification.class === 'timeout' ? 'timed out, finished when rerun alone' : r.classification.details[0] ?? 'infrastructure'))}` : '';
  if (distinct.size >= 2) {
    const content = divergent.filter((r) => CONTENT_CLASSES.has(r.classification.class));
    if (content.length > 0) {
      return { label: 'nondeterministic-content', reason: `${describeRate(divergent.length, real.length)} differ from serial, ${content.length} in content: ${tally(content, (r) => r.classification.class)}${noiseNote}`, decided: early(rule.screen) };
    }
    // Order-only so far: keep going, a rarer content difference may still show up.
    return { label: 'nondeterministic-order', reason: `${describeRate(divergent.length, real.length)} differ from serial, all in order only (benign under --parallel-compare sorted)${noiseNote}`, decided: done };
  }
  if (divergent.length > 0) {
    const cls: RunClass = divergent[0]!.classification.class;
    return { label: 'parallel-only-failure', reason: `all ${real.length} runs agree with each other but differ from serial (${cls}${divergent[0]!.classification.details[0] ? `: ${divergent[0]!.classification.details[0]}` : ''})${noiseNote}`, decided: done };
  }
  if (noise.length > 0) {
    return { label: 'infrastructure-flaky', reason: `every run that finished gave the serial output${noiseNote}`, decided: done };
  }
  return { label: 'stable', reason: `no parallel run differs from serial: ${describeRate(0, n)}`, decided: done };
}

/** `7/10` style count per thread count, for one-line summaries: `t4 3/10 (30%), t8 4/10 (40%)`. */
export function perThreads(runs: readonly RunRecord[], pick: (r: RunRecord) => boolean): string {
  const by = new Map<number, { k: number; n: number }>();
  for (const r of runs) {
    const e = by.get(r.threads) ?? { k: 0, n: 0 };
    e.n++;
    if (pick(r)) e.k++;
    by.set(r.threads, e);
  }
  return [...by].sort((a, b) => a[0] - b[0]).map(([t, { k, n }]) => `t${t} ${k}/${n} (${percent(k / n)})`).join(', ');
}
