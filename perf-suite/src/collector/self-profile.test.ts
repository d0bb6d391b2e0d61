import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { hasJsonTrace, phaseTimes, readSelfProfileDir } from './self-profile.js';

describe('phase times from a Chrome trace', () => {
  test.each([
    {
      name: 'complete events, summed per phase; queries are not phases',
      trace: { traceEvents: [
        { name: 'parse', cat: 'phase', ph: 'X', ts: 0, dur: 1500, pid: 1, tid: 1 },
        { name: 'typeck', cat: 'phase', ph: 'X', ts: 2000, dur: 3000, pid: 1, tid: 1 },
        { name: 'typeck', cat: 'phase', ph: 'X', ts: 2000, dur: 1000, pid: 1, tid: 2 },
        { name: 'typeOf', cat: 'query', ph: 'X', ts: 2100, dur: 50, pid: 1, tid: 1 },
      ] },
      expected: { parse: 0.0015, typeck: 0.004 },
    },
    {
      name: 'B/E pairs per thread (a bare array is a valid trace too)',
      trace: [
        { name: 'resolve', cat: 'phase', ph: 'B', ts: 10, pid: 1, tid: 1 },
        { name: 'resolve', cat: 'phase', ph: 'B', ts: 20, pid: 1, tid: 2 },
        { name: 'resolve', cat: 'phase', ph: 'E', ts: 110, pid: 1, tid: 1 },
        { name: 'resolve', cat: 'phase', ph: 'E', ts: 70, pid: 1, tid: 2 },
      ],
      expected: { resolve: 0.00015 },
    },
    { name: 'not a trace', trace: { hello: 1 }, expected: {} },
  ])('$name', ({ trace, expected }) => {
    const got = Object.fromEntries(phaseTimes(trace));
    expect(Object.keys(got).sort()).toEqual(Object.keys(expected).sort());
    for (const [k, v] of Object.entries(expected)) expect(got[k]).toBeCloseTo(v, 12);
  });

  test('a profile folder: JSON traces are read, other files are ignored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'weft-sp-'));
    try {
      expect(hasJsonTrace(dir)).toBe(false);
      writeFileSync(join(dir, 'weftc-1234.json'), JSON.stringify([{ name: 'parse', cat: 'phase', ph: 'X', ts: 0, dur: 2000 }]));
      writeFileSync(join(dir, 'rustc-1234.mm_profdata'), 'binary');
      writeFileSync(join(dir, 'broken.json'), '{');
      expect(hasJsonTrace(dir)).toBe(true);
      expect(Object.fromEntries(readSelfProfileDir(dir))).toEqual({ parse: 0.002 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
