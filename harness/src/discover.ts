/**
 * Finding fixtures (compiletest `collect_tests_from_dir`): every `.rs` under the root except in
 * `auxiliary/` directories and directories holding a `compiletest-ignore-dir` file, skipping editor
 * temp files; test names `path[#rev]`; filters (substring, `--exact`, `--skip`); `--shard i/n`; and
 * expected files that belong to no revision. Reads directories only, never fixture contents.
 */
import { existsSync, readdirSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface FixtureFile {
  /** Absolute path. */
  readonly path: string;
  /** Path relative to the suite root, with `/` separators: the test name without revision. */
  readonly rel: string;
  /** Absolute directory. */
  readonly dir: string;
  /** File name without `.rs`. */
  readonly stem: string;
}

export function isTestFileName(name: string): boolean {
  return name.endsWith('.rs') && !/^[.#~]/.test(name);
}

/** All fixtures under `root`, sorted by relative path. */
export function discoverFixtures(root: string): FixtureFile[] {
  const out: FixtureFile[] = [];
  const walk = (dir: string) => {
    if (existsSync(join(dir, 'compiletest-ignore-dir'))) return;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'auxiliary') walk(p);
      } else if ((e.isFile() || e.isSymbolicLink()) && isTestFileName(e.name)) {
        out.push({ path: p, rel: relative(root, p).split(sep).join('/'), dir, stem: e.name.slice(0, -3) });
      }
    }
  };
  walk(root);
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

/** compiletest's overlap check: `a/b.rs` and `a/b/c.rs` cannot both be tests. */
export function overlappingFixtures(fixtures: readonly FixtureFile[]): Map<string, string> {
  const stems = new Set(fixtures.map((f) => f.rel.slice(0, -3)));
  const clashes = new Map<string, string>();
  for (const f of fixtures) {
    const parts = f.rel.slice(0, -3).split('/');
    for (let i = 1; i < parts.length; i++) {
      const ancestor = parts.slice(0, i).join('/');
      if (stems.has(ancestor)) {
        clashes.set(f.rel, `${ancestor}.rs`);
        break;
      }
    }
  }
  return clashes;
}

export function testName(rel: string, revision: string | null): string {
  return revision === null ? rel : `${rel}#${revision}`;
}

export interface FilterOptions {
  readonly filters: readonly string[];
  readonly skip: readonly string[];
  readonly exact: boolean;
}

/** compiletest `filter_tests`: a name matches a filter by substring, or with `--exact` by equality. */
export function matchesFilters(name: string, rel: string, o: FilterOptions): boolean {
  const hit = (f: string) => (o.exact ? rel === f || name === f : name.includes(f));
  if (o.filters.length > 0 && !o.filters.some(hit)) return false;
  return !o.skip.some(hit);
}

/** FNV-1a, 32 bit: a stable hash that does not depend on the platform. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The shard (1-based) a fixture belongs to with `n` shards: decided by its relative path alone,
 * so all revisions and modes of a fixture run on the same shard and adding a fixture never moves
 * the others.
 */
export function shardOf(rel: string, n: number): number {
  return (fnv1a(rel) % n) + 1;
}

// Longest first, so `run.stderr` is not read as revision `run` of `stderr`.
const STREAM_SUFFIXES = ['run.stderr', 'run.stdout', '64bit.stderr', '32bit.stderr', '16bit.stderr', 'stderr', 'stdout', 'fixed'];

/**
 * Expected files next to a fixture that no test will read: `stem.<rev>.<stream>` for a revision
 * the fixture does not declare, and `stem.<stream>` when the fixture has revisions (compiletest
 * never reads it then). `names` are the file names in the fixture's directory.
 */
export function strayExpectedFiles(stem: string, revisions: readonly string[], names: readonly string[]): Array<{ file: string; why: string }> {
  const out: Array<{ file: string; why: string }> = [];
  for (const name of names) {
    if (!name.startsWith(`${stem}.`)) continue;
    const rest = name.slice(stem.length + 1);
    if (rest === 'rs') continue;
    const suffix = STREAM_SUFFIXES.find((s) => rest === s || rest.endsWith(`.${s}`));
    if (!suffix) continue;
    const rev = rest === suffix ? null : rest.slice(0, -(suffix.length + 1));
    if (rev === null) {
      if (revisions.length > 0) out.push({ file: name, why: `the fixture has revisions (${revisions.join(', ')}), so \`${name}\` is never read; each revision has its own \`${stem}.<rev>.${suffix}\`` });
    } else if (!revisions.includes(rev)) {
      const have = revisions.length > 0 ? `its revisions are ${revisions.join(', ')}` : 'it declares no revisions';
      out.push({ file: name, why: `expected file for revision \`${rev}\`, but ${stem}.rs has no such revision (${have})` });
    }
  }
  return out;
}
