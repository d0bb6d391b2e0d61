/**
 * Builds the report model from a finished (or resumed) run in the database: per test case and
 * metric the comparison, the error rows, the primary/secondary summaries, the verdict, the
 * thread-scaling table and the phase breakdown. Every renderer (md, html, json, charts) reads this
 * model and nothing else.
 *
 * Owns: the Report type (report.json schemaVersion 1) and its assembly. Must not: measure, render.
 */
import { cpus, hostname, release, type as osType } from 'node:os';
import { isPhaseMetric, SUMMARY_METRICS, VERDICT_METRIC, type MetricName } from '../metrics.js';
import type { PerfStore, Role, RunHandle } from '../db/queries.js';
import { compareMetric, summarizeSamples, testCaseId, type Category, type MetricComparison, type SampleSummary, type TestCaseKey } from './compare.js';
import { DEFAULT_BOOTSTRAP, median } from './stats.js';
import { SPREAD_FACTOR } from './significance.js';
import { summarizeMetric, verdictOf, type MetricSummary, type Verdict } from './summary.js';

export const REPORT_SCHEMA_VERSION = 1;

export interface ArtifactInfo {
  role: Role;
  spec: string;
  label: string;
  name: string;
  kind: 'commit' | 'toolchain';
  commitSha: string | null;
  dirty: boolean;
  version: string | null;
  family: 'weft' | 'rustc';
}

export interface SideError {
  status: number | null;
  message: string;
  detail: string;
}

export interface TestCaseReport extends TestCaseKey {
  id: string;
  category: Category;
  /** Comparisons of the metrics both sides measured. */
  metrics: Partial<Record<MetricName, MetricComparison>>;
  /** Per side, each metric's samples (also when the other side failed). */
  samples: Record<Role, Partial<Record<MetricName, SampleSummary>>>;
  errors: Partial<Record<Role, SideError>>;
}

export interface ScalingRow {
  benchmark: string;
  profile: string;
  scenario: string;
  threads: number;
  /** Median wall time per side, null when that side failed. */
  wallTime: Record<Role, number | null>;
  /** Wall time at the smallest thread count / wall time here, per side. */
  speedup: Record<Role, number | null>;
}

export interface PhaseRow extends TestCaseKey {
  role: Role;
  /** Phase name → seconds, from the warm-up run's self-profile. */
  phases: Record<string, number>;
}

export interface Settings {
  iterations: number;
  threads: number[];
  profiles: string[];
  scenarios: string[];
  confidence: number;
  bootstrapResamples: number;
  spreadFactor: number;
  verdictMetric: MetricName;
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  generatedAt: string;
  runId: number;
  resumed: boolean;
  baseline: ArtifactInfo;
  candidate: ArtifactInfo;
  machine: { host: string; cpus: number; cpuModel: string; os: string; node: string };
  settings: Settings;
  verdict: Verdict;
  /** Summary per metric that was measured on both sides (wall-time first). */
  summaries: Partial<Record<MetricName, MetricSummary>>;
  testCases: TestCaseReport[];
  scaling: ScalingRow[];
  phases: PhaseRow[];
  /** Why some metrics are absent on this machine, and other facts a reader needs. */
  notes: string[];
  charts: { file: string; title: string }[];
}

export interface ReportInput {
  store: PerfStore;
  run: RunHandle;
  artifacts: Record<Role, ArtifactInfo>;
  artifactIds: Record<Role, number>;
  settings: Omit<Settings, 'confidence' | 'bootstrapResamples' | 'spreadFactor' | 'verdictMetric'>;
  notes: string[];
  /** Restricts the report to these test cases (the plan); all of the run's otherwise. */
  testCaseIds?: readonly string[];
}

const ROLES: readonly Role[] = ['baseline', 'candidate'];

export function buildReport(input: ReportInput): Report {
  const { store, run } = input;
  const categories = store.benchmarkCategories();
  const byCase = new Map<string, TestCaseReport>();
  const values = new Map<string, Map<MetricName, Record<Role, number[]>>>();
  const phases: PhaseRow[] = [];
  const wanted = input.testCaseIds ? new Set(input.testCaseIds) : null;

  const entry = (k: TestCaseKey): TestCaseReport | null => {
    const id = testCaseId(k);
    if (wanted && !wanted.has(id)) return null;
    let tc = byCase.get(id);
    if (!tc) {
      tc = {
        benchmark: k.benchmark, profile: k.profile, scenario: k.scenario, threads: k.threads, id,
        category: categories.get(k.benchmark) ?? 'secondary', metrics: {}, samples: { baseline: {}, candidate: {} }, errors: {},
      };
      byCase.set(id, tc);
    }
    return tc;
  };

  for (const role of ROLES) {
    const phaseByCase = new Map<string, PhaseRow>();
    for (const row of store.statistics(run.collections[role])) {
      const tc = entry(row);
      if (!tc) continue;
      if (row.iteration === 0) {
        if (!isPhaseMetric(row.metric)) continue;
        let p = phaseByCase.get(tc.id);
        if (!p) phaseByCase.set(tc.id, (p = { benchmark: tc.benchmark, profile: tc.profile, scenario: tc.scenario, threads: tc.threads, role, phases: {} }));
        p.phases[row.metric.slice('phase:'.length)] = row.value;
        continue;
      }
      let perMetric = values.get(tc.id);
      if (!perMetric) values.set(tc.id, (perMetric = new Map()));
      let v = perMetric.get(row.metric);
      if (!v) perMetric.set(row.metric, (v = { baseline: [], candidate: [] }));
      v[role].push(row.value);
    }
    phases.push(...phaseByCase.values());
    for (const e of store.errors(run.collections[role])) {
      const tc = entry(e);
      if (tc) tc.errors[role] = { status: e.status, message: e.message, detail: e.detail };
    }
  }

  for (const [id, perMetric] of values) {
    const tc = byCase.get(id)!;
    for (const [metric, v] of perMetric) {
      for (const role of ROLES) if (v[role].length > 0) tc.samples[role][metric] = summarizeSamples(v[role]);
      // A side that failed part-way is an error row, not half a comparison.
      if (v.baseline.length === 0 || v.candidate.length === 0 || tc.errors.baseline || tc.errors.candidate) continue;
      const history = ROLES.map((role) =>
        store.sameArtifactHistory(input.artifactIds[role], tc, metric, run.runId).map((collection) => median(collection)),
      );
      // The same artifact on both sides (A/A): one history, not two copies of it.
      const series = input.artifactIds.baseline === input.artifactIds.candidate ? [history[0]!] : history;
      tc.metrics[metric] = compareMetric(tc, metric, v.baseline, v.candidate, series);
    }
  }

  const testCases = [...byCase.values()].sort((a, b) => a.id.localeCompare(b.id, 'en') || a.threads - b.threads);
  const summaries: Report['summaries'] = {};
  for (const metric of SUMMARY_METRICS) {
    const items = testCases.flatMap((tc) => (tc.metrics[metric] ? [{ category: tc.category, comparison: tc.metrics[metric]! }] : []));
    if (items.length > 0) summaries[metric] = summarizeMetric(items);
  }
  const failedBenchmarks = new Set(testCases.filter((tc) => Object.keys(tc.errors).length > 0).map((tc) => tc.benchmark)).size;
  const verdictSummary = summaries[VERDICT_METRIC] ?? summarizeMetric([]);
  const cpuList = cpus();
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: new Date().toISOString(),
    runId: run.runId,
    resumed: run.resumed,
    baseline: input.artifacts.baseline,
    candidate: input.artifacts.candidate,
    machine: { host: hostname(), cpus: cpuList.length, cpuModel: cpuList[0]?.model.trim() ?? 'unknown', os: `${osType()} ${release()}`, node: process.version },
    settings: {
      ...input.settings,
      confidence: DEFAULT_BOOTSTRAP.confidence,
      bootstrapResamples: DEFAULT_BOOTSTRAP.resamples,
      spreadFactor: SPREAD_FACTOR,
      verdictMetric: VERDICT_METRIC,
    },
    verdict: verdictOf(verdictSummary, failedBenchmarks),
    summaries,
    testCases,
    scaling: scalingRows(testCases),
    phases: phases.sort((a, b) => testCaseId(a).localeCompare(testCaseId(b), 'en') || a.role.localeCompare(b.role)),
    notes: input.notes,
    charts: [],
  };
}

/** Speedup of each side against its own smallest thread count, per benchmark/profile/scenario. */
export function scalingRows(testCases: readonly TestCaseReport[]): ScalingRow[] {
  const groups = new Map<string, TestCaseReport[]>();
  for (const tc of testCases) {
    const k = `${tc.benchmark}/${tc.profile}/${tc.scenario}`;
    const list = groups.get(k) ?? [];
    list.push(tc);
    groups.set(k, list);
  }
  const rows: ScalingRow[] = [];
  for (const list of groups.values()) {
    if (new Set(list.map((t) => t.threads)).size < 2) continue;
    list.sort((a, b) => a.threads - b.threads);
    const wall = (tc: TestCaseReport, role: Role) => (tc.errors[role] ? null : (tc.samples[role]['wall-time']?.median ?? null));
    const base = { baseline: wall(list[0]!, 'baseline'), candidate: wall(list[0]!, 'candidate') };
    for (const tc of list) {
      const w = { baseline: wall(tc, 'baseline'), candidate: wall(tc, 'candidate') };
      rows.push({
        benchmark: tc.benchmark, profile: tc.profile, scenario: tc.scenario, threads: tc.threads, wallTime: w,
        speedup: {
          baseline: base.baseline !== null && w.baseline !== null ? base.baseline / w.baseline : null,
          candidate: base.candidate !== null && w.candidate !== null ? base.candidate / w.candidate : null,
        },
      });
    }
  }
  return rows;
}
