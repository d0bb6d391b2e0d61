import { describe, expect, test } from 'vitest';
import { compareMetric, testCaseId } from './compare.js';

const key = { benchmark: 'helloworld', profile: 'check', scenario: 'full', threads: 1 };

describe('compareMetric', () => {
  test('a clear 10% wall-time regression is relevant', () => {
    const a = [1.0, 1.01, 0.99, 1.0, 1.005];
    const b = a.map((x) => x * 1.1);
    const c = compareMetric(key, 'wall-time', a, b);
    expect(c.change).toBeCloseTo(0.1, 10);
    expect(c.ciLow).toBeGreaterThan(0);
    expect(c.significant).toBe(true);
    expect(c.relevant).toBe(true);
    expect(c.magnitude).toBe('large');
    expect(c.baseline.median).toBe(1.0);
  });

  test('identical samples are not significant', () => {
    const a = [1.0, 1.02, 0.98, 1.01, 0.99];
    const c = compareMetric(key, 'wall-time', a, [...a].reverse());
    expect(c.change).toBe(0);
    expect(c.significant).toBe(false);
    expect(c.relevant).toBe(false);
  });

  test('a 0.3% change is below the wall-time floor', () => {
    const a = [1, 1, 1, 1, 1];
    const c = compareMetric(key, 'wall-time', a, a.map((x) => x * 1.003));
    expect(c.threshold).toBe(0.005);
    expect(c.significant).toBe(false);
  });

  test('the result is reproducible and keyed by the test case', () => {
    const a = [1.0, 1.1, 0.9, 1.05, 0.97];
    const b = [1.02, 1.12, 0.95, 1.07, 1.0];
    expect(compareMetric(key, 'wall-time', a, b)).toEqual(compareMetric(key, 'wall-time', a, b));
    expect(testCaseId(key)).toBe('helloworld/check/full/t1');
  });
});
