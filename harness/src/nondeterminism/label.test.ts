import { describe, expect, test } from 'vitest';
import type { CanonicalRun } from './canonical.js';
import { classifyRun } from './classify.js';
import { decideLabel, perThreads, screenSize, type RunRecord, type StopRule, type TimeoutInfo } from './label.js';
import { canon, jd } from './test-support.js';

const E1 = jd('error', 'mismatched types', [3, 5], { code: 'E0308' });
const E2 = jd('error', 'cannot find value `z`', [9, 5], { code: 'E0425' });
const SERIAL = canon([E1, E2]);
const ORDER = canon([E2, E1]);
const MISSING = canon([E1]);
const ICE = canon(["thread 'rustc' (9) panicked at compiler/a.rs:1:1:\nboom"], { code: 101 });

let index = 0;
function rec(c: CanonicalRun, over: Partial<RunRecord> = {}, ref: CanonicalRun = SERIAL): RunRecord {
  return { index: index++, phase: 'screen', threads: 4, seed: null, canonical: c, classification: classifyRun(ref, c), timeout: null, wallMs: 50, command: 'rustc t.rs', ...over };
}
const control = () => [rec(SERIAL, { phase: 'control', threads: 1 }), rec(SERIAL, { phase: 'control', threads: 1 }), rec(SERIAL, { phase: 'control', threads: 1 })];
const rule: StopRule = { repeat: 20, screen: 10, earlyStop: true };
const times = (n: number, c: CanonicalRun, over: Partial<RunRecord> = {}) => Array.from({ length: n }, () => rec(c, over));

describe('decideLabel', () => {
  test('stable, with the bound its run count implies; decided only after K runs', () => {
    expect(decideLabel(control(), times(10, SERIAL), rule)).toEqual({ label: 'stable', reason: 'no parallel run differs from serial: 0 of 10 runs, rate < 26% at 95%', decided: false });
    expect(decideLabel(control(), times(20, SERIAL), rule).decided).toBe(true);
  });

  test('an ICE is decided at the end of the screen, not before', () => {
    const runs = [rec(ICE), ...times(4, SERIAL)];
    expect(decideLabel(control(), runs, rule)).toMatchObject({ label: 'parallel-ice', decided: false });
    const d = decideLabel(control(), [...runs, ...times(5, SERIAL)], rule);
    expect(d).toEqual({ label: 'parallel-ice', reason: '1 of 10 runs (10%, 95% CI 1.8%-40%) crashed: panicked at compiler/a.rs:N:N: boom (×1)', decided: true });
  });

  test('content beats order; order-only waits for K', () => {
    expect(decideLabel(control(), [...times(9, ORDER), rec(MISSING)], rule)).toMatchObject({ label: 'nondeterministic-content', decided: true });
    const order = decideLabel(control(), [...times(5, ORDER), ...times(5, SERIAL)], rule);
    expect(order).toEqual({ label: 'nondeterministic-order', reason: '5 of 10 runs (50%, 95% CI 24%-76%) differ from serial, all in order only (benign under --parallel-compare sorted)', decided: false });
  });

  test('the same difference every time is a parallel-only failure, even when it is a reordering', () => {
    expect(decideLabel(control(), times(20, ORDER), rule)).toMatchObject({ label: 'parallel-only-failure', decided: true });
    expect(decideLabel(control(), times(20, MISSING), rule).reason).toBe('all 20 runs agree with each other but differ from serial (set-difference: missing: error[E0425]: cannot find value `z` (at $DIR/t.rs:9:5))');
  });

  test('without early stopping nothing is decided before K', () => {
    expect(decideLabel(control(), [rec(ICE), ...times(14, SERIAL)], { ...rule, earlyStop: false }).decided).toBe(false);
  });

  describe('timeouts', () => {
    const timedOut = canon([], { timedOut: true, code: null, signal: 'SIGKILL' });
    const to = (t: Partial<TimeoutInfo>): Partial<RunRecord> => ({ timeout: { wallMs: 120_000, cpuMs: 200, blocked: true, rerun: null, ...t } });
    test('blocked: a hang at once', () => {
      expect(decideLabel(control(), [rec(timedOut, to({}))], rule)).toEqual({
        label: 'parallel-hang', reason: '1 of 1 runs hung at -Zthreads=4: every thread waited (CPU 0.20 s in 120 s): a deadlock candidate', decided: true,
      });
    });
    test('busy and still timing out alone: a hang', () => {
      expect(decideLabel(control(), [rec(timedOut, to({ blocked: false, cpuMs: 230_000, rerun: { timedOut: true, wallMs: 480_000, cpuMs: 900_000 } }))], rule).label).toBe('parallel-hang');
    });
    test('busy, then finished alone: the machine; the rest decides', () => {
      const slow = rec(timedOut, to({ blocked: false, cpuMs: 230_000, rerun: { timedOut: false, wallMs: 130_000, cpuMs: 250_000 } }));
      expect(decideLabel(control(), [slow, ...times(19, SERIAL)], rule).label).toBe('infrastructure-flaky');
      expect(decideLabel(control(), [slow, ...times(9, ORDER), ...times(10, SERIAL)], rule).label).toBe('nondeterministic-order');
    });
  });

  describe('a serial control that cannot be trusted', () => {
    test('it varies', () => {
      const c = [rec(SERIAL, { phase: 'control' }), rec(MISSING, { phase: 'control' }), rec(SERIAL, { phase: 'control' })];
      expect(decideLabel(c, [], rule)).toMatchObject({ label: 'infrastructure-flaky', decided: true });
    });
    test('it could not run', () => {
      const c = [rec(canon([], { spawnError: 'spawn rustc EAGAIN', code: null }), { phase: 'control' })];
      expect(decideLabel(c, [], rule)).toEqual({ label: 'infrastructure-flaky', reason: 'the serial control could not run: could not start the compiler: spawn rustc EAGAIN', decided: true });
    });
    test('it timed out', () => {
      const c = [rec(canon([], { timedOut: true, code: null, signal: 'SIGKILL' }), { phase: 'control', wallMs: 120_000 })];
      expect(decideLabel(c, [], rule).reason).toBe('the serial control timed out after 120 s: raise --timeout');
    });
  });
});

test('screenSize', () => expect([screenSize(5), screenSize(10), screenSize(30)]).toEqual([5, 10, 10]));

test('perThreads', () => {
  const runs = [rec(ORDER, { threads: 8 }), rec(SERIAL, { threads: 4 }), rec(ORDER, { threads: 4 })];
  expect(perThreads(runs, (r) => r.classification.class !== 'identical')).toBe('t4 1/2 (50%), t8 1/1 (100%)');
});
