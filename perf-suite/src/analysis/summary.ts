/**
 * rustc-perf's summary of many test cases (reference §5.3): relevant results only, split into
 * primary and secondary benchmarks; count, mean and range of regressions, improvements and all;
 * the direction lattice; "deserves attention"; and the overall verdict line.
 *
 * Owns: MetricSummary, Verdict. Must not: read storage or render beyond the verdict's words.
 */
import type { Category, MetricComparison } from './compare.js';
import { magnitudeRank, type Magnitude } from './significance.js';

export type Direction = 'none' | 'improvement' | 'regression' | 'mixed';

export interface ChangeStats {
  count: number;
  /** Arithmetic mean of the relative changes (as rustc-perf: not a geomean); null when count is 0. */
  mean: number | null;
  min: number | null;
  max: number | null;
}

export interface CategorySummary {
  regressions: ChangeStats;
  improvements: ChangeStats;
  all: ChangeStats;
  /** The relevant change with the largest |change|, if any. */
  largest: { change: number; magnitude: Magnitude } | null;
  direction: Direction;
}

export interface MetricSummary {
  primary: CategorySummary;
  secondary: CategorySummary;
  direction: Direction;
  deservesAttention: boolean;
}

export interface CategorizedComparison {
  category: Category;
  comparison: MetricComparison;
}

function changeStats(changes: readonly number[]): ChangeStats {
  if (changes.length === 0) return { count: 0, mean: null, min: null, max: null };
  return {
    count: changes.length,
    mean: changes.reduce((s, c) => s + c, 0) / changes.length,
    min: Math.min(...changes),
    max: Math.max(...changes),
  };
}

export function summarizeCategory(comparisons: readonly MetricComparison[]): CategorySummary {
  const relevant = comparisons.filter((c) => c.relevant).sort((x, y) => x.change - y.change);
  const regressions = relevant.filter((c) => c.change > 0);
  const improvements = relevant.filter((c) => c.change < 0);
  let largest: CategorySummary['largest'] = null;
  for (const c of relevant) {
    if (largest === null || Math.abs(c.change) > Math.abs(largest.change)) largest = { change: c.change, magnitude: c.magnitude };
  }
  return {
    regressions: changeStats(regressions.map((c) => c.change)),
    improvements: changeStats(improvements.map((c) => c.change)),
    all: changeStats(relevant.map((c) => c.change)),
    largest,
    direction: directionOf(regressions, improvements),
  };
}

/** rustc-perf's `direction()` for one category. */
function directionOf(regressions: readonly MetricComparison[], improvements: readonly MetricComparison[]): Direction {
  const total = regressions.length + improvements.length;
  if (total === 0) return 'none';
  if (improvements.length === 0) return 'regression';
  if (regressions.length === 0) return 'improvement';
  const medium = magnitudeRank('medium');
  const bigRegressions = regressions.some((c) => magnitudeRank(c.magnitude) >= medium);
  const bigImprovements = improvements.some((c) => magnitudeRank(c.magnitude) >= medium);
  const ratio = regressions.length / total;
  if (bigRegressions && bigImprovements) return 'mixed';
  if (bigImprovements) return ratio >= 0.15 ? 'mixed' : 'improvement';
  if (bigRegressions) return ratio < 0.85 ? 'mixed' : 'regression';
  if (ratio >= 0.1 && ratio <= 0.9) return 'mixed';
  return ratio > 0.5 ? 'regression' : 'improvement';
}

/** The lattice none < improvement | regression < mixed. */
export function joinDirections(a: Direction, b: Direction): Direction {
  if (a === b) return a;
  if (a === 'none') return b;
  if (b === 'none') return a;
  return 'mixed';
}

export function summarizeMetric(comparisons: readonly CategorizedComparison[]): MetricSummary {
  const primary = summarizeCategory(comparisons.filter((c) => c.category === 'primary').map((c) => c.comparison));
  const secondary = summarizeCategory(comparisons.filter((c) => c.category !== 'primary').map((c) => c.comparison));
  const deservesAttention =
    (primary.largest !== null && magnitudeRank(primary.largest.magnitude) >= magnitudeRank('medium')) ||
    (secondary.largest !== null && magnitudeRank(secondary.largest.magnitude) >= magnitudeRank('large')) ||
    3 * primary.all.count + secondary.all.count >= 9;
  return { primary, secondary, direction: joinDirections(primary.direction, secondary.direction), deservesAttention };
}

export interface Verdict {
  direction: Direction;
  deservesAttention: boolean;
  hasRelevantRegression: boolean;
  failedBenchmarks: number;
  /** rustc-perf's "Overall result" heading text. */
  headline: string;
}

export function verdictOf(summary: MetricSummary, failedBenchmarks: number): Verdict {
  const words: Record<Direction, string> = {
    none: 'no relevant changes',
    improvement: '✅ improvements',
    regression: '❌ regressions',
    mixed: '❌✅ regressions and improvements',
  };
  let tail = '';
  if (failedBenchmarks > 0) tail = ' - BENCHMARK(S) FAILED';
  else if (summary.direction !== 'none') tail = summary.deservesAttention ? ' - please read' : ' - no action needed';
  return {
    direction: summary.direction,
    deservesAttention: summary.deservesAttention,
    hasRelevantRegression: summary.primary.regressions.count + summary.secondary.regressions.count > 0,
    failedBenchmarks,
    headline: `${words[summary.direction]}${tail}`,
  };
}
