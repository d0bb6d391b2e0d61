/**
 * The benchmark suite, read from disk: `perf-suite/benchmarks/<name>/perf-config.json` + sources
 * (format in perf-suite/docs/benchmarks.md). Every problem with a config is one line naming the file
 * and the field; a benchmark with problems is reported, never silently dropped.
 *
 * Owns: discovery, validation, selection (--include/--exclude). Must not: run compilers.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import type { Category } from '../analysis/compare.js';
import { PerfError } from '../errors.js';

export type Profile = 'check' | 'build';
export const PROFILES: readonly Profile[] = ['check', 'build'];
export type Scenario = 'full';
export const SCENARIOS: readonly Scenario[] = ['full'];

export interface BenchmarkConfig {
  category: Category;
  description: string;
  profiles: Profile[];
  edition: '2015' | '2018' | '2021' | '2024';
  crateType: 'bin' | 'lib';
  entry: string;
  /** Overrides the run's --threads for this benchmark. */
  threads: number[] | null;
  /** `errors`: the compile is meant to end with diagnostics (exit 1, no ICE). */
  expect: 'success' | 'errors';
  generator: string | null;
}

export interface Benchmark {
  name: string;
  dir: string;
  config: BenchmarkConfig;
}

export interface BenchmarkProblem {
  name: string;
  /** One line: `<path>: <what is wrong>`. */
  message: string;
}

const KEYS = ['category', 'description', 'profiles', 'edition', 'crateType', 'entry', 'threads', 'expect', 'generator'];
const NAME = /^[a-z0-9][a-z0-9_-]*$/;

/** Reads every benchmark folder under `suiteDir`, sorted by name. */
export function discoverBenchmarks(suiteDir: string): { benchmarks: Benchmark[]; problems: BenchmarkProblem[] } {
  let names: string[];
  try {
    names = readdirSync(suiteDir).filter((n) => statSync(join(suiteDir, n)).isDirectory()).sort();
  } catch (e) {
    throw new PerfError('no-benchmarks', 'benchmarks', `cannot read the benchmark suite at ${suiteDir}: ${(e as Error).message}`, { cause: e });
  }
  const benchmarks: Benchmark[] = [];
  const problems: BenchmarkProblem[] = [];
  for (const name of names) {
    const dir = join(suiteDir, name);
    const result = loadBenchmark(name, dir);
    if ('problems' in result) problems.push(...result.problems.map((message) => ({ name, message })));
    else benchmarks.push(result);
  }
  return { benchmarks, problems };
}

export function loadBenchmark(name: string, dir: string): Benchmark | { problems: string[] } {
  const file = join(dir, 'perf-config.json');
  const where = relativeForHumans(file);
  const problems: string[] = [];
  if (!NAME.test(name)) problems.push(`${relativeForHumans(dir)}: a benchmark name is lowercase letters, digits, '-' and '_'`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { problems: [`${where}: ${err.code === 'ENOENT' ? 'missing (every benchmark folder needs one)' : `not valid JSON: ${err.message}`}`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problems: [`${where}: must be a JSON object`] };
  const o = raw as Record<string, unknown>;
  const bad = (field: string, want: string) => problems.push(`${where}: "${field}" must be ${want}, got ${JSON.stringify(o[field])}`);
  for (const k of Object.keys(o)) if (!KEYS.includes(k)) problems.push(`${where}: unknown field "${k}" (known: ${KEYS.join(', ')})`);

  if (o.category !== 'primary' && o.category !== 'secondary') bad('category', '"primary" or "secondary"');
  if (typeof o.description !== 'string' || o.description.trim() === '') bad('description', 'a non-empty string');
  if (!Array.isArray(o.profiles) || o.profiles.length === 0 || !o.profiles.every((p) => PROFILES.includes(p as Profile))) {
    bad('profiles', `a non-empty list of ${PROFILES.map((p) => `"${p}"`).join(', ')}`);
  }
  if (!['2015', '2018', '2021', '2024'].includes(o.edition as string)) bad('edition', '"2015", "2018", "2021" or "2024"');
  if (o.crateType !== 'bin' && o.crateType !== 'lib') bad('crateType', '"bin" or "lib"');
  if (typeof o.entry !== 'string' || !isInside(o.entry)) bad('entry', 'a relative path inside the benchmark folder');
  else if (!existsSync(join(dir, o.entry))) problems.push(`${where}: "entry" names ${o.entry}, which does not exist`);
  if (o.threads !== undefined && (!Array.isArray(o.threads) || o.threads.length === 0 || !o.threads.every((t) => Number.isInteger(t) && (t as number) >= 1))) {
    bad('threads', 'a non-empty list of positive integers');
  }
  if (o.expect !== undefined && o.expect !== 'success' && o.expect !== 'errors') bad('expect', '"success" or "errors"');
  if (o.generator !== undefined) {
    if (typeof o.generator !== 'string' || !isInside(o.generator)) bad('generator', 'a relative path inside the benchmark folder');
    else if (!existsSync(join(dir, o.generator))) problems.push(`${where}: "generator" names ${o.generator}, which does not exist`);
  }
  if (problems.length > 0) return { problems };
  return {
    name,
    dir,
    config: {
      category: o.category as Category,
      description: o.description as string,
      profiles: o.profiles as Profile[],
      edition: o.edition as BenchmarkConfig['edition'],
      crateType: o.crateType as 'bin' | 'lib',
      entry: o.entry as string,
      threads: (o.threads as number[] | undefined) ?? null,
      expect: (o.expect as 'success' | 'errors' | undefined) ?? 'success',
      generator: (o.generator as string | undefined) ?? null,
    },
  };
}

function isInside(path: string): boolean {
  if (path === '' || isAbsolute(path)) return false;
  const n = normalize(path);
  return n !== '..' && !n.startsWith(`..${sep}`);
}

function relativeForHumans(path: string): string {
  const r = relative(process.cwd(), path);
  return r.startsWith('..') ? path : r;
}

/**
 * Keeps the benchmarks whose names start with one of `include` (all when empty) and with none of
 * `exclude`. Every filter entry must match some benchmark, to catch typos (as rustc-perf does).
 */
export function selectBenchmarks(all: readonly Benchmark[], include: readonly string[], exclude: readonly string[]): Benchmark[] {
  for (const [flag, list] of [['--include', include], ['--exclude', exclude]] as const) {
    for (const prefix of list) {
      if (!all.some((b) => b.name.startsWith(prefix))) {
        throw new PerfError('usage', 'benchmarks', `${flag} ${prefix} matches no benchmark (known: ${all.map((b) => b.name).join(', ')})`);
      }
    }
  }
  return all.filter((b) => (include.length === 0 || include.some((p) => b.name.startsWith(p))) && !exclude.some((p) => b.name.startsWith(p)));
}

/** The crate name rustc derives from a benchmark name. */
export function crateName(name: string): string {
  return name.replace(/-/g, '_');
}

/** A hash of every file of a benchmark: part of the plan key, so a changed benchmark is not resumed. */
export function benchmarkFingerprint(b: Benchmark): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const n of readdirSync(dir).sort()) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
      else hash.update(relative(b.dir, p)).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  walk(b.dir);
  return hash.digest('hex').slice(0, 16);
}
