/**
 * report.md: the comparison as a PR comment in the style of rust-timer's (verdict, a summary table
 * per metric with the less reliable ones folded, the largest changes, thread scaling, failures).
 * Deterministic: the same report model gives the same bytes.
 *
 * Owns: markdown layout. Must not: compute statistics (tables.ts and the model do).
 */
import type { Report } from '../analysis/report.js';
import { VERDICT_METRIC, metricInfo } from '../metrics.js';
import {
  artifactTitle, failureRows, sideHeading, largestChanges, metricBlurb, metricSections, phaseNames, speedupText, summaryHeadline,
  summaryRows, testCaseCounts, VERDICT_METRIC_NOTE, wallText,
} from './tables.js';

const LARGEST = 10;

function table(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ('l' | 'r' | 'c')[]): string[] {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const sep = align.map((a) => (a === 'l' ? ':---' : a === 'r' ? '---:' : ':---:'));
  return [`| ${header.map(esc).join(' | ')} |`, `| ${sep.join(' | ')} |`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)];
}

export function renderMarkdown(report: Report): string {
  const out: string[] = [];
  const counts = testCaseCounts(report);
  const base = artifactTitle(report, 'baseline');
  const cand = artifactTitle(report, 'candidate');
  out.push(`Finished benchmarking ${cand} against ${base}: ${counts.total} test cases, ${report.settings.iterations} iterations each, baseline and candidate interleaved.`);
  out.push('');
  out.push(`### Overall result: ${report.verdict.headline}`);
  out.push('');
  if (report.verdict.direction !== 'none' && report.verdict.deservesAttention) {
    out.push(
      report.verdict.hasRelevantRegression
        ? '**Next, please**: justify the regressions in writing, or fix them and do another perf run. Neutral or positive results need no action.'
        : 'This change improves compile times enough to deserve attention.',
    );
    out.push('');
  }
  out.push(VERDICT_METRIC_NOTE);
  out.push('');

  const failures = failureRows(report);
  if (failures.length > 0) {
    out.push(`**Warning ⚠**: ${counts.failed} of ${counts.total} test cases failed to build (shown as error rows below).`);
    out.push('');
  }

  for (const s of metricSections(report)) {
    out.push(`### ${s.title}`);
    if (!s.summary) {
      out.push(s.absent!);
      out.push('');
      continue;
    }
    const rows = summaryRows(s.summary);
    const anyRelevant = s.summary.primary.all.count + s.summary.secondary.all.count > 0;
    const body = anyRelevant
      ? table(['', 'mean', 'range', 'count'], rows.map((r) => [r.label, r.mean, r.range, r.count]), ['c', 'c', 'c', 'c'])
      : ["This perf run didn't have relevant results for this metric."];
    if (s.metric === VERDICT_METRIC) {
      out.push(metricBlurb(s.metric), '', ...body);
    } else {
      out.push('<details>', `<summary>Results (${summaryHeadline(s.summary)})</summary>`, '', metricBlurb(s.metric), '', ...body, '</details>');
    }
    out.push('');
  }

  const changes = largestChanges(report, VERDICT_METRIC, LARGEST);
  out.push(`### Largest changes (${metricInfo(VERDICT_METRIC).title.toLowerCase()})`);
  if (changes.length === 0) {
    out.push('No test case was measured on both sides.');
  } else {
    out.push(
      ...table(
        ['', 'benchmark', 'profile', 'threads', 'baseline', 'candidate', 'change', '95% CI', 'threshold', 'significance', 'magnitude'],
        changes.map((r) => [r.mark, r.cells.benchmark, r.cells.profile, r.cells.threads, r.cells.baseline, r.cells.candidate, r.cells.change, r.cells.ci, r.cells.threshold, r.cells.factor, r.cells.magnitude]),
        ['c', 'l', 'l', 'r', 'r', 'r', 'r', 'c', 'r', 'r', 'l'],
      ),
    );
    out.push('', '❌/✅ relevant regression/improvement; ~ significant but very small; blank: within noise. Medians over the iterations; the interval is a seeded bootstrap over the interleaved pairs of iterations.');
  }
  out.push('');

  if (report.scaling.length > 0) {
    out.push('### Thread scaling (wall time)');
    out.push(
      ...table(
        ['benchmark', 'profile', 'threads', sideHeading(report, 'baseline'), 'speedup', sideHeading(report, 'candidate'), 'speedup'],
        report.scaling.map((r) => [r.benchmark, r.profile, String(r.threads), wallText(r.wallTime.baseline), speedupText(r.speedup.baseline), wallText(r.wallTime.candidate), speedupText(r.speedup.candidate)]),
        ['l', 'l', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
    out.push('', 'Speedup = median wall time at the smallest thread count / median wall time at this one; ideal scaling is the thread ratio.');
    out.push('');
  }

  if (failures.length > 0) {
    out.push('### Failed test cases');
    out.push(
      ...table(
        ['benchmark', 'profile', 'threads', 'artifact', 'error'],
        failures.map((f) => [f.benchmark, f.profile, String(f.threads), `${f.role}: ${f.artifact}`, f.message]),
        ['l', 'l', 'r', 'l', 'l'],
      ),
    );
    out.push('');
  }

  const names = phaseNames(report);
  if (names.length > 0) {
    out.push('### Phases (self-profile of the warm-up run, ms)');
    out.push(
      ...table(
        ['benchmark', 'threads', 'artifact', ...names],
        report.phases.map((p) => [p.benchmark, String(p.threads), report[p.role].label, ...names.map((n) => (p.phases[n] === undefined ? '-' : (p.phases[n]! * 1000).toFixed(1)))]),
        ['l', 'r', 'l', ...names.map(() => 'r' as const)],
      ),
    );
    out.push('');
  }

  if (report.charts.length > 0) {
    out.push('### Charts');
    for (const c of report.charts) out.push(`![${c.title}](${c.file})`);
    out.push('');
  }

  out.push('### Setup');
  out.push(`- baseline: ${base} (\`${report.baseline.spec}\`); candidate: ${cand} (\`${report.candidate.spec}\`)`);
  out.push(`- threads ${report.settings.threads.join(', ')}; profiles ${report.settings.profiles.join(', ')}; scenarios ${report.settings.scenarios.join(', ')}; ${report.settings.iterations} iterations after a discarded warm-up`);
  out.push(`- significance: the ${Math.round(report.settings.confidence * 100)}% bootstrap interval (${report.settings.bootstrapResamples} resamples) excludes zero and the change exceeds the noise threshold (max of the metric floor, ${report.settings.spreadFactor}× the robust spread, and the same-artifact history fence)`);
  out.push(`- machine: ${report.machine.cpuModel}, ${report.machine.cpus} CPUs, ${report.machine.os}, Node ${report.machine.node}`);
  for (const n of report.notes) out.push(`- ${n}`);
  if (report.resumed) out.push('- this run resumed an interrupted collection');
  out.push('');
  return out.join('\n');
}
