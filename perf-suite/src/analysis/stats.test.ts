import { describe, expect, test } from 'vitest';
import { bootstrapChangeInterval, createRng, hashSeed, mad, median, quantile, robustRelativeSpread } from './stats.js';

describe('median and quantiles', () => {
  const check = (values: number[], expected: { median: number; q25: number; mad: number }) => {
    expect(median(values)).toBeCloseTo(expected.median, 12);
    expect(quantile(values, 0.25)).toBeCloseTo(expected.q25, 12);
    expect(mad(values)).toBeCloseTo(expected.mad, 12);
  };
  test.each([
    { values: [3, 1, 2], median: 2, q25: 1.5, mad: 1 },
    { values: [4, 1, 3, 2], median: 2.5, q25: 1.75, mad: 1 },
    { values: [10, 10, 10, 10, 50], median: 10, q25: 10, mad: 0 },
    { values: [7], median: 7, q25: 7, mad: 0 },
  ])('$values', ({ values, ...expected }) => check(values, expected));

  test('empty samples give NaN, not a number that looks real', () => {
    expect(median([])).toBeNaN();
    expect(quantile([], 0.5)).toBeNaN();
  });

  test('the robust spread ignores one outlier', () => {
    expect(robustRelativeSpread([100, 101, 99, 100, 1000])).toBeCloseTo((1.4826 * 1) / 100, 10);
    expect(robustRelativeSpread([5])).toBe(0);
  });
});

describe('seeded randomness', () => {
  test('the same seed gives the same sequence, another seed another one', () => {
    const a = createRng(1);
    const b = createRng(1);
    const c = createRng(2);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  test('hashSeed is stable (FNV-1a)', () => {
    expect(hashSeed('')).toBe(0x811c9dc5);
    expect(hashSeed('a')).toBe(0xe40c292c);
  });
});

describe('bootstrap interval of a change of medians', () => {
  const opts = { resamples: 2000, confidence: 0.95, seed: 7 };

  test('identical constant samples give a zero-width interval at zero', () => {
    expect(bootstrapChangeInterval([2, 2, 2], [2, 2, 2], opts)).toEqual({ low: 0, high: 0 });
  });

  test('a clear 10% slowdown gives an interval around +10% that excludes zero', () => {
    const a = [1.0, 1.01, 0.99, 1.0, 1.02];
    const b = a.map((x) => x * 1.1);
    const ci = bootstrapChangeInterval(a, b, opts);
    expect(ci.low).toBeGreaterThan(0.05);
    expect(ci.high).toBeLessThan(0.15);
    expect(ci.low).toBeLessThanOrEqual(0.1);
    expect(ci.high).toBeGreaterThanOrEqual(0.1);
  });

  test('overlapping samples give an interval that contains zero', () => {
    const ci = bootstrapChangeInterval([1.0, 1.1, 0.9, 1.05, 0.95], [1.02, 0.92, 1.08, 0.97, 1.0], opts);
    expect(ci.low).toBeLessThan(0);
    expect(ci.high).toBeGreaterThan(0);
  });

  test('paired resampling keeps a disturbance that hit both sides of one iteration out of the interval', () => {
    // Iteration 4 was slowed for both sides (the machine was busy); the candidate is 5% slower throughout.
    const a = [56.2, 55.8, 57.2, 60.6, 56.0];
    const b = [59.0, 58.9, 61.7, 61.5, 59.0];
    expect(bootstrapChangeInterval(a, b, opts).low).toBeLessThan(0);
    const paired = bootstrapChangeInterval(a, b, opts, true);
    expect(paired.low).toBeGreaterThan(0.01);
    expect(paired.high).toBeLessThan(0.1);
    // Unequal lengths cannot be paired: independent resampling.
    expect(bootstrapChangeInterval(a, b.slice(1), opts, true)).toEqual(bootstrapChangeInterval(a, b.slice(1), opts));
  });

  test('is deterministic for a seed', () => {
    const a = [1, 1.2, 0.9, 1.1, 1.05];
    const b = [1.1, 1.3, 1.0, 1.2, 1.0];
    expect(bootstrapChangeInterval(a, b, opts)).toEqual(bootstrapChangeInterval(a, b, opts));
  });
});
