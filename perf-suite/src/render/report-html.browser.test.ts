/**
 * report.html in a real browser (Debian's chromium driven by playwright-core): it loads from disk
 * without console errors or network requests, shows the verdict, and every embedded chart decodes.
 * Without /usr/bin/chromium the test is reported as skipped with the reason in its name
 * (.ci/run installs chromium in CI).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { fixedReport } from '../../test/fixed-report.js';
import { writeReport } from './write.js';

const CHROMIUM = '/usr/bin/chromium';
const absent = existsSync(CHROMIUM) ? null : `chromium is not installed at ${CHROMIUM} (apt-get install chromium; .ci/run does it in CI)`;
const out = mkdtempSync(join(tmpdir(), 'weft-browser-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('report.html in chromium', () => {
  const run = absent ? test.skip : test;
  run(absent ? `skipped: ${absent}` : 'loads without errors or network, with the verdict and every chart shown', async () => {
    const { report, store } = fixedReport();
    writeReport(out, report, store.commitHistory('wall-time'));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('request', (r) => requests.push(r.url().slice(0, 40)));
      await page.goto(pathToFileURL(join(out, 'report.html')).href, { waitUntil: 'load' });
      expect(await page.title()).toBe('Perf report: aaaaaaaaaaaa → worktree');
      expect(await page.locator('#verdict').innerText()).toBe('Overall result: ❌✅ regressions and improvements - BENCHMARK(S) FAILED');
      // Runs in the page; typed structurally (the project's TypeScript has no DOM library).
      type Img = { alt: string; complete: boolean; naturalWidth: number; getBoundingClientRect(): { width: number } };
      const charts = await page.locator('img.chart').evaluateAll((imgs) =>
        (imgs as unknown as Img[]).map((i) => ({ alt: i.alt, complete: i.complete, width: i.naturalWidth, shown: i.getBoundingClientRect().width })),
      );
      expect(charts.map((c) => c.alt)).toEqual(report.charts.map((c) => c.title));
      for (const c of charts) {
        expect(c.complete, c.alt).toBe(true);
        expect(c.width, c.alt).toBe(960);
        expect(c.shown, c.alt).toBeGreaterThan(100);
      }
      expect(await page.locator('table.failures tr').count()).toBe(2);
      expect(problems).toEqual([]);
      // Self-contained: the page itself, then only its embedded data: images.
      expect(requests.filter((u) => !u.startsWith('data:') && !u.startsWith('file:'))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
