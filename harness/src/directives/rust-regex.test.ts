import { describe, expect, test } from 'vitest';
import { compileRustRegex, replaceAllRust } from './rust-regex.js';

function check(regex: string, replacement: string, input: string, expected: string) {
  const r = compileRustRegex(regex);
  if (!r.ok) throw new Error(r.error);
  expect(replaceAllRust(input, r.regex, replacement)).toBe(expected);
}

describe('Rust regex and replacement syntax', () => {
  test.each([
    ['\\d+ previous errors?', 'N previous errors', 'aborting due to 12 previous errors', 'aborting due to N previous errors'],
    ['(?P<ty>i\\d+)', 'INT<$ty>', 'i32 and i64', 'INT<i32> and INT<i64>'],
    ['(a)(b)', '${2}${1}x', 'ab', 'bax'],
    ['(a)', '$1x', 'a', ''],
    ['price', '$$PTR', 'the price', 'the $PTR'],
    ['(?m)^warning', 'W', 'warning: a\nwarning: b', 'W: a\nW: b'],
    ['\\pL+', 'w', 'héllo 12', 'w 12'],
    ['[\\pL\\-]+', 'x', 'a-b c', 'x x'],
    ['end\\z', 'E', 'the end', 'the E'],
  ])('%s → %s', (regex, replacement, input, expected) => check(regex, replacement, input, expected));

  test.each([
    ['(?x) a b', 'verbose mode `(?x)` is not supported'],
    ['a(?i)b', 'inline flags other than a leading `(?flags)` are not supported'],
  ])('%s is refused', (regex, error) => expect(compileRustRegex(regex)).toEqual({ ok: false, error }));

  test('a broken pattern reports the engine error', () => {
    const r = compileRustRegex('(unclosed');
    expect(r.ok).toBe(false);
  });
});
