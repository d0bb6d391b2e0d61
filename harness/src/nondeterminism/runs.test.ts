/**
 * The hunt driver on generated runs: the varying fake compiler's behaviour (test/fake-compilers/
 * varying-core.mjs) called as a function, so thousands of runs take milliseconds. The same fake
 * runs as real processes in test/nondeterminism.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { fakeOutput } from '../../test/fake-compilers/varying-core.mjs';
import { DEFAULT_REPEAT } from '../config.js';
import type { CanonicalContext, RawRun } from './canonical.js';
import type { Label } from './label.js';
import { CONTROL_RUNS, huntTest, parallelSpec, type HuntExecutor, type HuntPlan, type RunSpec } from './runs.js';
import { CX } from './test-support.js';

const INPUT = '/suite/dir/t.rs';

interface Call {
  readonly spec: RunSpec;
  readonly timeoutMs: number;
  readonly exclusive: boolean;
}

/** Runs the fake in-process; `outDir` stands for the per-test output directory of a real run. */
function fakeExecutor(source: string, outDir = '/build/dir/t.hunt', override?: (spec: RunSpec, call: number) => Partial<RawRun> | null): HuntExecutor & { calls: Call[] } {
  const canonical: CanonicalContext = { ...CX, normalize: { ...CX.normalize, testBuildDirs: [outDir] } };
  const calls: Call[] = [];
  return {
    canonical,
    calls,
    async run(spec, { timeoutMs, exclusive }) {
      calls.push({ spec, timeoutMs, exclusive });
      const out = fakeOutput({ source, input: INPUT, threads: spec.threads, seed: spec.seed, outDir, pid: 4000 + calls.length });
      let raw: RawRun = { code: out.code, signal: null, stdout: out.stdout, stderr: out.stderr, timedOut: false, spawnError: null, truncated: false, wallMs: 80, cpuMs: null };
      if (out.action === 'hang') raw = { ...raw, code: null, signal: 'SIGKILL', stderr: '', timedOut: true, wallMs: timeoutMs, cpuMs: 40 };
      if (out.action === 'spin') raw = { ...raw, code: null, signal: 'SIGKILL', stderr: '', timedOut: true, wallMs: timeoutMs, cpuMs: timeoutMs };
      if (out.action === 'sigkill') raw = { ...raw, code: null, signal: 'SIGKILL', stderr: '' };
      const o = override?.(spec, calls.length - 1);
      if (o) raw = { ...raw, ...o };
      return { raw, command: `fake ${INPUT} -Zthreads=${spec.threads}${spec.seed === null ? '' : ` -Zschedule-seed=${spec.seed}`}` };
    },
  };
}

const plan = (over: Partial<HuntPlan> = {}): HuntPlan => ({ repeat: DEFAULT_REPEAT, threads: [2, 4], firstSeed: 1, earlyStop: true, timeoutMs: 1000, ...over });
const source = (behaviour: string) => `// fake-vary: ${behaviour}\nfn main() {}\n`;

describe('labels at the default K, for every kind of variation (100 hunts each, different seeds)', () => {
  test.each<[string, Label]>([
    ['stable', 'stable'],
    ['order 0.5', 'nondeterministic-order'],
    ['content 0.4', 'nondeterministic-content'],
    ['cycle 0.4', 'nondeterministic-content'],
    ['note 0.4', 'nondeterministic-content'],
    ['duplicates 0.4', 'nondeterministic-content'],
    ['exit 0.4', 'nondeterministic-content'],
    ['ice 0.4', 'parallel-ice'],
    ['hang 0.4', 'parallel-hang'],
    ['busy-hang 0.4', 'parallel-hang'],
    ['parallel-only', 'parallel-only-failure'],
    ['serial-flaky', 'infrastructure-flaky'],
    ['oom 0.4', 'infrastructure-flaky'],
  ])('%s → %s', async (behaviour, label) => {
    const labels = new Map<string, number>();
    for (let h = 0; h < 100; h++) {
      const exec = fakeExecutor(source(behaviour), `/build/${h}/t.hunt`);
      const o = await huntTest(plan({ firstSeed: 1 + h * 1000 }), exec);
      labels.set(o.decision.label, (labels.get(o.decision.label) ?? 0) + 1);
    }
    expect(Object.fromEntries(labels)).toEqual({ [label]: 100 });
  });
});

test('a deterministic compiler is never labelled otherwise: 0 false labels in 1,000 parallel runs', async () => {
  let runs = 0;
  const labels = new Set<string>();
  // Each hunt gets its own output directory and seeds: alloc ids and paths in the output differ.
  for (let h = 0; h < 50; h++) {
    const exec = fakeExecutor(source('stable'), `/tmp/weft-ui-${h.toString(36)}/t.hunt`);
    const o = await huntTest(plan({ firstSeed: 7 + h * 31, threads: [2, 4, 8, 16] }), exec);
    runs += o.parallel.length;
    labels.add(o.decision.label);
    expect(o.parallel.every((r) => r.classification.class === 'identical')).toBe(true);
  }
  expect(runs).toBe(1000);
  expect([...labels]).toEqual(['stable']);
});

describe('the schedule', () => {
  test('3 serial control runs, then parallel runs cycling through the thread counts, a seed per run', async () => {
    const exec = fakeExecutor(source('stable'));
    const o = await huntTest(plan({ repeat: 12, threads: [2, 4, 8], firstSeed: 100 }), exec);
    expect(exec.calls.map((c) => [c.spec.phase, c.spec.threads, c.spec.seed])).toEqual([
      ['control', 1, 100], ['control', 1, 101], ['control', 1, 102],
      ...Array.from({ length: 12 }, (_, i) => [i < 10 ? 'screen' : 'confirm', [2, 4, 8][i % 3], 103 + i]),
    ]);
    expect(o.decision).toEqual({ label: 'stable', reason: 'no parallel run differs from serial: 0 of 12 runs, rate < 22% at 95%', decided: true });
    expect(o.stoppedEarly).toBe(false);
  });

  test('no seeds for a compiler that takes none', () => {
    expect(parallelSpec(plan({ firstSeed: null }), 0)).toEqual({ index: CONTROL_RUNS, phase: 'screen', threads: 2, seed: null });
  });

  test('an ICE decides the label after the screen: the hunt stops early', async () => {
    const exec = fakeExecutor(source('ice 0.4'));
    const o = await huntTest(plan({ repeat: 30 }), exec);
    expect(o.decision.label).toBe('parallel-ice');
    expect(o.parallel.length).toBeGreaterThanOrEqual(10);
    expect(o.parallel.length).toBeLessThan(30);
    expect(o.stoppedEarly).toBe(true);
  });

  test('order-only so far is not decided: the hunt goes on to K looking for content differences', async () => {
    const o = await huntTest(plan({ repeat: 30 }), fakeExecutor(source('order 0.5')));
    expect([o.decision.label, o.parallel.length]).toEqual(['nondeterministic-order', 30]);
  });

  test('--no-early-stop makes all K runs even when the label is decided', async () => {
    const o = await huntTest(plan({ repeat: 25, earlyStop: false }), fakeExecutor(source('ice 0.4')));
    expect([o.decision.label, o.parallel.length, o.stoppedEarly]).toEqual(['parallel-ice', 25, false]);
  });

  test('a serial control that varies ends the hunt before any parallel run', async () => {
    const exec = fakeExecutor(source('serial-flaky'));
    const o = await huntTest(plan(), exec);
    expect([o.decision.label, exec.calls.length]).toEqual(['infrastructure-flaky', 3]);
    expect(o.decision.reason).toMatch(/^the serial control varies: 2 distinct outputs in 3 runs/);
  });

  test('a blocked timeout is a hang at once; a busy one is rerun alone with 4x the timeout first', async () => {
    const blocked = fakeExecutor(source('hang 1'));
    const b = await huntTest(plan(), blocked);
    expect([b.decision.label, blocked.calls.length, blocked.calls.some((c) => c.exclusive)]).toEqual(['parallel-hang', 4, false]);
    expect(b.decision.reason).toBe('1 of 1 runs hung at -Zthreads=2 (seed 4): every thread waited (CPU 0.04 s in 1.00 s): a deadlock candidate');

    const busy = fakeExecutor(source('busy-hang 1'));
    const s = await huntTest(plan(), busy);
    expect(s.decision.label).toBe('parallel-hang');
    expect(busy.calls.slice(3).map((c) => [c.timeoutMs, c.exclusive])).toEqual([[1000, false], [4000, true]]);
    expect(s.decision.reason).toMatch(/it timed out again when run alone with 4× the timeout/);
  });

  test('a busy timeout that finishes when rerun alone is the machine, not the compiler', async () => {
    // The first parallel run times out busy; its rerun (and every other run) finishes.
    const exec = fakeExecutor(source('stable'), undefined, (spec, call) => (call === CONTROL_RUNS ? { timedOut: true, code: null, signal: 'SIGKILL', wallMs: 1000, cpuMs: 1900 } : null));
    const o = await huntTest(plan(), exec);
    expect(o.decision.label).toBe('infrastructure-flaky');
    expect(o.decision.reason).toBe('every run that finished gave the serial output; 1 run(s) lost to the machine: timed out, finished when rerun alone (×1)');
    expect(o.parallel[0]!.timeout).toEqual({ wallMs: 1000, cpuMs: 1900, blocked: false, rerun: { timedOut: false, wallMs: 80, cpuMs: null } });
  });

  test('an interrupted run ends the hunt, marked interrupted', async () => {
    const base = fakeExecutor(source('stable'));
    let n = 0;
    const exec: HuntExecutor = { canonical: base.canonical, run: async (spec, o) => (++n === 5 ? 'interrupted' : base.run(spec, o)) };
    const o = await huntTest(plan(), exec);
    expect([o.interrupted, o.parallel.length]).toEqual([true, 1]);
  });
});
