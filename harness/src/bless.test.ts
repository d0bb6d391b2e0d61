import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { applyBlessAction, blessActions, writeFileAtomic } from './bless.js';

const dir = mkdtempSync(join(tmpdir(), 'weft-bless-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  test('replaces the file in one step and leaves no temporary file', () => {
    const p = join(dir, 'x.stderr');
    writeFileSync(p, 'old\n');
    writeFileAtomic(p, 'new\n');
    expect(readFileSync(p, 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['x.stderr']);
  });

  test('a write that fails leaves the old file whole and no temporary file', () => {
    const sub = mkdtempSync(join(dir, 'blocked-'));
    const p = join(sub, 'y.stderr');
    writeFileSync(p, 'kept\n');
    // A directory where the target should be makes the rename fail after the temp file was written.
    const blocked = join(sub, 'blocked.stderr');
    mkdirSync(blocked);
    expect(() => writeFileAtomic(blocked, 'x')).toThrow();
    expect(readdirSync(sub).sort()).toEqual(['blocked.stderr', 'y.stderr']);
    expect(readFileSync(p, 'utf8')).toBe('kept\n');
  });
});

describe('blessActions (compiletest compare_output with --bless)', () => {
  const exists = (present: string[]) => (p: string) => present.includes(p);
  test.each([
    ['same output, file present: nothing', 'a.stderr', null, 'x', false, ['a.stderr'], []],
    ['different output: write', 'a.stderr', null, 'x', true, [], [['write', 'a.stderr']]],
    ['empty output, file present: delete', 'a.stderr', null, '', true, ['a.stderr'], [['delete', 'a.stderr']]],
    ['empty output, empty file present: delete even though equal', 'a.stderr', null, '', false, ['a.stderr'], [['delete', 'a.stderr']]],
    ['a revision differs: the revision-less file goes too', 'a.r.stderr', 'a.stderr', 'x', true, ['a.stderr'], [['delete', 'a.stderr'], ['write', 'a.r.stderr']]],
    ['a revision is the same: the revision-less file stays', 'a.r.stderr', 'a.stderr', 'x', false, ['a.stderr', 'a.r.stderr'], []],
  ] as const)('%s', (_n, path, base, actual, differs, present, expected) => {
    const actions = blessActions('stderr', path, base, actual, differs, exists([...present]));
    expect(actions.map((a) => [a.kind, a.path])).toEqual(expected);
  });

  test('applying the actions writes and deletes', () => {
    const p = join(dir, 'apply.stderr');
    applyBlessAction({ kind: 'write', path: p, stream: 'stderr', content: 'c\n' });
    expect(readFileSync(p, 'utf8')).toBe('c\n');
    applyBlessAction({ kind: 'delete', path: p, stream: 'stderr' });
    expect(existsSync(p)).toBe(false);
  });
});
