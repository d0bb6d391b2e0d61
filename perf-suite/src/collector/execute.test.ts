import { rmSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { fakeArtifact, makeSuite } from '../../test/fake-suite.js';
import { openDatabase } from '../db/connection.js';
import { PerfStore } from '../db/queries.js';
import { discoverBenchmarks } from './benchmarks.js';
import { collect, compilerArgs, judge, planTestCases, probeSelfProfile, type CollectEvent, type Side } from './execute.js';
import { probeTools, type Measurement } from './measure.js';

const suite = makeSuite([
  { name: 'alpha' },
  { name: 'broken', category: 'secondary' },
  { name: 'diag', category: 'secondary', expect: 'errors' },
  { name: 'serial-only', threads: [1] },
]);
afterAll(() => rmSync(suite, { recursive: true, force: true }));
const { benchmarks } = discoverBenchmarks(suite);

const m = (over: Partial<Measurement>): Measurement => ({
  status: 0, signal: null, timedOut: false, spawnError: null, wallTime: 1, cpuTime: 1, maxRss: 1, instructions: null, stdout: '', stderr: '', ...over,
});

describe('test cases and command lines', () => {
  test('benchmark × profile × scenario × threads; a benchmark can pin its threads', () => {
    const ids = planTestCases(benchmarks, ['check'], ['full'], [1, 2]).map((t) => `${t.key.benchmark}/t${t.key.threads}`);
    expect(ids).toEqual(['alpha/t1', 'alpha/t2', 'broken/t1', 'broken/t2', 'diag/t1', 'diag/t2', 'serial-only/t1']);
    expect(planTestCases(benchmarks, ['build'], ['full'], [1])).toEqual([]);
  });

  test('the command line of a check build', () => {
    const b = benchmarks.find((x) => x.name === 'serial-only')!;
    expect(compilerArgs(b, { benchmark: b.name, profile: 'check', scenario: 'full', threads: 4 }, '/tmp/out', null)).toEqual([
      '--crate-name', 'serial_only', '--edition', '2021', '--crate-type', 'bin', '--emit=metadata', '--out-dir', '/tmp/out', '-Zthreads=4', 'src/main.rs',
    ]);
  });
});

describe('success judgement', () => {
  test.each([
    { name: 'clean compile', m: m({}), expect: 'success', ok: true, message: undefined },
    { name: 'errors', m: m({ status: 1, stderr: 'warning: x\nerror[E0425]: cannot find value `x`\n' }), expect: 'success', ok: false, message: 'exit status 1: error[E0425]: cannot find value `x`' },
    { name: 'ICE', m: m({ status: 101, stderr: 'error: internal compiler error: boom\n' }), expect: 'errors', ok: false, message: 'error: internal compiler error: boom' },
    { name: 'expected errors', m: m({ status: 1, stderr: 'error[E0308]: mismatched types\n' }), expect: 'errors', ok: true, message: undefined },
    { name: 'expected errors, got none', m: m({}), expect: 'errors', ok: false, message: 'expected diagnostics (the benchmark says "expect": "errors") but it compiled cleanly' },
    { name: 'timeout', m: m({ status: null, timedOut: true, wallTime: 600 }), expect: 'success', ok: false, message: 'timed out after 600 s' },
    { name: 'not started', m: m({ status: null, spawnError: 'spawn x ENOENT' }), expect: 'success', ok: false, message: 'cannot start the compiler: spawn x ENOENT' },
  ] as const)('$name', ({ m: measurement, expect: e, ok, message }) => {
    const j = judge(measurement, e);
    expect(j.ok).toBe(ok);
    if (!j.ok) expect(j.message).toBe(message);
  });
});

describe('collect', async () => {
  const { tools } = await probeTools();
  const sides: [Side, Side] = [
    { role: 'baseline', artifact: fakeArtifact('base', { FAKE_BASE_MS: '5' }), selfProfile: true },
    { role: 'candidate', artifact: fakeArtifact('cand', { FAKE_BASE_MS: '5', FAKE_FAIL: 'broken' }), selfProfile: false },
  ];
  const plan = planTestCases(benchmarks, ['check'], ['full'], [1]);
  const options = { iterations: 3, timeoutMs: 30_000, resume: true, tools, host: 'test' };

  test('the fake compiler writes Chrome traces, so it is probed as self-profiling', async () => {
    expect(await probeSelfProfile(sides[0].artifact, tools)).toBe(true);
  });

  test('interleaves the sides, records statistics and errors, and resumes after an interruption', async () => {
    const store = new PerfStore(openDatabase(':memory:'));
    const events: CollectEvent[] = [];
    // Interrupt after the first test case is written, as a killed collector would stop.
    const interrupted = await collect(store, sides, plan, options, (e) => {
      events.push(e);
      if (e.kind === 'test-case-done') throw new Error('killed');
    }).catch((e: Error) => e.message);
    expect(interrupted).toBe('killed');
    const processes = events.filter((e) => e.kind === 'process').map((e) => (e.kind === 'process' ? `${e.role[0]}${e.iteration}` : ''));
    expect(processes).toEqual(['b0', 'c0', 'b1', 'c1', 'b2', 'c2', 'b3', 'c3']);

    const rerun: CollectEvent[] = [];
    const run = await collect(store, sides, plan, options, (e) => rerun.push(e));
    expect(run.resumed).toBe(true);
    expect(rerun[0]).toMatchObject({ kind: 'start', testCases: 4, alreadyDone: 1, resumed: true });
    expect(rerun.filter((e) => e.kind === 'skipped').length).toBe(1);
    expect(store.runStatus(run.runId)).toEqual({ status: 'complete', testCases: 4 });

    const base = store.statistics(run.collections.baseline);
    const walls = base.filter((s) => s.benchmark === 'alpha' && s.metric === 'wall-time');
    expect(walls.map((s) => s.iteration)).toEqual([1, 2, 3]);
    for (const w of walls) expect(w.value).toBeGreaterThan(0.004);
    // The warm-up's self-profile gives the phases (iteration 0), for the side that self-profiles.
    expect(base.filter((s) => s.benchmark === 'alpha' && s.iteration === 0).map((s) => s.metric).sort()).toEqual(['phase:parse', 'phase:typeck']);
    expect(store.statistics(run.collections.candidate).some((s) => s.iteration === 0)).toBe(false);

    // "broken" fails on the candidate only: an error row there, statistics on the baseline.
    expect(store.errors(run.collections.candidate).map((e) => [e.benchmark, e.message])).toEqual([
      ['broken', 'exit status 1: error[E0425]: cannot find value `x` in this scope'],
      ['diag', 'expected diagnostics (the benchmark says "expect": "errors") but it compiled cleanly'],
    ]);
    expect(base.some((s) => s.benchmark === 'broken' && s.metric === 'wall-time')).toBe(true);
    expect(store.errors(run.collections.baseline)).toEqual([
      // "diag" expects errors but the fake compiler compiled it cleanly: a failure on both sides.
      expect.objectContaining({ benchmark: 'diag', message: expect.stringContaining('compiled cleanly') }),
    ]);
  });
});
