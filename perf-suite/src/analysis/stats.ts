/**
 * Plain statistics on samples: median, quantiles, median absolute deviation, a seeded random
 * generator and the bootstrap confidence interval of a relative change of medians.
 *
 * Owns: numeric helpers, deterministic given their seed. Must not: know about metrics, test cases
 * or storage.
 */

function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** The median; NaN for an empty sample. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return quantileSorted(sorted(values), 0.5);
}

/** Quantile with linear interpolation between order statistics (R type 7, numpy's default). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  return quantileSorted(sorted(values), q);
}

function quantileSorted(s: ArrayLike<number>, q: number): number {
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = s[lo]!;
  const b = s[hi]!;
  return a + (b - a) * (pos - lo);
}

/** Median absolute deviation from the median. */
export function mad(values: readonly number[]): number {
  const m = median(values);
  return median(values.map((v) => Math.abs(v - m)));
}

/**
 * A robust relative standard deviation: 1.4826 × MAD / median (1.4826 makes the MAD an unbiased
 * estimate of σ for normal noise). One slow outlier barely moves it, unlike the sample σ.
 */
export function robustRelativeSpread(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = median(values);
  if (!(m > 0)) return 0;
  return (1.4826 * mad(values)) / m;
}

/**
 * The robust relative spread of two samples together: 1.4826 × the MAD of every value's relative
 * deviation from its own sample's median. Ten residuals give a steadier estimate than two MADs of
 * five, and one disturbed run on one side barely moves it.
 */
export function pooledRobustSpread(a: readonly number[], b: readonly number[]): number {
  const residuals: number[] = [];
  for (const xs of [a, b]) {
    const m = median(xs);
    if (!(m > 0)) continue;
    for (const x of xs) residuals.push(Math.abs(x - m) / m);
  }
  return residuals.length < 2 ? 0 : 1.4826 * median(residuals);
}

/** FNV-1a: a stable 32-bit seed from a string (a test case's key), so results do not depend on order. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: a small, fast, seeded generator of floats in [0, 1). */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BootstrapOptions {
  resamples: number;
  /** e.g. 0.95 */
  confidence: number;
  seed: number;
}

export const DEFAULT_BOOTSTRAP: BootstrapOptions = { resamples: 2000, confidence: 0.95, seed: 0x5eed };

/**
 * Percentile-bootstrap confidence interval of median(b) / median(a) - 1, taking the central
 * `confidence` share of the resampled changes.
 *
 * `paired`: a[i] and b[i] were measured next to each other (the collector interleaves A B A B), so
 * iterations are resampled as pairs. Whatever slowed the machine during iteration i slowed both
 * sides, and resampling pairs keeps that shared part out of the interval; resampling each side on
 * its own would let one disturbed baseline run decide the interval's bound (with 5 samples, a
 * resampled median equals the sample's maximum 5.8% of the time, more than the 2.5% tail).
 * Unequal lengths fall back to independent resampling.
 */
export function bootstrapChangeInterval(
  a: readonly number[],
  b: readonly number[],
  options: BootstrapOptions = DEFAULT_BOOTSTRAP,
  paired = false,
): { low: number; high: number } {
  if (a.length === 0 || b.length === 0) return { low: Number.NaN, high: Number.NaN };
  const rng = createRng(options.seed);
  const changes = new Float64Array(options.resamples);
  const ra = new Float64Array(a.length);
  const rb = new Float64Array(b.length);
  const joint = paired && a.length === b.length;
  for (let r = 0; r < options.resamples; r++) {
    if (joint) {
      for (let i = 0; i < a.length; i++) {
        const k = Math.floor(rng() * a.length);
        ra[i] = a[k]!;
        rb[i] = b[k]!;
      }
    } else {
      for (let i = 0; i < a.length; i++) ra[i] = a[Math.floor(rng() * a.length)]!;
      for (let i = 0; i < b.length; i++) rb[i] = b[Math.floor(rng() * b.length)]!;
    }
    changes[r] = medianOfTyped(rb) / medianOfTyped(ra) - 1;
  }
  changes.sort();
  const tail = (1 - options.confidence) / 2;
  return { low: quantileSorted(changes, tail), high: quantileSorted(changes, 1 - tail) };
}

function medianOfTyped(values: Float64Array): number {
  values.sort();
  return quantileSorted(values, 0.5);
}
