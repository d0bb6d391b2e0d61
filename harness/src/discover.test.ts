import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { discoverFixtures, matchesFilters, overlappingFixtures, shardOf, strayExpectedFiles, testName } from './discover.js';

const root = mkdtempSync(join(tmpdir(), 'weft-discover-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const f of ['b.rs', 'a/x.rs', 'a/auxiliary/helper.rs', 'a/.hidden.rs', 'a/#tmp.rs', 'a/~x.rs', 'a/notes.txt', 'skip/y.rs', 'z/deep/w.rs']) {
  mkdirSync(join(root, f, '..'), { recursive: true });
  writeFileSync(join(root, f), '');
}
writeFileSync(join(root, 'skip/compiletest-ignore-dir'), '');

describe('discoverFixtures', () => {
  test('every .rs except auxiliary/, ignored directories and editor temp files, sorted', () => {
    expect(discoverFixtures(root).map((f) => f.rel)).toEqual(['a/x.rs', 'b.rs', 'z/deep/w.rs']);
  });

  test('overlapping names are reported (a/b.rs and a/b/c.rs)', () => {
    const fixtures = [{ rel: 'a/b.rs' }, { rel: 'a/b/c.rs' }, { rel: 'a/bc.rs' }].map((f) => ({ ...f, path: '', dir: '', stem: '' }));
    expect([...overlappingFixtures(fixtures)]).toEqual([['a/b/c.rs', 'a/b.rs']]);
  });
});

describe('names and filters', () => {
  test('names are path#revision', () => {
    expect([testName('a/x.rs', null), testName('a/x.rs', 'r1')]).toEqual(['a/x.rs', 'a/x.rs#r1']);
  });

  test.each([
    ['a substring of the name', 'typeck/a.rs', ['typeck/'], [], false, true],
    ['no match', 'lint/a.rs', ['typeck/'], [], false, false],
    ['a revision', 'x.rs#r1', ['#r1'], [], false, true],
    ['no filters: everything', 'x.rs', [], [], false, true],
    ['exact path matches every revision', 'x.rs#r1', ['x.rs'], [], true, true],
    ['exact is not a substring', 'ax.rs', ['x.rs'], [], true, false],
    ['skip wins', 'typeck/a.rs', ['typeck'], ['a.rs'], false, false],
  ] as const)('%s', (_label, name, filters, skip, exact, expected) => {
    expect(matchesFilters(name, name.split('#')[0]!, { filters: [...filters], skip: [...skip], exact })).toBe(expected);
  });
});

describe('shards', () => {
  const names = Array.from({ length: 200 }, (_, i) => `area${i % 7}/fixture-${i}.rs`);
  test('every fixture lands in exactly one shard, the same one every time', () => {
    for (const n of [1, 2, 3, 8]) {
      const shards = names.map((f) => shardOf(f, n));
      expect(shards.every((s) => s >= 1 && s <= n)).toBe(true);
      expect(names.map((f) => shardOf(f, n))).toEqual(shards);
    }
    // Fixed values: shard assignment (FNV-1a of the path) is a stable interface between CI runs.
    expect([shardOf('a.rs', 2), shardOf('b.rs', 2), shardOf('c.rs', 2), shardOf('typeck/mismatched-let.rs', 4)]).toEqual([2, 1, 2, 3]);
  });

  test('shards are roughly even', () => {
    const counts = [0, 0, 0, 0];
    for (const f of names) counts[shardOf(f, 4) - 1]!++;
    expect(Math.min(...counts)).toBeGreaterThan(30);
  });
});

describe('strayExpectedFiles', () => {
  test('files of revisions that do not exist, and revision-less files of revisioned fixtures', () => {
    const names = ['t.rs', 't.stderr', 't.a.stderr', 't.b.stderr', 't.a.run.stdout', 't.run.stdout', 't.c.fixed', 'other.x.stderr'];
    expect(strayExpectedFiles('t', ['a'], names).map((s) => s.file)).toEqual(['t.stderr', 't.b.stderr', 't.run.stdout', 't.c.fixed']);
    expect(strayExpectedFiles('t', [], names).map((s) => s.file)).toEqual(['t.a.stderr', 't.b.stderr', 't.a.run.stdout', 't.c.fixed']);
  });
});
