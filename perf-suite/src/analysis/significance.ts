/**
 * When a change counts: the noise threshold of a test case, significance, and rustc-perf's
 * magnitude buckets (reference §5.1-5.2).
 *
 * The threshold is the largest of
 * - the metric's floor (0.2% for instructions, as rustc-perf without history; 0.5% for the others);
 * - SPREAD_FACTOR × the pooled robust relative spread of this run's samples (noise measured now;
 *   stats.ts pooledRobustSpread);
 * - rustc-perf's upper fence Q3 + 3·IQR over the relative deltas between earlier collections of the
 *   *same* artifact (pure re-run noise: the reference's fix for rustc-perf's #1339), once there are
 *   at least MIN_HISTORY_DELTAS of them.
 *
 * Owns: thresholds, significance, magnitude. Must not: read storage (history comes in as numbers).
 */
import { metricInfo, type MetricName } from '../metrics.js';
import { pooledRobustSpread, quantile } from './stats.js';

export type Magnitude = 'very-small' | 'small' | 'medium' | 'large' | 'very-large';
export const MAGNITUDES: readonly Magnitude[] = ['very-small', 'small', 'medium', 'large', 'very-large'];

export function magnitudeRank(m: Magnitude): number {
  return MAGNITUDES.indexOf(m) + 1;
}

/**
 * How many single-run noise σs a change must exceed to be significant. Three keeps an A/A run of a
 * whole suite quiet (see perf-suite/docs/statistics.md for the simulation behind the choice).
 */
export const SPREAD_FACTOR = 3;
export const MIN_HISTORY_DELTAS = 4;
const IQR_MULTIPLIER = 3;

export type ThresholdSource = 'floor' | 'spread' | 'history';

export interface NoiseThreshold {
  threshold: number;
  source: ThresholdSource;
  /** The pooled robust relative spread of this run's samples. */
  spread: number;
  /** The history fence, when there was enough history. */
  historyFence: number | null;
}

/**
 * @param history medians of earlier complete collections of the same artifact for this test case
 *   and metric, oldest first (each side's own history, concatenated as separate series).
 */
export function noiseThreshold(
  metric: MetricName,
  baseline: readonly number[],
  candidate: readonly number[],
  history: readonly (readonly number[])[] = [],
): NoiseThreshold {
  const floor = metricInfo(metric).floor;
  const spread = pooledRobustSpread(baseline, candidate);
  const fence = historyFence(history);
  let threshold = floor;
  let source: ThresholdSource = 'floor';
  if (SPREAD_FACTOR * spread > threshold) {
    threshold = SPREAD_FACTOR * spread;
    source = 'spread';
  }
  if (fence !== null && fence > threshold) {
    threshold = fence;
    source = 'history';
  }
  return { threshold, source, spread, historyFence: fence };
}

/** Q3 + 3·IQR of the relative deltas between consecutive medians of each series, or null. */
export function historyFence(series: readonly (readonly number[])[]): number | null {
  const deltas: number[] = [];
  for (const s of series) {
    for (let i = 0; i + 1 < s.length; i++) {
      const a = s[i]!;
      const b = s[i + 1]!;
      if (a > 0) deltas.push(Math.abs(b - a) / a);
    }
  }
  if (deltas.length < MIN_HISTORY_DELTAS) return null;
  const q1 = quantile(deltas, 0.25);
  const q3 = quantile(deltas, 0.75);
  return q3 + IQR_MULTIPLIER * (q3 - q1);
}

/** Significant: the confidence interval excludes zero and |change| reaches the noise threshold. */
export function isSignificant(change: number, ci: { low: number; high: number }, threshold: number): boolean {
  const excludesZero = ci.low > 0 || ci.high < 0;
  return excludesZero && Math.abs(change) >= threshold;
}

/** rustc-perf's magnitude: the floored mean of "how far past the threshold" and "how big". */
export function magnitudeOf(metric: MetricName, change: number, threshold: number): Magnitude {
  const abs = Math.abs(change);
  if (abs < 0.0001) return 'very-small';
  const over = threshold > 0 ? abs / threshold : Number.POSITIVE_INFINITY;
  const overRank = over < 1.5 ? 1 : over < 3 ? 2 : over < 6 ? 3 : over < 12 ? 4 : 5;
  const pct = (100 * abs) / (metricInfo(metric).typicallyNoisy ? 2 : 1);
  const absRank = pct < 0.2 ? 1 : pct < 1 ? 2 : pct < 2 ? 3 : pct < 5 ? 4 : 5;
  return MAGNITUDES[Math.floor((overRank + absRank) / 2) - 1]!;
}
