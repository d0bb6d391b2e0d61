/**
 * Writes a report folder: report.md, report.html, report.json and charts/*.png, each file atomically
 * (temp file + rename), so a reader never sees half a report.
 *
 * Owns: the report folder layout and chart selection. Must not: compute statistics.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Report } from '../analysis/report.js';
import type { HistoryPoint } from '../db/queries.js';
import type { TestCaseKey } from '../analysis/compare.js';
import { VERDICT_METRIC, SUMMARY_METRICS, type MetricName } from '../metrics.js';
import { changeChart, historyChart, phaseChart, scalingChart } from './charts.js';
import { renderHtml } from './report-html.js';
import { renderJson } from './report-json.js';
import { renderMarkdown } from './report-md.js';

export function writeFileAtomic(path: string, data: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** History charts of the benchmarks that have at least two stored commits. */
export function historyCharts(metric: MetricName, points: readonly (HistoryPoint & TestCaseKey)[]): Map<string, { title: string; png: Buffer }> {
  const out = new Map<string, { title: string; png: Buffer }>();
  const benchmarks = [...new Set(points.map((p) => p.benchmark))].sort();
  for (const b of benchmarks) {
    const commits = new Set(points.filter((p) => p.benchmark === b).map((p) => p.artifact));
    if (commits.size < 2) continue;
    out.set(`charts/history-${b}.png`, { title: `History of ${b}`, png: historyChart(b, metric, points) });
  }
  return out;
}

/** Renders every chart, fills `report.charts`, and writes the folder. Returns the files written. */
export function writeReport(dir: string, report: Report, history: readonly (HistoryPoint & TestCaseKey)[]): string[] {
  const charts = new Map<string, Buffer>();
  const add = (file: string, title: string, png: Buffer) => {
    charts.set(file, png);
    report.charts.push({ file, title });
  };
  for (const metric of SUMMARY_METRICS) {
    if (metric === VERDICT_METRIC || report.summaries[metric]) {
      add(`charts/change-${metric.replace(/[^a-z0-9-]/gi, '_')}.png`, `Relative change: ${metric}`, changeChart(report, metric));
    }
  }
  if (report.scaling.length > 0) add('charts/scaling.png', 'Thread scaling', scalingChart(report));
  if (report.phases.length > 0) add('charts/phases.png', 'Phase breakdown', phaseChart(report));
  for (const [file, c] of historyCharts(VERDICT_METRIC, history)) add(file, c.title, c.png);

  const written: string[] = [];
  for (const [file, png] of charts) {
    writeFileAtomic(join(dir, file), png);
    written.push(join(dir, file));
  }
  const files: [string, string][] = [
    ['report.md', renderMarkdown(report)],
    ['report.html', renderHtml(report, charts)],
    ['report.json', renderJson(report)],
  ];
  for (const [name, text] of files) {
    writeFileAtomic(join(dir, name), text);
    written.push(join(dir, name));
  }
  return written;
}
