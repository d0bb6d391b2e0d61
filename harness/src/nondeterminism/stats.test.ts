import { describe, expect, test } from 'vitest';
import { describeRate, normalQuantile, percent, runsToDetect, wilsonInterval, zeroOfNUpperBound } from './stats.js';

describe('zeroOfNUpperBound: the rate 0 divergences in n runs still allow (95%)', () => {
  test.each([
    [10, 0.2589],
    [20, 0.1391],
    [30, 0.0950],
    [100, 0.0295],
  ])('%i runs → %f', (n, bound) => expect(zeroOfNUpperBound(n)).toBeCloseTo(bound, 4));

  test('no runs bound nothing', () => expect(zeroOfNUpperBound(0)).toBe(1));

  test('it is the rate at which 0 of n has probability 5%', () => {
    const p = zeroOfNUpperBound(20);
    expect((1 - p) ** 20).toBeCloseTo(0.05, 10);
  });
});

test.each([
  [0.5, 5],
  [0.2, 14],
  [0.02, 149],
  [1, 1],
])('runsToDetect(%f) = %i', (rate, n) => expect(runsToDetect(rate)).toBe(n));

describe('wilsonInterval', () => {
  test.each([
    // Reference values of the Wilson score interval (z = 1.959964).
    [7, 20, 0.1812, 0.5671],
    [1, 10, 0.0179, 0.4042],
    [20, 20, 0.8389, 1],
  ])('%i of %i → [%f, %f]', (k, n, lo, hi) => {
    const [a, b] = wilsonInterval(k, n);
    expect(a).toBeCloseTo(lo, 3);
    expect(b).toBeCloseTo(hi, 3);
  });

  test('normalQuantile(0.975) is 1.96', () => expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5));
});

test.each([
  [0, '0%'],
  [0.1391, '14%'],
  [0.025, '2.5%'],
  [0.0913, '9.1%'],
  [1, '100%'],
])('percent(%f) = %s', (r, s) => expect(percent(r)).toBe(s));

test.each([
  [0, 20, '0 of 20 runs, rate < 14% at 95%'],
  [7, 20, '7 of 20 runs (35%, 95% CI 18%-57%)'],
])('describeRate(%i, %i)', (k, n, s) => expect(describeRate(k, n)).toBe(s));
