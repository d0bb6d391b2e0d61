/**
 * The words and tables that report.md and report.html share, computed once from the report model:
 * the verdict explanation, the rustc-perf summary table rows, the largest changes, thread scaling,
 * failures and phases. Renderers only lay these out.
 *
 * Owns: what each table says. Must not: produce markup (md or html).
 */
import type { MetricComparison } from '../analysis/compare.js';
import type { Report, TestCaseReport } from '../analysis/report.js';
import type { ChangeStats, MetricSummary } from '../analysis/summary.js';
import type { Role } from '../db/queries.js';
import { formatChange, formatValue, metricInfo, SUMMARY_METRICS, VERDICT_METRIC, type MetricName } from '../metrics.js';

/** rustc-perf's summary percentages: one decimal, as in the PR comment. */
export function pct1(x: number | null): string {
  if (x === null) return '-';
  return `${(x * 100).toFixed(1)}%`;
}

export function rangeText(s: ChangeStats): string {
  return s.count === 0 ? '-' : `[${pct1(s.min)}, ${pct1(s.max)}]`;
}

export interface SummaryRow {
  label: string;
  mean: string;
  range: string;
  count: string;
}

/** The five rows of rustc-perf's summary table. */
export function summaryRows(s: MetricSummary): SummaryRow[] {
  const row = (label: string, c: ChangeStats): SummaryRow => ({ label, mean: pct1(c.mean), range: rangeText(c), count: String(c.count) });
  return [
    row('Regressions ❌ (primary)', s.primary.regressions),
    row('Regressions ❌ (secondary)', s.secondary.regressions),
    row('Improvements ✅ (primary)', s.primary.improvements),
    row('Improvements ✅ (secondary)', s.secondary.improvements),
    row('All ❌✅ (primary)', s.primary.all),
  ];
}

export function summaryHeadline(s: MetricSummary): string {
  return `primary ${pct1(s.primary.all.mean ?? 0)}, secondary ${pct1(s.secondary.all.mean ?? 0)}`;
}

export const VERDICT_METRIC_NOTE =
  'The verdict is decided by **wall time**. rustc-perf decides by instructions:u, but instruction counts go up with ' +
  '-Zthreads while wall time goes down, so instructions cannot judge a parallel front end; and `perf stat` ' +
  'cannot count instructions on every machine. Wall time is noisier, so every test case gets its own noise ' +
  'threshold from the spread of its samples (and from earlier runs of the same artifact when the database has them).';

export function metricBlurb(metric: MetricName): string {
  return metric === VERDICT_METRIC
    ? 'Used to determine the overall result above. Measured around the compiler process alone; noisier than instruction counts.'
    : 'A less reliable metric. May be of interest, but not used to determine the overall result above.';
}

/** The summary metrics in report order, with why a metric is absent. */
export function metricSections(report: Report): { metric: MetricName; title: string; summary: MetricSummary | null; absent: string | null }[] {
  return SUMMARY_METRICS.map((metric) => {
    const summary = report.summaries[metric] ?? null;
    const measured = report.testCases.some((tc) => tc.samples.baseline[metric] || tc.samples.candidate[metric]);
    let absent: string | null = null;
    if (!summary) {
      absent = measured
        ? 'No test case was measured on both sides.'
        : (report.notes.find((n) => n.includes(metric)) ?? 'Not recorded in this run.');
    }
    return { metric, title: metricInfo(metric).title, summary, absent };
  });
}

export interface ChangeRow {
  tc: TestCaseReport;
  c: MetricComparison;
  mark: string;
  cells: { benchmark: string; profile: string; threads: string; baseline: string; candidate: string; change: string; ci: string; threshold: string; factor: string; magnitude: string };
}

/** Test cases of one metric ordered by |change|, largest first. */
export function largestChanges(report: Report, metric: MetricName, limit: number): ChangeRow[] {
  return report.testCases
    .flatMap((tc) => (tc.metrics[metric] ? [{ tc, c: tc.metrics[metric]! }] : []))
    .sort((a, b) => Math.abs(b.c.change) - Math.abs(a.c.change) || a.tc.id.localeCompare(b.tc.id, 'en'))
    .slice(0, limit)
    .map(({ tc, c }) => ({
      tc,
      c,
      mark: c.relevant ? (c.change > 0 ? '❌' : '✅') : c.significant ? '~' : '',
      cells: {
        benchmark: `${tc.benchmark}${tc.category === 'secondary' ? ' (secondary)' : ''}`,
        profile: tc.profile,
        threads: String(tc.threads),
        baseline: formatValue(metric, c.baseline.median),
        candidate: formatValue(metric, c.candidate.median),
        change: formatChange(c.change),
        ci: `[${formatChange(c.ciLow)}, ${formatChange(c.ciHigh)}]`,
        threshold: formatChange(c.threshold).replace('+', ''),
        factor: `${c.significanceFactor.toFixed(2)}x`,
        magnitude: c.magnitude,
      },
    }));
}

export interface FailureRow {
  benchmark: string;
  profile: string;
  threads: number;
  role: Role;
  artifact: string;
  message: string;
  detail: string;
}

export function failureRows(report: Report): FailureRow[] {
  const rows: FailureRow[] = [];
  for (const tc of report.testCases) {
    for (const role of ['baseline', 'candidate'] as const) {
      const e = tc.errors[role];
      if (e) rows.push({ benchmark: tc.benchmark, profile: tc.profile, threads: tc.threads, role, artifact: report[role].label, message: e.message, detail: e.detail });
    }
  }
  return rows;
}

/** "weftc worktree (a1b2c3d4e5f6-dirty-…)" */
export function artifactTitle(report: Report, role: Role): string {
  const a = report[role];
  if (a.family === 'rustc') return a.version ?? a.name;
  return a.label === a.name ? `weftc ${a.name}` : `weftc ${a.label} (${a.name})`;
}

/** A side's column heading: its label, or label and role when both sides share it (A/A). */
export function sideHeading(report: Report, role: Role): string {
  return report.baseline.label === report.candidate.label ? `${report[role].label} (${role})` : report[role].label;
}

export function speedupText(x: number | null): string {
  return x === null ? 'failed' : `${x.toFixed(2)}x`;
}

export function wallText(x: number | null): string {
  return x === null ? 'failed' : formatValue('wall-time', x);
}

/** Phase names in a stable order (by total time, largest first). */
export function phaseNames(report: Report): string[] {
  const totals = new Map<string, number>();
  for (const p of report.phases) for (const [k, v] of Object.entries(p.phases)) totals.set(k, (totals.get(k) ?? 0) + v);
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en')).map(([k]) => k);
}

export function testCaseCounts(report: Report): { total: number; compared: number; failed: number } {
  const total = report.testCases.length;
  const compared = report.testCases.filter((tc) => tc.metrics[VERDICT_METRIC]).length;
  const failed = report.testCases.filter((tc) => Object.keys(tc.errors).length > 0).length;
  return { total, compared, failed };
}
