import { describe, expect, test } from 'vitest';
import { historyFence, isSignificant, magnitudeOf, noiseThreshold } from './significance.js';

describe('magnitude (rustc-perf reference §5.2 examples)', () => {
  test.each([
    // instructions: threshold 0.1%, +0.3% ⇒ over = M, abs = S ⇒ S
    { metric: 'instructions:u', change: 0.003, threshold: 0.001, expected: 'small' },
    // threshold 0.1%, +0.15% ⇒ over = S, abs = VS ⇒ VS
    { metric: 'instructions:u', change: 0.0015, threshold: 0.001, expected: 'very-small' },
    // max-rss is typically noisy: 1.5% counts as 0.75% ⇒ abs = S; over 1.5/0.5 = 3 ⇒ M; floor(2.5) = S
    { metric: 'max-rss', change: 0.015, threshold: 0.005, expected: 'small' },
    // wall-time +5% with a 1% threshold: over 5 ⇒ M (3), abs 2.5 ⇒ L (4) ⇒ M
    { metric: 'wall-time', change: 0.05, threshold: 0.01, expected: 'medium' },
    { metric: 'wall-time', change: -0.3, threshold: 0.01, expected: 'very-large' },
    { metric: 'wall-time', change: 0.00005, threshold: 0.00001, expected: 'very-small' },
  ] as const)('$metric $change / $threshold → $expected', ({ metric, change, threshold, expected }) => {
    expect(magnitudeOf(metric, change, threshold)).toBe(expected);
  });
});

describe('significance', () => {
  test.each([
    { change: 0.05, ci: { low: 0.03, high: 0.07 }, threshold: 0.01, expected: true },
    { change: 0.05, ci: { low: -0.01, high: 0.07 }, threshold: 0.01, expected: false }, // interval has zero
    { change: 0.005, ci: { low: 0.004, high: 0.006 }, threshold: 0.01, expected: false }, // below noise
    { change: -0.02, ci: { low: -0.03, high: -0.01 }, threshold: 0.01, expected: true },
  ])('$change in [$ci.low, $ci.high], threshold $threshold → $expected', ({ change, ci, threshold, expected }) => {
    expect(isSignificant(change, ci, threshold)).toBe(expected);
  });
});

describe('noise threshold', () => {
  test('quiet samples fall back to the metric floor', () => {
    expect(noiseThreshold('wall-time', [1, 1, 1], [1, 1, 1])).toMatchObject({ threshold: 0.005, source: 'floor' });
    expect(noiseThreshold('instructions:u', [1, 1, 1], [1, 1, 1])).toMatchObject({ threshold: 0.002, source: 'floor' });
  });

  test('noisy samples raise it to three times the pooled robust spread', () => {
    const t = noiseThreshold('wall-time', [100, 110, 90, 100, 100], [100, 100, 100, 100, 100]);
    // spread(a) = 1.4826 × 0 / 100 = 0 (MAD of [10,10,0,0,0] is 0) ⇒ floor.
    expect(t.source).toBe('floor');
    const u = noiseThreshold('wall-time', [100, 104, 96, 102, 98], [100, 104, 96, 102, 98]);
    expect(u.source).toBe('spread');
    expect(u.threshold).toBeCloseTo(3 * ((1.4826 * 2) / 100), 10);
  });

  test('history of the same artifact raises it when re-runs disagree more than this run shows', () => {
    const history = [[100, 103, 99, 104, 100, 97]];
    const fence = historyFence(history)!;
    expect(fence).toBeGreaterThan(0.03);
    expect(noiseThreshold('wall-time', [1, 1, 1], [1, 1, 1], history)).toMatchObject({ source: 'history', threshold: fence });
  });

  test('too little history is ignored', () => {
    expect(historyFence([[100, 110, 120]])).toBeNull();
    expect(historyFence([])).toBeNull();
  });
});
