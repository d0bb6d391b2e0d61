/**
 * report.html: one self-contained page (inline CSS, charts embedded as data: URIs, no scripts, no
 * network) with the same content as report.md plus the charts and each failure's compiler output.
 *
 * Owns: HTML layout. Must not: compute statistics.
 */
import type { Report } from '../analysis/report.js';
import { VERDICT_METRIC, metricInfo } from '../metrics.js';
import {
  artifactTitle, failureRows, sideHeading, largestChanges, metricBlurb, metricSections, phaseNames, speedupText, summaryHeadline,
  summaryRows, testCaseCounts, VERDICT_METRIC_NOTE, wallText,
} from './tables.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** `**bold**` and `code` from the shared wording, nothing more. */
function inline(s: string): string {
  return escapeHtml(s).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/`(.+?)`/g, '<code>$1</code>');
}

function table(header: readonly string[], rows: readonly (readonly string[])[], cls = ''): string {
  const th = header.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const trs = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>`;
}

const CSS = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #24292f; max-width: 1100px; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .2em; margin-top: 1.6em; }
.verdict { font-size: 1.25em; padding: .6em 1em; border-radius: 6px; background: #f6f8fa; border-left: 6px solid #8c959f; }
.verdict.regression, .verdict.mixed { border-color: #d1242f; } .verdict.improvement { border-color: #1a7f37; }
table { border-collapse: collapse; margin: .6em 0; font-size: 14px; } th, td { border: 1px solid #d0d7de; padding: 3px 8px; text-align: right; }
th { background: #f6f8fa; } td:first-child, th:first-child { text-align: left; }
.warn { background: #fff8c5; border: 1px solid #d4a72c; padding: .5em 1em; border-radius: 6px; }
img.chart { max-width: 100%; border: 1px solid #d0d7de; border-radius: 6px; margin: .5em 0; display: block; }
pre { background: #f6f8fa; padding: .6em; overflow-x: auto; font-size: 12px; } code { background: #f6f8fa; padding: 0 .2em; }
.muted { color: #57606a; }
`;

export function renderHtml(report: Report, charts: ReadonlyMap<string, Buffer>): string {
  const counts = testCaseCounts(report);
  const base = artifactTitle(report, 'baseline');
  const cand = artifactTitle(report, 'candidate');
  const parts: string[] = [];
  parts.push(`<h1>Perf report: ${escapeHtml(report.baseline.label)} → ${escapeHtml(report.candidate.label)}</h1>`);
  parts.push(`<p class="muted">${escapeHtml(`${cand} against ${base}: ${counts.total} test cases, ${report.settings.iterations} iterations each, interleaved. Generated ${report.generatedAt}.`)}</p>`);
  parts.push(`<p class="verdict ${report.verdict.direction}" id="verdict">Overall result: ${escapeHtml(report.verdict.headline)}</p>`);
  parts.push(`<p>${inline(VERDICT_METRIC_NOTE)}</p>`);
  if (counts.failed > 0) parts.push(`<p class="warn">⚠ ${counts.failed} of ${counts.total} test cases failed to build: see <a href="#failures">the error rows</a>.</p>`);

  parts.push('<h2>Summary</h2>');
  for (const s of metricSections(report)) {
    parts.push(`<h3>${escapeHtml(s.title)}</h3>`);
    if (!s.summary) {
      parts.push(`<p class="muted">${escapeHtml(s.absent!)}</p>`);
      continue;
    }
    const relevant = s.summary.primary.all.count + s.summary.secondary.all.count > 0;
    parts.push(`<p class="muted">${escapeHtml(metricBlurb(s.metric))} Results (${escapeHtml(summaryHeadline(s.summary))}).</p>`);
    parts.push(relevant ? table(['', 'mean', 'range', 'count'], summaryRows(s.summary).map((r) => [r.label, r.mean, r.range, r.count]), 'summary') : "<p>This perf run didn't have relevant results for this metric.</p>");
  }

  parts.push('<h2>Charts</h2>');
  for (const c of report.charts) {
    const png = charts.get(c.file);
    if (png) parts.push(`<img class="chart" alt="${escapeHtml(c.title)}" title="${escapeHtml(c.title)}" src="data:image/png;base64,${png.toString('base64')}">`);
  }

  const changes = largestChanges(report, VERDICT_METRIC, Number.POSITIVE_INFINITY);
  parts.push(`<h2>All changes (${escapeHtml(metricInfo(VERDICT_METRIC).title.toLowerCase())})</h2>`);
  parts.push(
    changes.length === 0
      ? '<p>No test case was measured on both sides.</p>'
      : table(
          ['', 'benchmark', 'profile', 'threads', 'baseline', 'candidate', 'change', '95% CI', 'threshold', 'significance', 'magnitude'],
          changes.map((r) => [r.mark, r.cells.benchmark, r.cells.profile, r.cells.threads, r.cells.baseline, r.cells.candidate, r.cells.change, r.cells.ci, r.cells.threshold, r.cells.factor, r.cells.magnitude]),
          'changes',
        ),
  );

  if (report.scaling.length > 0) {
    parts.push('<h2>Thread scaling (wall time)</h2>');
    parts.push(
      table(
        ['benchmark', 'profile', 'threads', sideHeading(report, 'baseline'), 'speedup', sideHeading(report, 'candidate'), 'speedup'],
        report.scaling.map((r) => [r.benchmark, r.profile, String(r.threads), wallText(r.wallTime.baseline), speedupText(r.speedup.baseline), wallText(r.wallTime.candidate), speedupText(r.speedup.candidate)]),
        'scaling',
      ),
    );
  }

  const failures = failureRows(report);
  if (failures.length > 0) {
    parts.push('<h2 id="failures">Failed test cases</h2>');
    parts.push(table(['benchmark', 'profile', 'threads', 'artifact', 'error'], failures.map((f) => [f.benchmark, f.profile, String(f.threads), `${f.role}: ${f.artifact}`, f.message]), 'failures'));
    for (const f of failures) {
      parts.push(`<details><summary>${escapeHtml(`${f.benchmark} t${f.threads} · ${f.role} (${f.artifact})`)}</summary><pre>${escapeHtml(f.detail || '(no output)')}</pre></details>`);
    }
  }

  const names = phaseNames(report);
  if (names.length > 0) {
    parts.push('<h2>Phases (self-profile of the warm-up run, ms)</h2>');
    parts.push(table(['benchmark', 'threads', 'artifact', ...names], report.phases.map((p) => [p.benchmark, String(p.threads), report[p.role].label, ...names.map((n) => (p.phases[n] === undefined ? '-' : (p.phases[n]! * 1000).toFixed(1)))]), 'phases'));
  }

  parts.push('<h2>Setup</h2><ul>');
  parts.push(`<li>baseline: ${escapeHtml(base)} (<code>${escapeHtml(report.baseline.spec)}</code>); candidate: ${escapeHtml(cand)} (<code>${escapeHtml(report.candidate.spec)}</code>)</li>`);
  parts.push(`<li>machine: ${escapeHtml(`${report.machine.cpuModel}, ${report.machine.cpus} CPUs, ${report.machine.os}, Node ${report.machine.node}`)}</li>`);
  for (const n of report.notes) parts.push(`<li>${escapeHtml(n)}</li>`);
  parts.push('</ul>');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Perf report: ${escapeHtml(report.baseline.label)} → ${escapeHtml(report.candidate.label)}</title>
<style>${CSS}</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
