/**
 * `--repeat` end to end, with real processes: the varying fake compiler (fake-compilers/varying.mjs)
 * misbehaves in one way per fixture (test/fixtures/nondeterminism/), at a known rate drawn from
 * the schedule seed, and the harness must label every fixture right with the default K, write its
 * reports, fail the run for unstable tests and honour known-nondeterministic.json. The same
 * behaviour at scale (thousands of generated runs) is in src/nondeterminism/runs.test.ts.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { NondeterminismReport } from '../src/nondeterminism/report.js';
import { FAKES, FIXTURES, runHarness, type HarnessRun } from './helpers.js';

const VARYING = join(FAKES, 'varying.mjs');
const SUITE = join(FIXTURES, 'nondeterminism');
const scratch = mkdtempSync(join(tmpdir(), 'weft-nondet-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `--repeat` without a count: the default K. */
const hunt = (root: string, reports: string, ...extra: string[]) =>
  runHarness(['--root', root, '--compiler', VARYING, '--repeat', '--threads', '2,4', '--schedule-seeds', 'on', '--timeout', '8', '--nondeterminism-dir', reports, ...extra]);

describe('every kind of variation, labelled with the default K (20)', () => {
  const reports = join(scratch, 'all');
  let run: HarnessRun;
  let labels: Record<string, string | null>;
  beforeAll(async () => {
    run = await hunt(SUITE, reports);
    labels = Object.fromEntries((run.report?.nondeterminism?.tests ?? []).map((t) => [t.name, t.label]));
  }, 300_000);

  test('labels', () => {
    expect(labels).toEqual({
      'content.rs': 'nondeterministic-content',
      'cycle.rs': 'nondeterministic-content',
      'duplicates.rs': 'nondeterministic-content',
      'exit.rs': 'nondeterministic-content',
      'hang.rs': 'parallel-hang',
      'ice.rs': 'parallel-ice',
      'note.rs': 'nondeterministic-content',
      'oom.rs': 'infrastructure-flaky',
      'order.rs': 'nondeterministic-order',
      'parallel-only.rs': 'parallel-only-failure',
      'serial-flaky.rs': 'infrastructure-flaky',
      'stable.rs': 'stable',
    });
  });

  test('each unstable test fails its parallel entry with a `nondeterministic` failure and a command; the run fails', () => {
    expect(run.code).toBe(1);
    const parallel = run.report!.tests.filter((t) => t.mode === 'parallel');
    for (const t of parallel) {
      const nd = t.failures.filter((f) => f.kind === 'nondeterministic');
      expect([t.name, nd.length]).toEqual([t.name, t.name === 'stable.rs' ? 0 : 1]);
      expect(t.nondeterminism?.label).toBe(labels[t.name]);
    }
    const cycle = parallel.find((t) => t.name === 'cycle.rs')!.failures.find((f) => f.kind === 'nondeterministic')!;
    expect(cycle.message).toMatch(/^the parallel output is not stable over repeated runs: nondeterministic-content: \d+ of \d+ runs/);
    expect(cycle.command).toMatch(/varying\.mjs .*cycle\.rs .* -Zthreads=[24] .*-Zschedule-seed=\d+$/);
    expect(cycle.diff).toContain('cycle anchored elsewhere');
  });

  test('the variants and their reproduce commands: the command gives that variant again', () => {
    const ice = run.report!.nondeterminism!.tests.find((t) => t.name === 'ice.rs')!;
    const v = ice.variants.find((x) => x.class === 'ice')!;
    // Thread ids, backtraces, the ICE file name and the query stack differ per run: one variant.
    expect(ice.variants.filter((x) => x.class === 'ice')).toHaveLength(1);
    expect(v.ice).toBe('panicked at compiler/rustc_fake/src/query.rs:N:N: fake: query result for DefId(N:N) changed while it was read');
    expect(v.count).toBe(ice.classes.ice);
    expect(v.command).toContain(`-Zschedule-seed=${v.seed}`);
    expect(v.command).toContain(`-Zthreads=${v.threads}`);
  });

  test('the hang: every thread waited, so it is a deadlock candidate at once', () => {
    const h = run.report!.nondeterminism!.tests.find((t) => t.name === 'hang.rs')!;
    expect(h.runs.parallel).toBe(1);
    expect(h.timeouts[0]).toMatchObject({ blocked: true, rerun: null });
    expect(h.timeouts[0]!.cpuMs).not.toBeNull();
    expect(h.reason).toMatch(/a deadlock candidate$/);
  });

  test('stopping: content and ICE stop after the screen; order-only and stable run all K', () => {
    const runs = Object.fromEntries(run.report!.nondeterminism!.tests.map((t) => [t.name, t.runs.parallel]));
    expect(runs['order.rs']).toBe(20);
    expect(runs['stable.rs']).toBe(20);
    expect(runs['parallel-only.rs']).toBe(20);
    expect(runs['serial-flaky.rs']).toBe(0);
    for (const name of ['ice.rs', 'content.rs', 'note.rs']) expect(runs[name]).toBeGreaterThanOrEqual(10);
  });

  test('reports/nondeterminism/<time>.{md,json} are written; the terminal summary has the section', () => {
    const files = readdirSync(reports).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json$/);
    const json = JSON.parse(readFileSync(join(reports, files[0]!), 'utf8')) as NondeterminismReport;
    expect([json.schemaVersion, json.kind, json.summary.hunted, json.settings.threads]).toEqual([1, 'weft-nondeterminism', 12, [2, 4]]);
    expect(readFileSync(join(reports, files[1]!), 'utf8')).toContain('## order.rs: nondeterministic-order');
    expect(run.stdout).toContain('12 tests hunted: 1 stable, 1 nondeterministic-order, 5 nondeterministic-content, 1 parallel-ice, 1 parallel-hang, 1 parallel-only-failure, 2 infrastructure-flaky');
    expect(run.report!.threadCounts).toEqual([2, 4]);
  });
});

describe('known-nondeterministic.json', () => {
  const suite = join(scratch, 'quarantine');
  beforeAll(() => {
    cpSync(SUITE, suite, { recursive: true });
    writeFileSync(join(suite, 'known-nondeterministic.json'), JSON.stringify({
    schemaVersion: 1,
    entries: [
      { compiler: VARYING, test: 'order.rs', reason: 'diagnostics reordered (#1)', labels: ['nondeterministic-order'] },
      { compiler: VARYING, test: 'ice.rs', reason: 'cycle re-anchored (#2)', labels: ['nondeterministic-content'] },
      { compiler: VARYING, test: 'stable.rs', reason: 'was flaky once (#3)' },
      { compiler: 'rustc', test: 'content.rs', reason: 'another compiler' },
    ],
    }));
  });

  test('a listed label passes, another label fails, a listed test that stays stable is reported as fixed', async () => {
    const run = await hunt(suite, join(scratch, 'q1'), '--repeat', '10', '--exact', 'order.rs', 'ice.rs', 'stable.rs', 'content.rs');
    const entry = (name: string) => run.report!.tests.find((t) => t.name === name && t.mode === 'parallel')!;
    const hunted = (name: string) => run.report!.nondeterminism!.tests.find((t) => t.name === name)!;
    expect(run.code).toBe(1);
    expect([entry('order.rs').status, entry('order.rs').failures, hunted('order.rs').quarantine]).toEqual(['passed', [], { kind: 'quarantined', reason: 'diagnostics reordered (#1)' }]);
    expect(entry('ice.rs').failures.find((f) => f.kind === 'nondeterministic')!.message).toMatch(/listed in .*known-nondeterministic\.json as nondeterministic-content, but the hunt found parallel-ice/);
    expect(entry('content.rs').failures.map((f) => f.kind)).toEqual(['nondeterministic']);
    expect(run.report!.nondeterminism!.summary).toMatchObject({ quarantined: 1, fixed: 1, labelChanged: 1 });
    expect(run.stdout).toMatch(/fixed\? stable\.rs: did not reproduce: 0 of 10 runs, rate < 26% at 95%; remove it from .*known-nondeterministic\.json if the bug is fixed/);
    expect(run.stdout).toContain('order.rs: nondeterministic-order [known nondeterministic: diagnostics reordered (#1)]');
  });

  test('only listed instability: the run passes', async () => {
    const run = await hunt(suite, join(scratch, 'q2'), '--repeat', '10', '--exact', 'order.rs', 'stable.rs');
    expect(run.code).toBe(0);
  });

  test('without --repeat, a listed test whose parallel run fails does not fail the run', async () => {
    const dir = join(scratch, 'plain');
    cpSync(SUITE, dir, { recursive: true });
    // Always exit status 2 in parallel mode: the plain parallel run fails `exitStatus`.
    writeFileSync(join(dir, 'exit.rs'), '//@ known-bug: unknown\n//@ dont-check-compiler-stderr\n// fake-vary: exit 1\nfn main() {}\n');
    const args = ['--root', dir, '--compiler', VARYING, '--exact', 'exit.rs'];
    const before = await runHarness(args);
    expect(before.code).toBe(1);
    writeFileSync(join(dir, 'known-nondeterministic.json'), JSON.stringify({ schemaVersion: 1, entries: [{ compiler: VARYING, test: 'exit.rs', reason: 'exit status races (#4)' }] }));
    const after = await runHarness(args);
    expect(after.code).toBe(0);
    expect(after.report!.summary).toMatchObject({ failed: 0, knownNondeterministic: 1 });
    expect(after.stdout).toContain('known nondeterministic (1; listed in known-nondeterministic.json, not counted as failed):\n    exit.rs [parallel -Zthreads=4]: exit status races (#4)');
  });
  test('without --repeat, an entry listed for reordering excuses a reordering and nothing else', async () => {
    const dir = join(scratch, 'order-only');
    mkdirSync(dir, { recursive: true });
    const unannotated = '//@ dont-require-annotations: ERROR\n//@ dont-require-annotations: WARN\n';
    writeFileSync(join(dir, 'order.rs'), `${unannotated}// fake-vary: order\nfn main() {}\n`);
    writeFileSync(join(dir, 'content.rs'), `${unannotated}// fake-vary: content\nfn main() {}\n`);
    const base = ['--root', dir, '--compiler', VARYING];
    expect((await runHarness([...base, '--bless', '--mode', 'serial'])).code).toBe(0);
    writeFileSync(join(dir, 'known-nondeterministic.json'), JSON.stringify({ schemaVersion: 1, entries: [
      { compiler: VARYING, test: 'order.rs', reason: 'reordered (#5)', labels: ['nondeterministic-order'] },
      { compiler: VARYING, test: 'content.rs', reason: 'reordered (#6)', labels: ['nondeterministic-order'] },
    ] }));
    const run = await runHarness([...base, '--mode', 'parallel']);
    const entry = (name: string) => run.report!.tests.find((t) => t.name === name)!;
    expect(entry('order.rs').failures.map((f) => f.kind)).toEqual(['reordered']);
    expect(entry('order.rs').knownNondeterministic).toEqual({ reason: 'reordered (#5)' });
    expect(entry('content.rs').failures.map((f) => f.kind)).toEqual(['outputDiffers']);
    expect(entry('content.rs').knownNondeterministic).toBeUndefined();
    expect([run.code, run.report!.summary.failed]).toEqual([1, 1]);
  });
});

describe('an interrupted hunt', () => {
  test('writes the hunts that finished, marked partial, and exits 130', async () => {
    const dir = join(scratch, 'interrupted-suite');
    mkdirSync(dir, { recursive: true });
    for (const f of ['order.rs', 'stable.rs']) cpSync(join(SUITE, f), join(dir, f));
    for (const f of readdirSync(SUITE).filter((x) => /^(order|stable)\./.test(x) && !x.endsWith('.rs'))) cpSync(join(SUITE, f), join(dir, f));
    const reports = join(scratch, 'interrupted-reports');
    // One job at a time; Ctrl-C arrives before the second test starts.
    let polls = 0;
    const run = await runHarness(['--root', dir, '--compiler', VARYING, '--repeat', '6', '--threads', '2,4', '--schedule-seeds', 'on', '--mode', 'parallel', '--jobs', '1', '--nondeterminism-dir', reports], { interrupted: () => polls++ >= 1 });
    expect(run.code).toBe(130);
    const written = readdirSync(reports).sort();
    expect(written.map((f) => f.replace(/^.*\./, ''))).toEqual(['json', 'md']);
    const json = JSON.parse(readFileSync(join(reports, written[0]!), 'utf8')) as NondeterminismReport;
    expect(json.interrupted).toEqual({ selected: 2 });
    expect(json.tests.map((t) => t.name)).toEqual(['order.rs']);
    expect(json.tests[0]!.label).toBe('nondeterministic-order');
    expect(readFileSync(join(reports, written[1]!), 'utf8')).toContain('- **interrupted**: 1 of 2 selected tests finished their hunt');
    expect(run.stderr).toContain('test result: cancelled.');
  }, 120_000);
});

describe('usage', () => {
  test.each([
    [['--threads', '2,4'], 'error: --threads 2,4: several thread counts need --repeat (parallel mode runs at one)\n'],
    [['--repeat', '--mode', 'serial'], 'error: --repeat hunts nondeterminism in parallel mode; not with --mode serial\n'],
    [['--repeat', '0'], 'error: --repeat needs a positive integer, got `0`\n'],
  ])('%j', async (args, stderr) => {
    const run = await runHarness(['--root', SUITE, '--compiler', VARYING, ...args]);
    expect([run.code, run.stderr]).toEqual([2, stderr]);
  });
});
