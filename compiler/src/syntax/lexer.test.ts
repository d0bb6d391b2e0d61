import { describe, expect, it } from 'vitest';
import { lex } from './lexer.js';
import { SourceText } from './source-text.js';
import { isReservedIdent, isUsedKeyword, tokenToString } from './token.js';
import type { Edition } from './edition.js';

/** Tokens as `text` (with `+` after a token joined to the next), and the diagnostics' messages. */
function tokens(src: string, edition: Edition = '2021'): { toks: string; diags: string[] } {
  const out = lex(new SourceText(src, 0), edition);
  const toks = out.tokens
    .filter((t) => t.kind !== 'eof')
    .map((t) => `${t.kind === 'literal' ? `${t.lit}(${tokenToString(t)})` : t.kind === 'ident' || t.kind === 'lifetime' ? `${t.kind}(${tokenToString(t)})` : tokenToString(t)}${t.spacing === 'joint' ? '+' : ''}`)
    .join(' ');
  return { toks, diags: out.diagnostics.map((d) => d.message) };
}

describe('lexer', () => {
  const cases: [string, string, Edition?][] = [
    ['a::b', 'ident(a) :: ident(b)'],
    ['x>>=1', 'ident(x) >>= integer(1)'],
    ['&&x', '&& ident(x)'],
    ['a ..= b', 'ident(a) ..= ident(b)'],
    ['r#match r#type', 'ident(r#match) ident(r#type)'],
    ["'a 'static '_", "lifetime('a) lifetime('static) lifetime('_)"],
    ["'r#fn", "lifetime('r#fn)"],
    ["'r#a", "lifetime('r) # ident(a)", '2015'],
    ['1u8 2.5f32 0x1F 1e10 1_000', 'integer(1u8) float(2.5f32) integer(0x1F) float(1e10) integer(1_000)'],
    ['b\'a\' \'x\' "s" b"bs" r#"raw"# c"c"', 'byte(b\'a\') char(\'x\') str("s") byteStr(b"bs") strRaw(r#"raw"#) cStr(c"c")'],
    ['c"c"', 'ident(c) str("c")', '2015'],
    ['/// doc\nfn', '/// doc ident(fn)'],
    ['/* a /* nested */ b */ x', 'ident(x)'],
    ['#!/usr/bin/env rustx\nfn', 'ident(fn)'],
    ['#![allow(x)]', '# ! [ ident(allow) ( ident(x) ) ]'],
    ['x.0.1', 'ident(x) . float(0.1)'],
    ['1..2', 'integer(1) .. integer(2)'],
  ];
  for (const [src, want, ed] of cases) {
    it(`${JSON.stringify(src)}${ed ? ` (${ed})` : ''}`, () => {
      const { toks, diags } = tokens(src, ed);
      expect(diags).toEqual([]);
      expect(toks.replace(/\+/g, '')).toBe(want);
    });
  }

  it('glues adjacent punctuation and marks joint tokens, as the parser needs for `>>` vs `> >`', () => {
    // rustc's spacing: `Joint` before adjacent punctuation (shown `+`), `JointHidden` before
    // other adjacent tokens, `Alone` before whitespace.
    expect(tokens('a>>b').toks).toBe('ident(a)+ >> ident(b)');
    expect(tokens('a > >b').toks).toBe('ident(a) > > ident(b)');
    expect(tokens('a>>=b').toks).toBe('ident(a)+ >>= ident(b)');
    expect(tokens('#[a]').toks).toBe('# [ ident(a) ]');
    expect(tokens('x.y').toks).toBe('ident(x)+ . ident(y)');
    expect(tokens("&'a x").toks).toBe("& lifetime('a) ident(x)");
  });

  it('knows the keywords of each edition', () => {
    const kw = (name: string, ed: Edition) => isReservedIdent({ kind: 'ident', lo: 0, hi: 0, sym: name, raw: false, lit: null, hashes: 0, suffix: null, doc: null, spacing: 'alone' }, ed);
    expect(kw('async', '2015')).toBe(false);
    expect(kw('async', '2018')).toBe(true);
    expect(kw('dyn', '2015')).toBe(false);
    expect(isUsedKeyword('dyn', '2018')).toBe(true);
    expect(kw('try', '2015')).toBe(false);
    expect(kw('try', '2021')).toBe(true);
    expect(kw('gen', '2021')).toBe(false);
    expect(kw('gen', '2024')).toBe(true);
    expect(kw('union', '2021')).toBe(false);
    expect(kw('abstract', '2015')).toBe(true);
  });

  it('reports errors and keeps going where rustc does', () => {
    expect(tokens('let s = "abc').diags).toEqual(['unterminated double quote string']);
    expect(tokens("'\\q'").diags).toEqual(['unknown character escape: `q`']);
    expect(tokens('a ¥ b').diags).toEqual(['unknown start of token: \\u{a5}']);
    expect(tokens('0b102').diags).toEqual(['invalid digit for a base 2 literal']);
  });
});
