/**
 * Scheduling decisions that never affect output: how a map's inputs are cut into chunks, in which
 * order the chunks are handed out, and the seeded perturbations of `-Zschedule-seed`. Whatever is
 * decided here, results are put back by input index, so only timing changes.
 *
 * Owns: chunk planning and the seeded random source. Must not: run tasks or touch threads.
 */

/** A half-open range of input indices `[start, end)` sent to a worker as one message. */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly weight: number;
}

/**
 * Chunks per worker thread to aim for: enough that a thread that drew cheap chunks picks up more
 * work (load balance), few enough that per-message costs (a clone each way, a wake-up) stay small.
 */
export const CHUNKS_PER_THREAD = 4;

/** A small deterministic PRNG (mulberry32): the same seed gives the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle driven by `random`; returns a new array. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Cuts `weights.length` inputs into contiguous chunks of about `total / (threads × CHUNKS_PER_THREAD)`
 * weight each, and orders them heaviest first (so a long chunk does not start last). With `random`
 * (a schedule seed) the chunk size varies and the order is shuffled instead.
 */
export function planChunks(weights: readonly number[], threads: number, random: (() => number) | null): Chunk[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const target = (total / (threads * CHUNKS_PER_THREAD)) * (random ? 0.25 + random() * 1.5 : 1);
  const chunks: Chunk[] = [];
  let start = 0;
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i]!;
    if (acc >= target || i === weights.length - 1) {
      chunks.push({ start, end: i + 1, weight: acc });
      start = i + 1;
      acc = 0;
    }
  }
  if (random) return shuffled(chunks, random);
  // Stable: equal weights keep input order.
  return chunks.map((c, i) => ({ c, i })).sort((a, b) => b.c.weight - a.c.weight || a.i - b.i).map((x) => x.c);
}
