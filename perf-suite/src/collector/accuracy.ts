/**
 * The collector's own accuracy: repeated comparisons of one compiler against itself through a
 * wrapper that injects a known slowdown (slowdown-wrapper.sh). With 0‰ this is an A/A comparison,
 * which should report no relevant change; with a real slowdown it should report a relevant
 * regression. The smallest injected change flagged in at least 19 of 20 runs is what the collector
 * can see on this machine.
 *
 * Owns: the accuracy experiment. Must not: print (results are returned).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { testCaseId } from '../analysis/compare.js';
import { buildReport, type ArtifactInfo } from '../analysis/report.js';
import { median } from '../analysis/stats.js';
import { openDatabase } from '../db/connection.js';
import { PerfStore } from '../db/queries.js';
import { VERDICT_METRIC } from '../metrics.js';
import type { Artifact } from './artifacts.js';
import { SCENARIOS, type Benchmark } from './benchmarks.js';
import { collect, planTestCases, type CollectOptions, type Side } from './execute.js';
import type { MeasureTools } from './measure.js';

/** The wrapper script, found beside this module in the sources or from the bundle. */
export function slowdownWrapper(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const p of [join(here, 'slowdown-wrapper.sh'), join(here, '..', 'src', 'collector', 'slowdown-wrapper.sh')]) if (existsSync(p)) return p;
  throw new Error('slowdown-wrapper.sh not found beside the collector');
}

/** `artifact` run through the wrapper with an injected slowdown of `permille` ‰. */
export function wrapped(artifact: Artifact, permille: number): Artifact {
  const name = `${artifact.record.name} +${permille}‰`;
  return {
    ...artifact,
    label: `${artifact.label}+${permille}permille`,
    compiler: slowdownWrapper(),
    env: { ...artifact.env, WEFT_WRAPPED_COMPILER: artifact.compiler, WEFT_SLOWDOWN_PERMILLE: String(permille) },
    record: { ...artifact.record, name },
  };
}

export interface AccuracyOptions {
  artifact: Artifact;
  benchmarks: readonly Benchmark[];
  threads: readonly number[];
  iterations: number;
  runs: number;
  /** Injected slowdowns in ‰; 0 is the A/A case. */
  changes: readonly number[];
  tools: MeasureTools;
  timeoutMs: number;
  onRun?: (change: number, run: number) => void;
  /** Replaces the clock (tests only, see CollectOptions.measure). */
  measure?: CollectOptions['measure'];
}

export interface AccuracyRow {
  /** Injected slowdown, ‰. */
  change: number;
  runs: number;
  /** Runs whose verdict metric had a relevant regression. */
  flaggedRegression: number;
  /** Runs with any relevant change of the verdict metric (regression or improvement). */
  flaggedAny: number;
  /** Median over runs and test cases of the measured relative change. */
  measuredChange: number;
  testCases: number;
  failedTestCases: number;
}

export async function measureAccuracy(o: AccuracyOptions): Promise<AccuracyRow[]> {
  const plan = planTestCases(o.benchmarks, ['check'], SCENARIOS, o.threads);
  const rows: AccuracyRow[] = [];
  for (const change of o.changes) {
    const row: AccuracyRow = { change, runs: 0, flaggedRegression: 0, flaggedAny: 0, measuredChange: Number.NaN, testCases: plan.length, failedTestCases: 0 };
    const changes: number[] = [];
    const baseline = wrapped(o.artifact, 0);
    const candidate = change === 0 ? baseline : wrapped(o.artifact, change);
    for (let r = 0; r < o.runs; r++) {
      o.onRun?.(change, r);
      // A fresh database per run: the runs are independent trials, without history thresholds.
      const store = new PerfStore(openDatabase(':memory:'));
      const sides: [Side, Side] = [
        { role: 'baseline', artifact: baseline, selfProfile: false },
        { role: 'candidate', artifact: candidate, selfProfile: false },
      ];
      const run = await collect(store, sides, plan, { iterations: o.iterations, timeoutMs: o.timeoutMs, resume: false, tools: o.tools, host: 'accuracy', ...(o.measure ? { measure: o.measure } : {}) }, () => undefined);
      const info = (role: 'baseline' | 'candidate', a: Artifact): ArtifactInfo => ({
        role, spec: a.spec, label: a.label, name: a.record.name, kind: a.record.kind, commitSha: null, dirty: false, version: null, family: a.family,
      });
      const ids = { baseline: store.upsertArtifact(baseline.record), candidate: store.upsertArtifact(candidate.record) };
      const report = buildReport({
        store, run, artifacts: { baseline: info('baseline', baseline), candidate: info('candidate', candidate) }, artifactIds: ids,
        settings: { iterations: o.iterations, threads: [...o.threads], profiles: ['check'], scenarios: [...SCENARIOS] }, notes: [],
        testCaseIds: plan.map((t) => testCaseId(t.key)),
      });
      store.db.close();
      const s = report.summaries[VERDICT_METRIC];
      row.runs++;
      if (s && s.primary.regressions.count + s.secondary.regressions.count > 0) row.flaggedRegression++;
      if (s && s.primary.all.count + s.secondary.all.count > 0) row.flaggedAny++;
      row.failedTestCases += report.testCases.filter((tc) => Object.keys(tc.errors).length > 0).length;
      for (const tc of report.testCases) {
        const c = tc.metrics[VERDICT_METRIC];
        if (c) changes.push(c.change);
      }
    }
    row.measuredChange = median(changes);
    rows.push(row);
  }
  return rows;
}

/** The smallest injected change flagged as a regression in at least 95% of the runs. */
export function smallestReliableChange(rows: readonly AccuracyRow[]): number | null {
  const ok = rows.filter((r) => r.change > 0 && r.flaggedRegression >= Math.ceil(0.95 * r.runs)).map((r) => r.change);
  return ok.length ? Math.min(...ok) : null;
}
