/**
 * The statistics of a nondeterminism hunt: what a count of divergent runs out of n says about the
 * per-run divergence rate. Zero divergences give a one-sided upper bound (the exact binomial bound,
 * 1 - alpha^(1/n)); a non-zero count gives a Wilson score interval. Pure arithmetic, no I/O.
 */

/** The confidence every bound in the reports uses. */
export const CONFIDENCE = 0.95;

/**
 * The largest per-run rate still consistent (at `confidence`) with seeing 0 divergences in `n`
 * runs: P(0 of n | p) = (1 - p)^n = 1 - confidence. 0 runs say nothing (1).
 */
export function zeroOfNUpperBound(n: number, confidence: number = CONFIDENCE): number {
  if (n <= 0) return 1;
  return 1 - (1 - confidence) ** (1 / n);
}

/** Runs needed to see a divergence of per-run rate `rate` at least once, with `confidence`. */
export function runsToDetect(rate: number, confidence: number = CONFIDENCE): number {
  if (rate >= 1) return 1;
  if (rate <= 0) return Infinity;
  return Math.ceil(Math.log(1 - confidence) / Math.log(1 - rate));
}

/** Wilson score interval of k successes in n trials (two-sided, `confidence`). */
export function wilsonInterval(k: number, n: number, confidence: number = CONFIDENCE): [number, number] {
  if (n <= 0) return [0, 1];
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = k / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Inverse of the standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  const poly = (k: number[], x: number) => k.reduce((acc, v) => acc * x + v, 0);
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - lo) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -poly(c, q) / (poly(d, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}

/** A rate as a whole percentage, with one decimal below 10% (`14%`, `2.5%`, `0%`). */
export function percent(rate: number): string {
  const v = rate * 100;
  if (v === 0) return '0%';
  if (v < 10) return `${(Math.round(v * 10) / 10).toString()}%`;
  return `${Math.round(v)}%`;
}

/**
 * `k of n runs` with what it implies: `0 of 20 runs, rate < 14% at 95%` or
 * `7 of 20 runs (35%, 95% CI 18%-57%)`.
 */
export function describeRate(k: number, n: number, confidence: number = CONFIDENCE): string {
  const level = percent(confidence);
  if (k === 0) return `0 of ${n} runs, rate < ${percent(zeroOfNUpperBound(n, confidence))} at ${level}`;
  const [lo, hi] = wilsonInterval(k, n, confidence);
  return `${k} of ${n} runs (${percent(k / n)}, ${level} CI ${percent(lo)}-${percent(hi)})`;
}
