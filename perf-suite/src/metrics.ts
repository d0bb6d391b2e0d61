/**
 * The metrics the collector records, with their units and how noisy rustc-perf considers them.
 * Self-profile phases are metrics named `phase:<name>` (seconds).
 *
 * Owns: metric names, units, formatting of values. Must not: measure or store anything.
 */

export type MetricName = 'wall-time' | 'cpu-time' | 'max-rss' | 'instructions:u' | `phase:${string}`;

export interface MetricInfo {
  readonly name: MetricName;
  /** Shown in report headings. */
  readonly title: string;
  readonly unit: 's' | 'bytes' | 'count';
  /**
   * rustc-perf doubles the absolute magnitude buckets of every metric but instructions
   * (`is_typically_noisy`): a 1% wall-time change is as "big" as a 0.5% instruction change.
   */
  readonly typicallyNoisy: boolean;
  /** The smallest significance threshold; rustc-perf's default without history is 0.2%. */
  readonly floor: number;
}

const BASE: Record<string, MetricInfo> = {
  'wall-time': { name: 'wall-time', title: 'Wall time', unit: 's', typicallyNoisy: true, floor: 0.005 },
  'cpu-time': { name: 'cpu-time', title: 'CPU time (user+sys)', unit: 's', typicallyNoisy: true, floor: 0.005 },
  'max-rss': { name: 'max-rss', title: 'Max RSS (memory usage)', unit: 'bytes', typicallyNoisy: true, floor: 0.005 },
  'instructions:u': { name: 'instructions:u', title: 'Instruction count', unit: 'count', typicallyNoisy: false, floor: 0.002 },
};

/** The metrics of the summary tables, in report order (phases are shown in their own chart). */
export const SUMMARY_METRICS: readonly MetricName[] = ['wall-time', 'cpu-time', 'max-rss', 'instructions:u'];

/**
 * The metric that decides the verdict. Wall time, not instructions: instruction counts go *up*
 * with -Zthreads while wall time goes down (rustc-perf reference §10), and `perf stat` cannot count
 * instructions on every machine.
 */
export const VERDICT_METRIC: MetricName = 'wall-time';

export function metricInfo(name: MetricName): MetricInfo {
  const known = BASE[name];
  if (known) return known;
  if (name.startsWith('phase:')) {
    return { name, title: `Phase ${name.slice('phase:'.length)}`, unit: 's', typicallyNoisy: true, floor: 0.005 };
  }
  throw new Error(`unknown metric ${name}`);
}

export function isPhaseMetric(name: string): name is `phase:${string}` {
  return name.startsWith('phase:');
}

/** A value for humans: `123.4 ms`, `56.7 MiB`, `1.23 G`. */
export function formatValue(metric: MetricName, value: number): string {
  const unit = metricInfo(metric).unit;
  if (unit === 's') {
    if (value >= 1) return `${value.toFixed(3)} s`;
    return `${(value * 1000).toFixed(1)} ms`;
  }
  if (unit === 'bytes') return `${(value / (1024 * 1024)).toFixed(1)} MiB`;
  if (value >= 1e9) return `${(value / 1e9).toFixed(3)} G`;
  if (value >= 1e6) return `${(value / 1e6).toFixed(3)} M`;
  return String(Math.round(value));
}

/** A relative change for humans: `+1.23%`, `-0.40%`. */
export function formatChange(change: number, digits = 2): string {
  const pct = change * 100;
  if (Math.abs(pct) < 0.5 * 10 ** -digits) return `${(0).toFixed(digits)}%`;
  return `${pct > 0 ? '+' : ''}${pct.toFixed(digits)}%`;
}
