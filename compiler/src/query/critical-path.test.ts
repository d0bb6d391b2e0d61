import { describe, expect, test } from 'vitest';
import { analyzeTrace, formatCriticalPath, lptMakespan, type TraceRecord } from './critical-path.js';

const X = (cat: string, name: string, ts: number, dur: number, tid = 0): TraceRecord => ({ ph: 'X', cat, name, ts, dur, tid });

describe('lptMakespan', () => {
  test.each([
    { durations: [5, 4, 3, 3, 3], p: 1, expected: 18 },
    { durations: [5, 4, 3, 3, 3], p: 2, expected: 10 }, // 5 | 4, then 3 → 4+3, 3 → 5+3, 3 → 7+3
    { durations: [7, 1, 1, 1], p: 4, expected: 7 },
    { durations: [2, 2, 2, 2], p: 16, expected: 2 },
    { durations: [], p: 8, expected: 0 },
  ])('$durations on $p threads', ({ durations, p, expected }) => {
    expect(lptMakespan(durations, p)).toBe(expected);
  });

  test('refuses zero threads', () => {
    expect(() => lptMakespan([1], 0)).toThrow('thread count must be at least 1, got 0');
  });
});

describe('analyzeTrace', () => {
  // 0-10 serial; map A 10-50 with tasks 10, 10, 20 (sum 40); 50-60 serial; map B 60-100 with
  // one task of 30 and 10 of overhead; a worker task of another map is not counted in A.
  const events: TraceRecord[] = [
    { ph: 'M', name: 'process_name', tid: 0 },
    X('phase', 'parse_crate', 0, 100),
    X('map', 'a', 10, 40),
    X('task', 'a', 10, 10),
    X('task', 'a', 20, 10),
    X('task', 'a', 30, 20),
    X('map', 'b', 60, 40),
    X('task', 'b', 65, 30, 7),
    X('query', 'fn_sig', 52, 3),
  ];

  test('splits the profile into serial time, map overhead and tasks', () => {
    const cp = analyzeTrace(events, [1, 2, 8]);
    expect(cp.total).toBe(100);
    expect(cp.serial).toBe(20);
    expect(cp.mapOverhead).toBe(10);
    expect(cp.maps).toEqual([
      { task: 'a', inputs: 3, duration: 40, work: 40, longest: 20 },
      { task: 'b', inputs: 1, duration: 40, work: 30, longest: 30 },
    ]);
    expect(cp.parallelFraction).toBeCloseTo(0.7);
    // T∞ = 20 serial + 10 overhead + 20 + 30.
    expect(cp.span).toBe(80);
    expect(cp.bounds).toEqual([
      { threads: 1, time: 100, speedup: 1 },
      { threads: 2, time: 80, speedup: 100 / 80 },
      { threads: 8, time: 80, speedup: 100 / 80 },
    ]);
  });

  test('the report names every map and every thread count', () => {
    const text = formatCriticalPath(analyzeTrace(events, [2, 16]));
    expect(text).toContain('critical path (T∞)     0.000 s: speedup at most 1.25×');
    expect(text).toMatch(/^ {2}a +1 maps +3 tasks {2}work 0\.000 s/m);
    expect(text).toMatch(/^ +2 threads: .*speedup 1\.25×/m);
    expect(text).toMatch(/^ +16 threads: /m);
  });

  test('refuses a trace without map events, or without main-thread events', () => {
    expect(() => analyzeTrace([X('phase', 'p', 0, 1)], [2])).toThrow('the trace has no `map` events');
    expect(() => analyzeTrace([X('task', 't', 0, 1, 3)], [2])).toThrow('no complete events on the main thread');
  });
});
