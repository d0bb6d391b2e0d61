import { expect, test } from 'vitest';
import { classifyRun } from './classify.js';
import { variantDiff } from './diff.js';
import { canon, jd } from './test-support.js';

const A = jd('error', 'first', [1, 1]);
const B = jd('error', 'second', [2, 1]);
const C = jd('warning', 'third', [3, 1], { notes: ['on by default'] });
const Cbare = jd('warning', 'third', [3, 1]);
const SERIAL = canon([A, B, C]);
const diffOf = (lines: string[], over = {}) => {
  const v = canon(lines, over);
  return variantDiff(SERIAL, v, classifyRun(SERIAL, v).class);
};

test('identical: no diff', () => expect(diffOf([A, B, C])).toBe(''));

test('order-only: one line per item, in serial and in variant order', () => {
  expect(diffOf([C, A, B])).toBe([
    '(the same items in another order; one line per item)',
    '@@ -1,3 +1,3 @@',
    '+warning: third (at $DIR/t.rs:3:1)',
    ' error: first (at $DIR/t.rs:1:1)',
    ' error: second (at $DIR/t.rs:2:1)',
    '-warning: third (at $DIR/t.rs:3:1)',
  ].join('\n'));
});

test('a changed item: a line diff against its counterpart only', () => {
  expect(diffOf([A, B, Cbare])).toBe([
    '@@ changed: warning: third (at $DIR/t.rs:3:1) @@',
    ' LL | x',
    '    | ^',
    '-   = note: on by default',
    ' ',
  ].join('\n'));
});

test('missing and extra items whole, the exit status first', () => {
  const d = diffOf([A, jd('error', 'fourth', [4, 1]), C], { code: 2 });
  expect(d.split('\n').slice(0, 4)).toEqual(['-exit status 1', '+exit status 2', '@@ missing: error: second (at $DIR/t.rs:2:1) @@', '-error: second']);
  expect(d).toContain('@@ extra: error: fourth (at $DIR/t.rs:4:1) @@\n+error: fourth');
});

test('a long diff is capped', () => {
  const many = Array.from({ length: 50 }, (_, i) => jd('error', `e${i}`, [i + 10, 1]));
  const v = canon([A, B, C, ...many]);
  const d = variantDiff(SERIAL, v, 'set-difference', 20);
  expect(d.split('\n')).toHaveLength(21);
  expect(d.endsWith('more lines)')).toBe(true);
});
