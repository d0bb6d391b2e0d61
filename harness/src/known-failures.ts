/**
 * `ui-tests/known-failures.json`: tests a compiler is known to fail (weftc while it is being
 * written). Reading and validating the file, looking a test up, warning about entries for tests
 * that do not exist, and computing the file `--update-known-failures` writes. Entries apply only
 * to the compiler they name. The caller writes the file (atomically); nothing here prints.
 */
import { listEntries, readListFile } from './list-file.js';

export type KnownMode = 'serial' | 'parallel' | 'both';

export interface KnownFailure {
  readonly compiler: string;
  readonly test: string;
  readonly mode: KnownMode;
  readonly reason: string;
}

export interface KnownFailuresFile {
  readonly schemaVersion: 1;
  readonly entries: readonly KnownFailure[];
}

export const DEFAULT_REASON = 'not triaged';

/** Reads the file; a missing file is an empty list unless `required` (an explicit `--known-failures`). */
export function readKnownFailures(path: string, required: boolean): KnownFailure[] {
  const data = readListFile(path, required, 'known-failures');
  return data === null ? [] : validateKnownFailures(data, path);
}

export function validateKnownFailures(data: unknown, path: string): KnownFailure[] {
  const { entries, fail } = listEntries(data, path, 'known-failures');
  const seen = new Set<string>();
  return entries.map((e, i) => {
    const at = `entry ${i + 1}`;
    if (typeof e !== 'object' || e === null) fail(`${at}: expected an object`);
    const r = e as Record<string, unknown>;
    for (const key of ['compiler', 'test', 'reason'] as const) {
      if (typeof r[key] !== 'string' || r[key] === '') fail(`${at}: \`${key}\` must be a non-empty string`);
    }
    if (r.mode !== 'serial' && r.mode !== 'parallel' && r.mode !== 'both') fail(`${at}: \`mode\` must be "serial", "parallel" or "both", got ${JSON.stringify(r.mode)}`);
    const key = `${r.compiler}\0${r.test}`;
    if (seen.has(key)) fail(`${at}: \`${r.test}\` is listed twice for compiler \`${r.compiler}\``);
    seen.add(key);
    return { compiler: r.compiler as string, test: r.test as string, mode: r.mode as KnownMode, reason: r.reason as string };
  });
}

export function findKnownFailure(entries: readonly KnownFailure[], compiler: string, test: string, mode: 'serial' | 'parallel'): KnownFailure | null {
  return entries.find((e) => e.compiler === compiler && e.test === test && (e.mode === 'both' || e.mode === mode)) ?? null;
}

/** Warnings for entries of `compiler` whose test is not in the suite. */
export function staleEntries(entries: readonly KnownFailure[], compiler: string, allTestNames: ReadonlySet<string>, file: string): string[] {
  return entries
    .filter((e) => e.compiler === compiler && !allTestNames.has(e.test))
    .map((e) => `${file}: known failure \`${e.test}\` (${e.compiler}) names a test that does not exist`);
}

export interface RanTest {
  readonly name: string;
  readonly mode: 'serial' | 'parallel';
  /** Failed (known or not), passed, or did not run (ignored). */
  readonly result: 'failed' | 'passed' | 'not-run';
}

/**
 * The entries `--update-known-failures` writes: for `compiler`, exactly the tests × modes that
 * failed in this run, plus old entries of existing tests for modes this run did not exercise
 * (filtered out, another shard, ignored); entries of tests that no longer exist go. Reasons are
 * kept, new entries get `newReason`. Other compilers' entries are untouched.
 */
export function updatedKnownFailures(old: readonly KnownFailure[], compiler: string, ran: readonly RanTest[], existing: ReadonlySet<string>, newReason: string = DEFAULT_REASON): KnownFailure[] {
  const byTest = new Map<string, Map<'serial' | 'parallel', RanTest['result']>>();
  for (const r of ran) {
    if (!byTest.has(r.name)) byTest.set(r.name, new Map());
    byTest.get(r.name)!.set(r.mode, r.result);
  }
  const oldFor = new Map(old.filter((e) => e.compiler === compiler && existing.has(e.test)).map((e) => [e.test, e]));
  const names = new Set([...oldFor.keys(), ...byTest.keys()]);
  const mine: KnownFailure[] = [];
  for (const name of names) {
    const prev = oldFor.get(name);
    const results = byTest.get(name) ?? new Map();
    const covered = (['serial', 'parallel'] as const).filter((m) => {
      const r = results.get(m);
      if (r === 'failed') return true;
      if (r === 'passed') return false;
      return prev !== undefined && (prev.mode === 'both' || prev.mode === m);
    });
    if (covered.length === 0) continue;
    const mode: KnownMode = covered.length === 2 ? 'both' : covered[0]!;
    mine.push({ compiler, test: name, mode, reason: prev?.reason ?? newReason });
  }
  const others = old.filter((e) => e.compiler !== compiler);
  return [...others, ...mine].sort((a, b) => (a.compiler === b.compiler ? (a.test < b.test ? -1 : a.test > b.test ? 1 : 0) : a.compiler < b.compiler ? -1 : 1));
}

export function serializeKnownFailures(entries: readonly KnownFailure[]): string {
  const file: KnownFailuresFile = { schemaVersion: 1, entries };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The verdict after known failures: a listed test that failed does not fail the run; a listed
 * test that passed does (`unexpectedlyPassed`). Ignored tests are left alone.
 */
export function applyKnownFailure<T extends { status: 'passed' | 'failed' | 'ignored' | 'interrupted' }>(
  result: T,
  known: KnownFailure | null,
): { status: T['status']; knownReason: string | null; unexpectedlyPassed: boolean } {
  if (!known) return { status: result.status, knownReason: null, unexpectedlyPassed: false };
  if (result.status === 'failed') return { status: 'failed', knownReason: known.reason, unexpectedlyPassed: false };
  if (result.status === 'passed') return { status: 'failed', knownReason: null, unexpectedlyPassed: true };
  return { status: result.status, knownReason: null, unexpectedlyPassed: false };
}
