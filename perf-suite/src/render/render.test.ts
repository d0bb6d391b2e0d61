import { loadImage } from '@napi-rs/canvas';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Report } from '../analysis/report.js';
import { fixedReport } from '../../test/fixed-report.js';
import { renderHtml } from './report-html.js';
import { renderJson } from './report-json.js';
import { renderMarkdown } from './report-md.js';
import { writeReport } from './write.js';

const HERE = dirname(new URL(import.meta.url).pathname);
const GOLDEN = join(HERE, 'testdata', 'report.golden.md');
const out = mkdtempSync(join(tmpdir(), 'weft-render-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('report model', () => {
  const { report } = fixedReport();
  test('verdict, summaries and rows follow from the data', () => {
    expect(report.verdict).toMatchObject({ direction: 'mixed', hasRelevantRegression: true, failedBenchmarks: 1, headline: '❌✅ regressions and improvements - BENCHMARK(S) FAILED' });
    expect(report.summaries['wall-time']!.primary.regressions).toMatchObject({ count: 1 });
    expect(report.summaries['wall-time']!.secondary.improvements).toMatchObject({ count: 1 });
    expect(report.summaries['instructions:u']).toBeUndefined();
    expect(report.testCases.map((t) => t.id)).toEqual(['alpha/check/full/t1', 'alpha/check/full/t2', 'beta/check/full/t1', 'gamma/check/full/t1']);
    expect(report.testCases[3]!.errors.candidate!.status).toBe(1);
    expect(report.scaling.map((r) => [r.threads, r.speedup.baseline?.toFixed(3)])).toEqual([[1, '1.000'], [2, '1.667']]);
    expect(report.phases).toEqual([{ benchmark: 'alpha', profile: 'check', scenario: 'full', threads: 1, role: 'baseline', phases: { parse: 0.2, typeck: 0.6 } }]);
  });
});

describe('report.md', () => {
  test('matches the golden file (UPDATE_GOLDEN=1 rewrites it after a deliberate change)', () => {
    const { report } = fixedReport();
    report.charts.push({ file: 'charts/change-wall-time.png', title: 'Relative change: wall-time' });
    const md = renderMarkdown(report);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, md);
    expect(md).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});

describe('report.json', () => {
  test('carries schemaVersion 1 and no NaN', () => {
    const { report } = fixedReport();
    const text = renderJson(report);
    const parsed = JSON.parse(text) as Report;
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.testCases.length).toBe(4);
    expect(text).not.toContain('NaN');
  });
});

describe('report folder: html and charts', () => {
  const { report, store } = fixedReport();
  const files = writeReport(out, report, store.commitHistory('wall-time'));

  test('every chart is a real, non-empty PNG', async () => {
    const pngs = readdirSync(join(out, 'charts')).sort();
    // History charts for the benchmarks stored at two commits (gamma failed on the second).
    expect(pngs).toEqual(['change-cpu-time.png', 'change-max-rss.png', 'change-wall-time.png', 'history-alpha.png', 'history-beta.png', 'phases.png', 'scaling.png']);
    for (const f of pngs) {
      const buf = readFileSync(join(out, 'charts', f));
      expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
      const img = await loadImage(buf);
      expect(img.width).toBe(960);
      expect(img.height).toBeGreaterThan(200);
    }
    expect(files.filter((f) => f.endsWith('.png')).length).toBe(7);
  });

  test('the html is self-contained, with every chart embedded and the failure shown', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<p class="verdict mixed" id="verdict">Overall result: ❌✅ regressions and improvements - BENCHMARK(S) FAILED</p>');
    expect(html.match(/<img class="chart"[^>]*src="data:image\/png;base64,[A-Za-z0-9+/=]{1000,}">/g)?.length).toBe(7);
    expect(html).not.toMatch(/<script|https?:\/\/|<link /);
    expect(html).toContain('<table class="failures">');
    // Compiler output is escaped, not interpreted.
    expect(html).toContain('&lt;details&gt;');
    expect(html).toMatch(/<table class="changes">[\s\S]*alpha[\s\S]*\+10\.00%/);
  });

  test('the html renderer escapes what it shows', () => {
    const r = fixedReport().report;
    r.notes = ['<b>x</b>'];
    expect(renderHtml(r, new Map())).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
