import { describe, expect, test } from 'vitest';
import { remarkAfterSpace, splitFlags, tokeniseDirectives, valueAfterColon } from './line.js';

describe('tokeniseDirectives', () => {
  const check = (text: string, expected: unknown) => expect(tokeniseDirectives(text)).toEqual(expected);

  test('finds `//@` lines anywhere, indented, with or without a space', () => {
    check('fn main() {}\n  //@ check-pass\n//@compile-flags: -O\n', {
      lines: [
        { line: 2, revision: null, raw: 'check-pass', name: 'check-pass' },
        { line: 3, revision: null, raw: 'compile-flags: -O', name: 'compile-flags' },
      ],
      problems: [],
    });
  });

  test('a revision prefix, with or without a space after `//@`', () => {
    check('//@[a] edition: 2021\n//@ [b] check-pass\n', {
      lines: [
        { line: 1, revision: 'a', raw: 'edition: 2021', name: 'edition' },
        { line: 2, revision: 'b', raw: 'check-pass', name: 'check-pass' },
      ],
      problems: [],
    });
  });

  test('bad revision prefixes are problems with their line', () => {
    check('//@[a check-pass\n//@[] x\n//@[a,b] check-pass\n', {
      lines: [],
      problems: [
        { line: 1, message: 'malformed condition directive: `[` without `]` in `//@[a check-pass`' },
        { line: 2, message: 'empty revision name in `//@[]`' },
        { line: 3, message: '`//@[a,b]` names more than one revision; compiletest takes exactly one per bracket' },
      ],
    });
  });

  test('legacy `// directive` comments are plain comments', () => {
    check('// check-pass\n// @ check-pass\n', { lines: [], problems: [] });
  });
});

describe('values and remarks', () => {
  const line = (raw: string) => tokeniseDirectives(`//@ ${raw}`).lines[0]!;
  test.each([
    ['compile-flags: -O -g', '-O -g', null],
    ['ignore-windows this is why', null, 'this is why'],
    ['check-pass', null, null],
    ['edition:2021', '2021', null],
    ['error-pattern:   spaced  ', 'spaced', null],
  ])('%s', (raw, value, remark) => {
    expect(valueAfterColon(line(raw))).toBe(value);
    expect(remarkAfterSpace(line(raw))).toBe(remark);
  });
});

describe('splitFlags (compiletest split_flags)', () => {
  test.each([
    ['-O -C debuginfo=2', ['-O', '-C', 'debuginfo=2']],
    ["--cfg 'feature=\"a b\"'", ['--cfg', 'feature="a b"']],
    ["-Zcrate-attr='x y' -O", ['-Zcrate-attr=', 'x y', '-O']],
    ['  ', []],
    ["''", ['']],
  ])('%s', (input, expected) => expect(splitFlags(input)).toEqual(expected));
});
