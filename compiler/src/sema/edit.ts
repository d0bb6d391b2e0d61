/**
 * rustc's `edit_distance_with_substrings` and `find_best_match_for_name_with_substrings`
 * (rustc_span/src/edit_distance.rs): similar-name lookup that favours substrings, used for
 * "there is a method `x` with a similar name". The plain variant is the parser's
 * `findBestMatchForName`.
 *
 * Owns: these functions. Must not: know about what the names are.
 */
import { editDistance, findBestMatchForName } from '../syntax/parser/diagnostics.js';

export function editDistanceWithSubstrings(a: string, b: string, limit: number): number | null {
  const n = [...a].length;
  const m = [...b].length;
  const bigLenDiff = n * 2 < m || m * 2 < n;
  const lenDiff = Math.abs(n - m);
  const distance = editDistance(a, b, limit + lenDiff);
  if (distance === null) return null;
  let score = distance - lenDiff;
  if (score === 0 && lenDiff > 0 && !bigLenDiff) score = 1;
  else if (!bigLenDiff) score = score + Math.floor((lenDiff + 1) / 2);
  else score = score + lenDiff;
  return score <= limit ? score : null;
}

export function findBestMatchForNameWithSubstrings(candidates: readonly string[], lookup: string, dist: number | null): string | null {
  const upper = lookup.toUpperCase();
  const exact = candidates.find((c) => c.toUpperCase() === upper);
  if (exact !== undefined) return exact;
  let limit = dist ?? Math.floor(Math.max([...lookup].length, 3) / 3);
  let best: string | null = null;
  let next: string[] = [];
  for (const c of candidates) {
    const d = editDistanceWithSubstrings(lookup, c, limit);
    if (d === 0) return c;
    if (d !== null) {
      if (d < limit) {
        limit = d;
        next = [];
      }
      next.push(c);
      best = c;
    }
  }
  // A tie: decided by the plain edit distance.
  if (next.length > 1) best = findBestMatchForName(next, lookup, lookup.length);
  if (best !== null) return best;
  const sortWords = (s: string) => s.split('_').sort().join('_');
  const target = sortWords(lookup);
  return candidates.find((c) => sortWords(c) === target) ?? null;
}
