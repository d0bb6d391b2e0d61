import { describe, expect, it } from 'vitest';
import { charWidth, normalizeWhitespace, strWidth } from './width.js';

describe('display width', () => {
  it.each<[string, number]>([
    ['a', 1],
    ['\t', 4],
    ['\x07', 1],
    ['\x7f', 1],
    ['é', 1],
    ['日', 2],
    ['ｆ', 2],
    ['👨', 2],
    ['\u200d', 0],
    ['\u0301', 0],
    ['\u202e', 1],
  ])('%j is %i wide', (c, w) => {
    expect(charWidth(c.codePointAt(0)!)).toBe(w);
  });

  it('adds up a string', () => {
    expect(strWidth('a\t日本')).toBe(9);
  });
});

describe('normalizeWhitespace', () => {
  it.each<[string, string]>([
    ['plain', 'plain'],
    ['a\tb', 'a    b'],
    ['line\nnext', 'line\nnext'],
    ['bell\x07', 'bell\u2407'],
    ['cr\r', 'cr\u240d'],
    ['del\x7f', 'del\u2421'],
    ['zw\u200dj', 'zwj'],
    ['bidi\u202e', 'bidi\ufffd'],
  ])('%j', (input, expected) => {
    expect(normalizeWhitespace(input)).toBe(expected);
  });
});
