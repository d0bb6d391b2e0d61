import { describe, expect, test } from 'vitest';
import type { CanonicalRun } from './canonical.js';
import { classifyRun } from './classify.js';
import type { RunRecord } from './label.js';
import { buildTestHunt, huntFails, renderHuntMarkdown, renderHuntSection, reportStamp, skippedHunt, summarizeHunts, type NondeterminismReport } from './report.js';
import type { HuntOutcome } from './runs.js';
import { canon, jd } from './test-support.js';

const E1 = jd('error', 'mismatched types', [3, 5], { code: 'E0308' });
const E2 = jd('error', 'cannot find value `z`', [9, 5], { code: 'E0425' });
const SERIAL = canon([E1, E2]);
const ORDER = canon([E2, E1]);
const MISSING = canon([E1]);
const ID = { name: 't.rs', path: 't.rs', revision: null, ownThreads: null };

function outcome(parallel: Array<[CanonicalRun, number]>, decision: HuntOutcome['decision']): HuntOutcome {
  const mk = (c: CanonicalRun, i: number, threads: number, phase: RunRecord['phase']): RunRecord => ({
    index: i, phase, threads, seed: 10 + i, canonical: c, classification: classifyRun(SERIAL, c), timeout: null, wallMs: 100, command: `rustc t.rs -Zthreads=${threads} # ${i}`,
  });
  const control = [0, 1, 2].map((i) => mk(SERIAL, i, 1, 'control'));
  return { control, parallel: parallel.map(([c, t], i) => mk(c, i + 3, t, 'screen')), decision, stoppedEarly: false, interrupted: false, rule: { repeat: parallel.length, screen: 10, earlyStop: true } };
}

const O = outcome([[SERIAL, 4], [ORDER, 8], [MISSING, 4], [ORDER, 8], [SERIAL, 4], [MISSING, 8]], { label: 'nondeterministic-content', reason: 'why', decided: true });

describe('buildTestHunt', () => {
  const t = buildTestHunt(ID, O, null);
  test('variants in order of first appearance, with counts per thread count and the command of their first run', () => {
    expect(t.variants.map((v) => [v.id, v.class, v.count, v.byThreads.map((b) => `${b.threads}:${b.count}/${b.runs}`).join(' '), v.command, v.contentGroup])).toEqual([
      ['serial', 'identical', 2, '4:2/3 8:0/3', 'rustc t.rs -Zthreads=4 # 3', 'serial'],
      ['v1', 'order-only', 2, '4:0/3 8:2/3', 'rustc t.rs -Zthreads=8 # 4', 'serial'],
      ['v2', 'set-difference', 2, '4:1/3 8:1/3', 'rustc t.rs -Zthreads=4 # 5', 'v2'],
    ]);
    expect(t.variants[2]!.diff).toContain('@@ missing: error[E0425]: cannot find value `z` (at $DIR/t.rs:9:5) @@');
    expect(t.variants[1]!.seed).toBe(14);
  });

  test('rates overall and per thread count, classes, distinct outputs, the run log', () => {
    expect(t.overall).toMatchObject({ divergent: 4, runs: 6 });
    expect(t.byThreads.map((b) => [b.threads, b.divergent, b.runs])).toEqual([[4, 1, 3], [8, 3, 3]]);
    expect(t.classes).toEqual({ identical: 2, 'order-only': 2, 'set-difference': 2 });
    expect([t.distinctOutputs, t.distinctContents]).toEqual([3, 2]);
    expect(t.log.map((l) => l.variant)).toEqual(['serial', 'serial', 'serial', 'serial', 'v1', 'v2', 'v1', 'serial', 'v2']);
    expect(t.compilerMs).toBe(900);
  });

  test('a stable test fails nothing; a quarantined one neither; an unlisted label does', () => {
    expect(huntFails(t)).toBe(true);
    expect(huntFails({ ...t, quarantine: { kind: 'quarantined', reason: 'bug' } })).toBe(false);
    expect(huntFails({ ...t, quarantine: { kind: 'label-changed', reason: 'bug', message: 'm' } })).toBe(true);
    expect(huntFails({ ...t, label: 'stable' })).toBe(false);
    expect(huntFails(skippedHunt(ID, 'ignored'))).toBe(false);
  });
});

describe('rendering', () => {
  const t = buildTestHunt(ID, O, null);
  const stable = buildTestHunt({ ...ID, name: 's.rs' }, outcome(Array.from({ length: 20 }, () => [SERIAL, 4] as [CanonicalRun, number]), { label: 'stable', reason: 'no parallel run differs', decided: true }), null);
  const settings = { repeat: 20, threads: [4, 8], firstSeed: null, earlyStop: true, screen: 10, controlRuns: 3, timeoutMs: 120_000, coreBudget: 2 };
  const tests = [stable, t, skippedHunt({ ...ID, name: 'x.rs' }, 'ignored when the parallel frontend is enabled (query cycle)')];
  const summary = summarizeHunts(tests);

  test('summary counts', () => {
    expect(summary).toMatchObject({ hunted: 2, skipped: 1, quarantined: 0, fixed: 0 });
    expect(summary.labels).toMatchObject({ stable: 1, 'nondeterministic-content': 1, 'parallel-ice': 0 });
  });

  test('the terminal section names the unstable tests, their variants and commands', () => {
    const text = renderHuntSection({ settings, summary, tests }, { md: 'reports/nondeterminism/x.md', json: 'reports/nondeterminism/x.json' });
    expect(text).toContain('2 tests hunted: 1 stable, 1 nondeterministic-content; 1 not hunted');
    expect(text).toContain('stable: each test gave the serial output in all its parallel runs (20+ runs each: per-run divergence rate < 14% at 95%)');
    expect(text).toContain('    t.rs: nondeterministic-content\n        why\n        divergent per thread count: t4 1/3, t8 3/3');
    expect(text).toContain('v2 set-difference (missing): 2 runs (t4 1/3, t8 1/3); missing: error[E0425]: cannot find value `z` (at $DIR/t.rs:9:5)');
    expect(text).toContain('  reproduce (-Zthreads=4, seed 15): rustc t.rs -Zthreads=4 # 5');
    expect(text).toContain('report: reports/nondeterminism/x.md (and .json)');
    expect(text).not.toContain('s.rs:');
  });

  test('the Markdown report has a table of all tests and a section per unstable test', () => {
    const r: NondeterminismReport = {
      schemaVersion: 1, kind: 'weft-nondeterminism', compiler: { key: 'rustc', path: '/r', version: 'rustc 1.97.0-nightly', verboseVersion: '' },
      root: '/suite', startedAt: '2026-11-21T07:22:52.000Z', wallMs: 1000, settings, summary, tests,
    };
    const md = renderHuntMarkdown(r);
    expect(md).toContain('| s.rs | stable | 20 | 0 (< 14%) | t4 0/20 | 1 |');
    expect(md).toContain('| x.rs | not hunted: ignored when the parallel frontend is enabled (query cycle) | | | | |');
    expect(md).toContain('## t.rs: nondeterministic-content');
    expect(md).toContain('| v2 | set-difference (missing) | 2 | t4 1/3 (33%), t8 1/3 (33%) | 5 |');
    expect(md).toContain('Reproduce (-Zthreads=8, seed 14):\n\n```\nrustc t.rs -Zthreads=8 # 4\n```');
    expect(md).not.toContain('## s.rs');
  });
});

test('reportStamp is safe in file names', () => expect(reportStamp(new Date('2026-11-21T07:22:52.123Z'))).toBe('2026-11-21T07-22-52Z'));
