import { describe, expect, test } from 'vitest';
import type { MetricComparison } from './compare.js';
import type { Magnitude } from './significance.js';
import { joinDirections, summarizeCategory, summarizeMetric, verdictOf, type CategorizedComparison } from './summary.js';

function cmp(change: number, magnitude: Magnitude, relevant = true): MetricComparison {
  const s = { n: 5, median: 1, min: 1, max: 1, values: [1] };
  return {
    metric: 'wall-time', baseline: s, candidate: s, change, ciLow: change, ciHigh: change, threshold: 0.01,
    thresholdSource: 'floor', significanceFactor: 1, significant: relevant, magnitude, relevant,
  };
}
const P = (c: MetricComparison): CategorizedComparison => ({ category: 'primary', comparison: c });
const S = (c: MetricComparison): CategorizedComparison => ({ category: 'secondary', comparison: c });

describe('category summary', () => {
  test('counts, means and ranges of relevant changes only', () => {
    const s = summarizeCategory([cmp(0.02, 'small'), cmp(0.04, 'medium'), cmp(-0.01, 'small'), cmp(0.5, 'very-large', false)]);
    expect(s.regressions).toEqual({ count: 2, mean: 0.03, min: 0.02, max: 0.04 });
    expect(s.improvements).toEqual({ count: 1, mean: -0.01, min: -0.01, max: -0.01 });
    expect(s.all.count).toBe(3);
    expect(s.all.mean).toBeCloseTo(0.05 / 3, 12);
    expect(s.largest).toEqual({ change: 0.04, magnitude: 'medium' });
    expect(s.direction).toBe('mixed'); // medium+ regressions only, ratio 2/3 < 85%
  });

  test.each([
    { name: 'empty', changes: [], expected: 'none' },
    { name: 'only regressions', changes: [cmp(0.01, 'small')], expected: 'regression' },
    { name: 'only improvements', changes: [cmp(-0.01, 'small')], expected: 'improvement' },
    { name: 'medium on both sides', changes: [cmp(0.05, 'medium'), cmp(-0.05, 'medium')], expected: 'mixed' },
    {
      name: 'medium improvements, 1 small regression of 10 (ratio 10% < 15%)',
      changes: [...Array.from({ length: 9 }, () => cmp(-0.05, 'medium')), cmp(0.01, 'small')],
      expected: 'improvement',
    },
    {
      name: 'all small, 1 regression of 20 (ratio 5% < 10%)',
      changes: [...Array.from({ length: 19 }, () => cmp(-0.01, 'small')), cmp(0.01, 'small')],
      expected: 'improvement',
    },
    { name: 'all small, half and half', changes: [cmp(-0.01, 'small'), cmp(0.01, 'small')], expected: 'mixed' },
  ] as const)('direction: $name → $expected', ({ changes, expected }) => {
    expect(summarizeCategory(changes).direction).toBe(expected);
  });

  test('direction lattice', () => {
    expect(joinDirections('none', 'regression')).toBe('regression');
    expect(joinDirections('improvement', 'improvement')).toBe('improvement');
    expect(joinDirections('improvement', 'regression')).toBe('mixed');
  });
});

describe('deserves attention and verdict', () => {
  test.each([
    { name: 'no relevant change', items: [P(cmp(0.3, 'large', false))], attention: false, headline: 'no relevant changes' },
    { name: 'primary medium', items: [P(cmp(0.05, 'medium'))], attention: true, headline: '❌ regressions - please read' },
    { name: 'secondary medium is not enough', items: [S(cmp(0.05, 'medium'))], attention: false, headline: '❌ regressions - no action needed' },
    { name: 'secondary large', items: [S(cmp(-0.1, 'large'))], attention: true, headline: '✅ improvements - please read' },
    {
      name: '3 × 2 primary + 3 secondary small ≥ 9',
      items: [P(cmp(0.01, 'small')), P(cmp(0.01, 'small')), S(cmp(0.01, 'small')), S(cmp(0.01, 'small')), S(cmp(-0.01, 'small'))],
      attention: true,
      // secondary: 2 of 3 small changes are regressions (ratio in [0.1, 0.9]) ⇒ mixed; joined ⇒ mixed
      headline: '❌✅ regressions and improvements - please read',
    },
  ])('$name', ({ items, attention, headline }) => {
    const summary = summarizeMetric(items);
    expect(summary.deservesAttention).toBe(attention);
    expect(verdictOf(summary, 0).headline).toBe(headline);
  });

  test('failed benchmarks are in the headline', () => {
    const v = verdictOf(summarizeMetric([P(cmp(0.05, 'medium'))]), 2);
    expect(v.headline).toBe('❌ regressions - BENCHMARK(S) FAILED');
    expect(v.hasRelevantRegression).toBe(true);
  });
});
