import { describe, expect, it } from 'vitest';
import { lex } from '../../syntax/lexer.js';
import { SourceText } from '../../syntax/source-text.js';
import { parseFragment } from '../../syntax/parse.js';
import { span } from '../../syntax/source-map.js';
import type { Token } from '../../syntax/token.js';
import { parseMacroDef, matchRules, transcribe, ttsToString, tokenSource, consumed, parseFragmentAt, fixExpansionSpans, type MacroDef, type FragmentParser } from './macro-rules.js';

/** Lexes `src` (without the EOF token). */
function tokens(src: string): { toks: Token[]; text: SourceText } {
  const text = new SourceText(src, 0);
  const r = lex(text, '2021');
  return { toks: r.tokens.filter((t) => t.kind !== 'eof'), text };
}

/** A definition from `rules` (the text between the braces of `macro_rules! m { ... }`). */
function def(rules: string): MacroDef {
  const { toks } = tokens(rules);
  const d = parseMacroDef('m', toks, span(0, rules.length), span(0, rules.length));
  if (!('rules' in d)) throw new Error(d.message);
  return d;
}

function fragParser(text: SourceText): FragmentParser {
  return (frag, toks) => {
    const r = parseFragment(toks, text, '2021', 0, 0, (p) => (parseFragmentAt(p, frag) ? consumed(p) : null));
    return r.diagnostics.some((d) => d.level === 'error') ? null : r.value;
  };
}

/** Expands `m!(input)` with `rules`: the tokens separated by spaces (`(`/`)` of width 0 are the invisible parentheses around an `expr`). */
function expand(rules: string, input: string): string {
  const d = def(rules);
  const { toks, text } = tokens(input);
  const m = matchRules(d, toks, fragParser(text));
  if (!m.ok) return m.at ? `no rules expected \`${m.at.kind === 'ident' || m.at.kind === 'literal' ? m.at.sym : m.at.kind}\`` : 'unexpected end';
  return transcribe(m.rule, m.bindings)
    .map((t) => (t.lo === t.hi ? (t.kind === '(' ? '⟨' : t.kind === ')' ? '⟩' : `·${t.kind}`) : tokenSource(t)))
    .join(' ');
}

describe('macro_rules! matching and transcription', () => {
  const cases: [string, string, string, string][] = [
    ['ident and expr', '($n:ident = $e:expr) => { let $n = $e; }', 'x = 1 + 2', 'let x = ⟨ 1 + 2 ⟩ ;'],
    ['a single-token expr is not wrapped', '($e:expr) => { $e * 2 }', '7', '7 * 2'],
    ['literal tokens choose the arm', '(add $a:expr) => { 1 }; (neg $a:expr) => { 2 }', 'neg 5', '2'],
    ['first matching arm wins', '($a:tt) => { one }; ($a:ident) => { two }', 'x', 'one'],
    ['repetition with separator', '($($x:expr),*) => { [$($x;)*] }', 'a, b, c', '[ a ; b ; c ; ]'],
    ['trailing separator via $(,)?', '($($x:ident),* $(,)?) => { $($x);* }', 'a, b,', 'a ; b'],
    ['an operator right after the group is the operator', '($($x:ident)*) => { $($x)+* }', 'a b', 'a b *'],
    ['empty repetition', '($($x:ident)*) => { f($($x),*) }', '', 'f ( )'],
    ['nested repetitions', '($($k:ident => [$($v:literal)*]);*) => { $($k: $($v);*),* }', 'a => [1 2]; b => [3]', 'a : 1 ; 2 , b : 3'],
    ['tt munching through delimiters', '($($t:tt)*) => { $($t)|* }', 'x (y z) [w]', 'x | ( y z ) | [ w ]'],
    ['types', '($t:ty) => { Vec<$t> }', '&str', 'Vec < & str >'],
    ['delimited matcher', '(($a:ident) [$b:ident]) => { $b $a }', '(x) [y]', 'y x'],
    ['lifetime and vis', '($v:vis $l:lifetime) => { $v fn f<$l>() {} }', "pub(crate) 'a", "pub ( crate ) fn f < 'a > ( ) { }"],
    ['an empty vis', '($v:vis $n:ident) => { $v struct $n; }', 'S', 'struct S ;'],
    ['literal fragment takes a sign', '($l:literal) => { $l }', '-3', '- 3'],
    ['a let from a stmt fragment gets its semicolon', '($s:stmt) => { $s }', 'let a = 1', 'let a = 1 ·;'],
    ['+ needs one iteration', '($($x:ident)+) => { $($x)* }', '', 'unexpected end'],
    ['a token too many', '($a:expr) => { $a }', '1, 2', 'no rules expected `,`'],
    ['a token of the wrong kind', '($a:ident) => { $a }', '3', 'no rules expected `3`'],
  ];
  for (const [name, rules, input, want] of cases) {
    it(name, () => {
      expect(expand(rules, input)).toBe(want);
    });
  }
});

describe('rule errors', () => {
  const cases: [string, string][] = [
    ['($x:foo) => {}', 'invalid fragment specifier `foo`'],
    ['($x) => {}', 'missing fragment specifier'],
    ['($x:ident) {}', 'expected `=>`'],
    ['x => {}', 'expected macro matcher'],
  ];
  for (const [rules, want] of cases) {
    it(rules, () => {
      const { toks } = tokens(rules);
      const d = parseMacroDef('m', toks, span(0, rules.length), span(0, rules.length));
      expect('rules' in d ? null : d.message).toBe(want);
    });
  }
});

describe('stringify! spacing (rustc tts_to_string)', () => {
  // Checked against rustc 1.95's stringify! output.
  const cases: [string, string][] = [
    ['a + b', 'a + b'],
    ['a+b', 'a+b'],
    ['f(x, y)', 'f(x, y)'],
    ['Vec<i32>', 'Vec<i32>'],
    ['{ x; y }', '{ x; y }'],
    ['x.y[0] , z ;', 'x.y[0], z;'],
    ['#[derive(Debug)] struct S;', '#[derive(Debug)] struct S;'],
    [`"s" 'c' 1u8 -2.5`, `"s" 'c' 1u8 -2.5`],
    ['let (a, b) = if c {} else { d };', 'let (a, b) = if c {} else { d };'],
  ];
  for (const [src, want] of cases) {
    it(src, () => {
      expect(ttsToString(tokens(src).toks, '2021')).toBe(want);
    });
  }
});

describe('stringify! of a transcribed expr fragment', () => {
  it('prints no invisible parentheses', () => {
    const d = def('($e:expr) => { stringify!($e) }');
    const { toks, text } = tokens('1 + 2');
    const m = matchRules(d, toks, fragParser(text));
    if (!m.ok) throw new Error('no match');
    const out = transcribe(m.rule, m.bindings);
    // `stringify ! ( ⟨ 1 + 2 ⟩ )`: the argument tokens are everything inside the call's parentheses.
    expect(ttsToString(out.slice(3, out.length - 1), '2021')).toBe('1 + 2');
  });
});

describe('fixExpansionSpans', () => {
  it('gives spans inside the definition the expansion context and drops invisible parens', () => {
    const inner = { kind: 'lit', span: span(50, 51, 0) };
    const tree = {
      kind: 'binary',
      span: span(5, 20, 0),
      lhs: { kind: 'paren', span: span(50, 51, 0), expr: inner },
      rhs: { kind: 'lit', span: span(12, 13, 0) },
    };
    fixExpansionSpans(tree, span(0, 30), 7);
    expect(tree.span).toEqual(span(5, 20, 7));
    expect(tree.lhs).toBe(inner);
    expect(inner.span).toEqual(span(50, 51, 0));
    expect(tree.rhs.span).toEqual(span(12, 13, 7));
  });
});
