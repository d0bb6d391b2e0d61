/**
 * PNG charts, rendered with Chart.js on @napi-rs/canvas (no browser): the relative change per test
 * case with its confidence whiskers coloured by significance, speedup against threads with the ideal
 * line, the phase breakdown, and the history of one benchmark over stored commits.
 *
 * Owns: chart configuration and rasterising. Must not: write files (callers do, atomically).
 */
import { createCanvas } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration, type Plugin } from 'chart.js';
import type { Report } from '../analysis/report.js';
import type { HistoryPoint } from '../db/queries.js';
import type { TestCaseKey } from '../analysis/compare.js';
import { median } from '../analysis/stats.js';
import { metricInfo, type MetricName } from '../metrics.js';
import { largestChanges, phaseNames } from './tables.js';

Chart.register(...registerables);
Chart.defaults.font.family = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
Chart.defaults.color = '#24292f';

export const COLORS = {
  regression: '#d1242f',
  improvement: '#1a7f37',
  significant: '#bf8700',
  noise: '#8c959f',
  ideal: '#57606a',
};
const PALETTE = ['#0969da', '#cf222e', '#1a7f37', '#8250df', '#bf8700', '#1b7c83', '#e16f24', '#6e7781', '#bc4c00', '#4d2d00'];

/** Paints the background white: a transparent PNG is unreadable in dark viewers. */
const whiteBackground: Plugin = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Draws [low, high] whiskers on horizontal bars from `dataset.intervals`. */
const whiskers: Plugin = {
  id: 'whiskers',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const x = chart.scales.x!;
    chart.data.datasets.forEach((ds, di) => {
      const intervals = (ds as { intervals?: [number, number][] }).intervals;
      if (!intervals) return;
      chart.getDatasetMeta(di).data.forEach((bar, i) => {
        const iv = intervals[i];
        if (!iv || !Number.isFinite(iv[0]) || !Number.isFinite(iv[1])) return;
        const y = bar.y;
        const x0 = x.getPixelForValue(iv[0]);
        const x1 = x.getPixelForValue(iv[1]);
        ctx.save();
        ctx.strokeStyle = '#24292f';
        ctx.lineWidth = 1.5;
        ctx.beginPath();
        ctx.moveTo(x0, y);
        ctx.lineTo(x1, y);
        ctx.moveTo(x0, y - 5);
        ctx.lineTo(x0, y + 5);
        ctx.moveTo(x1, y - 5);
        ctx.lineTo(x1, y + 5);
        ctx.stroke();
        ctx.restore();
      });
    });
  },
};

function draw(width: number, height: number, config: ChartConfiguration): Buffer {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  config.options = { ...config.options, responsive: false, animation: false, devicePixelRatio: 1 };
  config.plugins = [whiteBackground, ...(config.plugins ?? [])];
  // Chart.js accepts any 2D context; @napi-rs/canvas implements the one it needs.
  const chart = new Chart(ctx as unknown as ConstructorParameters<typeof Chart>[0], config);
  try {
    return canvas.toBuffer('image/png');
  } finally {
    chart.destroy();
  }
}

function title(text: string, subtitle?: string) {
  return {
    title: { display: true, text, font: { size: 16, weight: 'bold' as const } },
    subtitle: { display: subtitle !== undefined, text: subtitle ?? '' },
  };
}

/** Relative change per test case (%), whiskers = 95% interval, colour = significance. */
export function changeChart(report: Report, metric: MetricName): Buffer {
  const rows = largestChanges(report, metric, Number.POSITIVE_INFINITY).sort((a, b) => a.tc.id.localeCompare(b.tc.id, 'en'));
  const failed = report.testCases.filter((tc) => !tc.metrics[metric]).length;
  const colour = (c: (typeof rows)[number]['c']) =>
    c.relevant ? (c.change > 0 ? COLORS.regression : COLORS.improvement) : c.significant ? COLORS.significant : COLORS.noise;
  const subtitle =
    rows.length === 0
      ? `no test case was measured on both sides${failed ? ` (${failed} failed)` : ''}`
      : `red/green: relevant regression/improvement, amber: significant but very small, grey: noise${failed ? `; ${failed} failed test cases not shown` : ''}`;
  // The axis must hold the whiskers, not only the bars.
  const ends = rows.flatMap((r) => [r.c.ciLow * 100, r.c.ciHigh * 100, r.c.change * 100]).filter(Number.isFinite);
  const lo = Math.min(0, ...ends);
  const hi = Math.max(0, ...ends);
  const pad = (hi - lo) * 0.05 || 1;
  return draw(960, Math.max(220, 110 + rows.length * 28), {
    type: 'bar',
    data: {
      labels: rows.map((r) => `${r.tc.benchmark} ${r.tc.profile} t${r.tc.threads}`),
      datasets: [
        {
          label: 'change',
          data: rows.map((r) => r.c.change * 100),
          backgroundColor: rows.map((r) => colour(r.c)),
          intervals: rows.map((r) => [r.c.ciLow * 100, r.c.ciHigh * 100]),
        } as never,
      ],
    },
    options: {
      indexAxis: 'y',
      plugins: { legend: { display: false }, ...title(`${metricInfo(metric).title}: relative change of the median, with 95% intervals`, subtitle) },
      scales: { x: { suggestedMin: lo - pad, suggestedMax: hi + pad, title: { display: true, text: `% change (${report.baseline.label} → ${report.candidate.label})` } } },
    },
    plugins: [whiskers],
  });
}

/** Speedup against threads for each benchmark and side, with the ideal line. */
export function scalingChart(report: Report): Buffer {
  const groups = new Map<string, { x: number; y: number }[]>();
  for (const r of report.scaling) {
    for (const role of ['baseline', 'candidate'] as const) {
      const y = r.speedup[role];
      if (y === null) continue;
      const k = `${r.benchmark} ${r.profile} · ${role} ${report[role].label}`;
      const list = groups.get(k) ?? [];
      list.push({ x: r.threads, y });
      groups.set(k, list);
    }
  }
  const threads = [...new Set(report.scaling.map((r) => r.threads))].sort((a, b) => a - b);
  const min = threads[0] ?? 1;
  // One colour per benchmark; the baseline dashed, the candidate solid.
  const benchmarks = [...new Set(report.scaling.map((r) => `${r.benchmark} ${r.profile}`))];
  const datasets = [...groups.entries()].map(([label, data]) => {
    const colour = PALETTE[benchmarks.indexOf(label.split(' · ')[0]!) % PALETTE.length];
    return { label, data, showLine: true, borderColor: colour, backgroundColor: colour, borderDash: label.includes(' · baseline ') ? [6, 4] : [] };
  });
  datasets.push({
    label: 'ideal',
    data: threads.map((t) => ({ x: t, y: t / min })),
    showLine: true,
    borderColor: COLORS.ideal,
    backgroundColor: COLORS.ideal,
    borderDash: [2, 3],
  });
  return draw(960, 540, {
    type: 'scatter',
    data: { datasets },
    options: {
      plugins: { ...title('Thread scaling: speedup of wall time against threads', groups.size === 0 ? 'no benchmark was measured at two thread counts on a side that compiled it' : 'dashed: baseline; dotted: ideal (linear) speedup') },
      scales: {
        x: { type: 'linear', title: { display: true, text: '-Zthreads' }, ticks: { stepSize: 1 } },
        y: { title: { display: true, text: `speedup over ${min} thread${min === 1 ? '' : 's'}` }, beginAtZero: true },
      },
    },
  });
}

/** Stacked phase times (ms) per test case and side, from the warm-up self-profile. */
export function phaseChart(report: Report): Buffer {
  const names = phaseNames(report);
  const labels = report.phases.map((p) => `${p.benchmark} t${p.threads} · ${report[p.role].label}`);
  return draw(960, Math.max(240, 120 + labels.length * 28), {
    type: 'bar',
    data: {
      labels,
      datasets: names.map((n, i) => ({
        label: n,
        data: report.phases.map((p) => (p.phases[n] ?? 0) * 1000),
        backgroundColor: PALETTE[i % PALETTE.length],
      })),
    },
    options: {
      indexAxis: 'y',
      plugins: { ...title('Phase breakdown (self-profile, ms)') },
      scales: { x: { stacked: true, title: { display: true, text: 'ms' } }, y: { stacked: true } },
    },
  });
}

/** One benchmark's median over stored commits (oldest left), a line per profile and thread count. */
export function historyChart(benchmark: string, metric: MetricName, points: readonly (HistoryPoint & TestCaseKey)[]): Buffer {
  const mine = points.filter((p) => p.benchmark === benchmark);
  const commits: string[] = [];
  for (const p of mine) if (!commits.includes(p.artifact)) commits.push(p.artifact);
  const series = new Map<string, (number | null)[]>();
  for (const p of mine) {
    const k = `${p.profile} t${p.threads}`;
    const list = series.get(k) ?? commits.map(() => null);
    list[commits.indexOf(p.artifact)] = median(p.values) * (metricInfo(metric).unit === 's' ? 1000 : 1);
    series.set(k, list);
  }
  return draw(960, 420, {
    type: 'line',
    data: {
      labels: commits.map((c) => c.slice(0, 8)),
      datasets: [...series.entries()].map(([label, data], i) => ({
        label,
        data,
        borderColor: PALETTE[i % PALETTE.length],
        backgroundColor: PALETTE[i % PALETTE.length],
        spanGaps: true,
      })),
    },
    options: {
      plugins: { ...title(`${benchmark}: ${metricInfo(metric).title.toLowerCase()} over commits`, `${commits.length} stored commit(s), median of the newest complete collection of each`) },
      scales: {
        x: { title: { display: true, text: 'commit (oldest → newest)' } },
        y: { title: { display: true, text: metricInfo(metric).unit === 's' ? 'ms' : metricInfo(metric).unit }, beginAtZero: true },
      },
    },
  });
}
