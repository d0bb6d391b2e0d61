/**
 * Per test case and metric: the relative change of the median from baseline to candidate, its
 * bootstrap confidence interval, the noise threshold, significance, magnitude and relevance.
 *
 * Owns: TestCaseComparison. Must not: read storage or render.
 */
import type { MetricName } from '../metrics.js';
import { bootstrapChangeInterval, DEFAULT_BOOTSTRAP, hashSeed, median, type BootstrapOptions } from './stats.js';
import { isSignificant, magnitudeOf, magnitudeRank, noiseThreshold, type Magnitude, type ThresholdSource } from './significance.js';

export type Category = 'primary' | 'secondary';

export interface TestCaseKey {
  benchmark: string;
  profile: string;
  scenario: string;
  threads: number;
}

export function testCaseId(k: TestCaseKey): string {
  return `${k.benchmark}/${k.profile}/${k.scenario}/t${k.threads}`;
}

export interface SampleSummary {
  n: number;
  median: number;
  min: number;
  max: number;
  values: number[];
}

export function summarizeSamples(values: readonly number[]): SampleSummary {
  return {
    n: values.length,
    median: median(values),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
    values: [...values],
  };
}

export interface MetricComparison {
  metric: MetricName;
  baseline: SampleSummary;
  candidate: SampleSummary;
  /** median(candidate) / median(baseline) - 1 */
  change: number;
  ciLow: number;
  ciHigh: number;
  threshold: number;
  thresholdSource: ThresholdSource;
  /** |change| / threshold, as rustc-perf's "significance factor". */
  significanceFactor: number;
  significant: boolean;
  magnitude: Magnitude;
  relevant: boolean;
}

/**
 * Compares the samples of one metric; `baseline[i]` and `candidate[i]` are iteration i of each side,
 * measured one after the other.
 */
export function compareMetric(
  key: TestCaseKey,
  metric: MetricName,
  baseline: readonly number[],
  candidate: readonly number[],
  history: readonly (readonly number[])[] = [],
  bootstrap: Omit<BootstrapOptions, 'seed'> & { seed?: number } = DEFAULT_BOOTSTRAP,
): MetricComparison {
  const a = summarizeSamples(baseline);
  const b = summarizeSamples(candidate);
  const change = b.median / a.median - 1;
  // The seed depends on the test case and metric only, so a report is reproducible from its data.
  const seed = (bootstrap.seed ?? DEFAULT_BOOTSTRAP.seed) ^ hashSeed(`${testCaseId(key)}/${metric}`);
  // The collector interleaves A B A B: iteration i of each side forms a pair (see stats.ts).
  const ci = bootstrapChangeInterval(baseline, candidate, { resamples: bootstrap.resamples, confidence: bootstrap.confidence, seed }, true);
  const noise = noiseThreshold(metric, baseline, candidate, history);
  const significant = Number.isFinite(change) && isSignificant(change, ci, noise.threshold);
  const magnitude = magnitudeOf(metric, change, noise.threshold);
  return {
    metric,
    baseline: a,
    candidate: b,
    change,
    ciLow: ci.low,
    ciHigh: ci.high,
    threshold: noise.threshold,
    thresholdSource: noise.source,
    significanceFactor: noise.threshold > 0 && Number.isFinite(change) ? Math.abs(change) / noise.threshold : 0,
    significant,
    magnitude,
    relevant: significant && magnitudeRank(magnitude) >= magnitudeRank('small'),
  };
}
