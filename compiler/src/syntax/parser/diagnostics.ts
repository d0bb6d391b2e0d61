/**
 * The parser's error reporting and recovery helpers, after rustc_parse's `parser/diagnostics.rs`:
 * "expected one of ..." with rustc's token list and labels, the missing-semicolon special case,
 * misspelled keywords, "expected identifier", "expected expression", chained comparisons, the
 * ternary operator, `++`/`--`.
 *
 * Owns: wording and recovery of generic parse errors. Must not: parse constructs of its own beyond
 * the speculative re-parses rustc does for its suggestions.
 */
import { type TokenKind, canBeginExpr, canBeginItem, isIdent, isKeyword, isReservedName, isUsedKeyword, usedKeywords, isBoolLit, isLit } from '../token.js';
import { span, type Span } from '../source-map.js';
import { PDiag } from '../diag.js';
import { Parser, PErr, FatalError, type ClosureSpans, tk } from './parser.js';
import type { Expr, Ident, BinOpKind } from '../ast.js';
import { parseExpr, mkExpr } from './expr.js';
import { parseGenerics } from './generics.js';
import { parseStmtWithoutRecovery } from './stmt.js';
import { isPatRangeEndStart, parsePatRangeEnd } from './pattern.js';

/** rustc's `tokens_to_string`: `a`, `a or b`, `a, b, or c`. */
function tokensToString(tokens: readonly string[]): string {
  if (tokens.length === 0) return '';
  let s = tokens[0]!;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens.length > 2 && i === tokens.length - 1) s += ', or ';
    else if (tokens.length === 2 && i === 1) s += ' or ';
    else s += ', ';
    s += tokens[i]!;
  }
  return s;
}

function sortedExpected(p: Parser, extra: readonly TokenKind[]): string[] {
  const all = [...extra.map(tk), ...p.expected];
  // rustc sorts by the printed form and removes duplicates.
  const uniq = [...new Set(all)];
  uniq.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return uniq;
}

/**
 * rustc's `expected_one_of_not_found`: reports the current token. Returns true when the error was
 * emitted and parsing may go on (a missing `;` on the previous line); throws otherwise.
 */
export function expectedOneOfNotFound(p: Parser, edible: readonly TokenKind[], inedible: readonly TokenKind[]): boolean {
  const expected = sortedExpected(p, [...edible, ...inedible]);
  const tok = p.token;
  const prev = p.prevToken;

  if (expected.includes('`;`')) {
    if (prev.kind === '?') maybeRecoverFromTernaryOperator(p, null);
    const between = span(prev.hi, tok.lo);
    if (!p.isMultiline(between)) {
      // Same line: not a missing semicolon.
    } else if ((tok.kind === ',' || tok.kind === ':') && prev.kind === ')') {
      // `.arg(1)\n ,arg(2)`: a typo for `.`, not for `;`.
    } else if ((tok.kind === ',' || tok.kind === ':') && (p.lookAhead(1).kind === '}' || (canBeginExpr(p.lookAhead(1), p.edition) && p.lookAhead(1).kind !== ':'))) {
      const sp = p.tokSpan();
      p.emit(p.err(`expected \`;\`, found ${p.descr()}`, sp).suggestionShort(sp, 'change this to `;`', ';', 'MachineApplicable'));
      p.bump();
      return true;
    } else if ((tok.kind === '}' || ((canBeginExpr(tok, p.edition) || canBeginItem(tok)) && tok.kind !== ';' && tok.kind !== '#') ||
      (p.isMultiline(span(prev.hi, tok.lo)) && tok.kind === '#')) && !expected.includes('`,`')) {
      const sp = span(prev.hi, prev.hi);
      p.emit(p.err(`expected \`;\`, found ${p.descr()}`, sp).label(p.tokSpan(), 'unexpected token').suggestionShort(sp, 'add `;` here', ';', 'MachineApplicable'));
      return true;
    }
  }

  if (tok.kind === '==' && isIdent(prev) && expected.includes(tk('='))) {
    const sp = p.tokSpan();
    p.fail(p.err('unexpected `==`', sp).suggestionVerbose(sp, 'try using `=` instead', '=', 'MachineApplicable'));
  }

  if ((isKeyword(tok, 'move') || isKeyword(tok, 'use')) && isKeyword(prev, 'async')) {
    const sp = span(prev.lo, tok.hi);
    p.fail(p.err(`\`async ${tok.sym}\` blocks are only allowed in Rust 2018 or later`, sp));
  }

  const expect = tokensToString(expected);
  const actual = p.descr();
  let msg: string;
  let labelSp: Span;
  let labelExp: string;
  if (expected.length > 1) {
    msg = `expected one of ${expect}, found ${actual}`;
    const short = expected.length > 6 ? `${expected.length} possible tokens` : expect;
    labelSp = span(prev.hi, prev.hi);
    labelExp = `expected one of ${short}`;
  } else if (expected.length === 0) {
    msg = `unexpected token: ${actual}`;
    labelSp = p.prevSpan();
    labelExp = 'unexpected token after this';
  } else {
    msg = `expected ${expect}, found ${actual}`;
    labelSp = span(prev.hi, prev.hi);
    labelExp = `expected ${expect}`;
  }
  p.lastUnexpectedTokenSpan = p.tokSpan();
  const d = p.err(msg, p.tokSpan());

  if (tok.kind === '=>' && (expected.includes('an operator') || expected.includes(tk('<='))) && !expected.includes(tk('=>')) && !expected.includes(tk(','))) {
    d.suggestion(p.tokSpan(), 'you might have meant to write a "greater than or equal to" comparison', '>=', 'MaybeIncorrect');
  }
  if (prev.kind === 'ident' && ['def', 'fun', 'func', 'function'].includes(prev.sym)) {
    d.suggestionShort(p.prevSpan(), `write \`fn\` instead of \`${prev.sym}\` to declare a function`, 'fn', 'MachineApplicable');
  }
  if (prev.kind === 'ident' && tok.kind === 'ident') {
    const concat = prev.sym + tok.sym;
    if (isUsedKeyword(concat, p.edition) || isReservedName(concat, p.edition)) {
      d.suggestionVerbose(span(prev.lo, tok.hi), `consider removing the space to spell keyword \`${concat}\``, concat, 'MachineApplicable');
    }
  }
  if (prev.kind === 'ident' && !prev.raw && prev.sym === 'public' && (canBeginItem(tok) || tok.kind === '(')) {
    d.suggestionShort(p.prevSpan(), 'write `pub` instead of `public` to make the item public', 'pub', 'MachineApplicable');
  }
  if (tok.kind === 'docComment' && !expected.includes(tk(','))) {
    const pos = tok.lo + 2;
    const what = tok.doc === 'lineInner' || tok.doc === 'blockInner' ? '`!`' : tok.doc === 'lineOuter' ? 'the last `/`' : 'the last `*`';
    d.suggestionVerbose(span(pos, pos), `add a space before ${what} to write a regular comment`, ' ', 'MaybeIncorrect');
  }

  const sp = tok.kind === 'eof' ? p.prevSpan() : labelSp;

  if (checkTooManyRawStrTerminators(p, d)) {
    if (expected.includes('`;`') && p.eat(';')) {
      p.emit(d);
      return true;
    }
    throw new PErr(d);
  }

  // rustc: `token.span.shrink_to_hi().until(sp.shrink_to_lo())`, a span whose ends may be swapped.
  if (!p.isMultiline(span(Math.min(p.token.hi, sp.lo), Math.max(p.token.hi, sp.lo)))) {
    d.label(p.tokSpan(), labelExp);
  } else {
    d.label(sp, labelExp);
    d.label(p.tokSpan(), 'unexpected token');
  }

  if (!d.hasSuggestions()) checkForMisspelledKw(p, d, expected);
  throw new PErr(d);
}

function checkTooManyRawStrTerminators(p: Parser, d: PDiag): boolean {
  const prev = p.prevToken;
  if (prev.kind === 'literal' && (prev.lit === 'strRaw' || prev.lit === 'byteStrRaw') && p.at('#') && !p.isMultiline(span(prev.hi, p.token.lo))) {
    const n = prev.hashes;
    d.message = 'too many `#` when terminating raw string';
    const strSpan = p.prevSpan();
    let sp = p.tokSpan();
    let count = 0;
    while (p.at('#') && !p.isMultiline(span(sp.hi, p.token.lo))) {
      sp = span(sp.lo, p.token.hi);
      p.bump();
      count++;
    }
    d.setSpan(sp);
    d.suggestion(sp, `remove the extra \`#\`${count === 1 ? '' : 's'}`, '', 'MachineApplicable');
    d.label(strSpan, `this raw string started with ${n} \`#\`${n === 1 ? '' : 's'}`);
    return true;
  }
  return false;
}

/** rustc's `check_for_misspelled_kw`. */
function checkForMisspelledKw(p: Parser, d: PDiag, expected: readonly string[]): void {
  const cur = p.token;
  if (cur.kind !== 'ident') return;
  const last = expected.length > 10 ? expected.slice(expected.length - 10) : expected;
  const kws = last.filter((e) => e.startsWith('`') && /^`[a-zA-Z_]+`$/.test(e)).map((e) => e.slice(1, -1));
  const misspelled = (name: string, sp: Span, candidates: readonly string[]) => {
    const lower = name.toLowerCase();
    if (candidates.includes(lower)) return { kw: lower, sp, incorrectCase: true };
    const best = findBestMatchForName(candidates, name, null);
    return best ? { kw: best, sp, incorrectCase: false } : null;
  };
  let m: { kw: string; sp: Span; incorrectCase: boolean } | null = null;
  if (kws.length > 0 && !isUsedKeyword(cur.sym, p.edition)) {
    m = misspelled(cur.sym, p.tokSpan(), kws);
  }
  if (!m && p.prevToken.kind === 'ident' && !isUsedKeyword(p.prevToken.sym, p.edition) && !(kws.length > 0 && !isUsedKeyword(cur.sym, p.edition))) {
    m = misspelled(p.prevToken.sym, p.prevSpan(), usedKeywords(p.edition));
  } else if (!m && kws.length > 0 && !isUsedKeyword(cur.sym, p.edition) && p.prevToken.kind === 'ident') {
    // rustc only falls back to the previous token when the first check was not attempted.
  }
  if (m) {
    d.suggestionVerbose(m.sp, m.incorrectCase ? `write keyword \`${m.kw}\` in lowercase` : `there is a keyword \`${m.kw}\` with a similar name`, m.kw, 'MachineApplicable');
    d.sealSuggestions();
  }
}

/** rustc's `edit_distance` (restricted Damerau-Levenshtein), or null when above `limit`. */
export function editDistance(a: string, b: string, limit: number): number | null {
  const aa = [...a];
  const bb = [...b];
  let n = aa.length;
  let m = bb.length;
  const min = Math.abs(n - m);
  if (min > limit) return null;
  // Strip common prefix and suffix.
  let start = 0;
  while (start < n && start < m && aa[start] === bb[start]) start++;
  let endA = n;
  let endB = m;
  while (endA > start && endB > start && aa[endA - 1] === bb[endB - 1]) {
    endA--;
    endB--;
  }
  const x = aa.slice(start, endA);
  const y = bb.slice(start, endB);
  n = x.length;
  m = y.length;
  if (n === 0) return m <= limit ? m : null;
  if (m === 0) return n <= limit ? n : null;
  let prevPrev = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) v = Math.min(v, prevPrev[j - 2]! + 1);
      cur[j] = v;
    }
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  const d = prev[m]!;
  return d <= limit ? d : null;
}

/** rustc's `find_best_match_for_name`. */
export function findBestMatchForName(candidates: readonly string[], lookup: string, dist: number | null): string | null {
  const upper = lookup.toUpperCase();
  const exact = candidates.find((c) => c.toUpperCase() === upper);
  if (exact !== undefined) return exact;
  let limit = dist ?? Math.floor(Math.max([...lookup].length, 3) / 3);
  let best: string | null = null;
  for (const c of candidates) {
    const d = editDistance(lookup, c, limit);
    if (d === 0) return c;
    if (d !== null) {
      limit = d - 1;
      best = c;
    }
  }
  if (best !== null) return best;
  // Sorted-words match: `a_b` vs `b_a`.
  const sortWords = (s: string) => s.split('_').sort().join('_');
  const target = sortWords(lookup);
  return candidates.find((c) => sortWords(c) === target) ?? null;
}

/** rustc's `expected_ident_found`: recovers a keyword used as an identifier when it can. */
export function expectedIdentFound(p: Parser, recover: boolean): Ident {
  const validFollow: TokenKind[] = ['=', ':', ',', ';', '::', '{', '(', '}', ')'];
  if (p.prevToken.kind === 'docComment' && validFollow.includes(p.token.kind)) {
    p.fail(p.err('found a documentation comment that doesn\'t document anything', p.prevSpan()).help('doc comments must come before what they document, if a comment was intended use `//`'));
  }
  const bad = p.token;
  const badSpan = p.tokSpan();
  let recovered: Ident | null = null;
  const d = identErrorBase(p);
  if (bad.kind === 'ident' && !bad.raw && isReservedName(bad.sym, p.edition) && bad.sym !== '_' && validFollow.includes(p.lookAhead(1).kind)) {
    recovered = p.ident(bad.sym, badSpan);
    d.suggestionVerbose(span(badSpan.lo, badSpan.lo), `escape \`${bad.sym}\` to use it as an identifier`, 'r#', 'MaybeIncorrect');
  }
  if (bad.kind === ',' && isIdent(p.lookAhead(1))) {
    if (recover) {
      p.bump();
      if (p.at('ident')) recovered = p.ident(p.token.sym, p.tokSpan());
    }
    d.suggestionVerbose(badSpan, 'remove this comma', '', 'MachineApplicable');
  }
  // `1abc`: a number followed by an invalid suffix.
  if (bad.kind === 'literal' && (bad.lit === 'integer' || bad.lit === 'float') && bad.suffix !== null && !isValidNumericSuffix(bad.lit, bad.suffix)) {
    const len = new TextEncoder().encode(bad.sym).length;
    recovered = p.ident(bad.suffix, span(badSpan.lo + len, badSpan.hi));
    d.help('identifiers cannot start with a number', span(badSpan.lo, badSpan.lo + len));
  }
  if (p.at('<')) {
    const prev = p.prevToken;
    const kw = ['fn', 'type', 'struct', 'enum', 'union', 'trait'].find((k) => isKeyword(prev, k));
    if (kw) {
      const s = p.snapshot();
      try {
        const g = parseGenerics(p);
        if (p.lookAhead(1).kind !== '<') {
          d.multipart(`place the generic parameter name after the ${kw} name`, [
            { span: span(p.token.hi, p.token.hi), snippet: p.snippet(g.span) },
            { span: g.span, snippet: '' },
          ], 'MaybeIncorrect', 'ShowAlways');
        } else {
          d.help(`place the generic parameter name after the ${kw} name`);
        }
      } catch (e) {
        if (!(e instanceof PErr)) throw e;
        p.restore(s);
      }
    }
  }
  if (recovered && recover) {
    p.emit(d);
    p.bump();
    return recovered;
  }
  throw new PErr(d);
}

function isValidNumericSuffix(kind: string, suffix: string): boolean {
  const ints = ['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize'];
  const floats = ['f16', 'f32', 'f64', 'f128'];
  return kind === 'integer' ? ints.includes(suffix) || floats.includes(suffix) : floats.includes(suffix);
}

function identErrorBase(p: Parser): PDiag {
  const t = p.token;
  const sp = p.tokSpan();
  const descr = p.descr();
  // "found keyword `fn`" → the label names the kind without the token.
  let label = 'expected identifier';
  if (t.kind === 'ident' && !t.raw && isReservedName(t.sym, p.edition)) {
    if (t.sym === '_' || t.sym === '{{root}}' || t.sym === '$crate') label = 'expected identifier, found reserved identifier';
    else if (isUsedKeyword(t.sym, p.edition)) label = 'expected identifier, found keyword';
    else label = 'expected identifier, found reserved keyword';
  } else if (t.kind === 'docComment') {
    label = 'expected identifier, found doc comment';
  }
  return p.err(`expected identifier, found ${descr}`, sp).label(sp, label);
}

export function expectedIdentFoundErr(p: Parser): PDiag {
  try {
    expectedIdentFound(p, false);
  } catch (e) {
    if (e instanceof PErr) return e.diag;
    throw e;
  }
  return identErrorBase(p);
}

/** rustc's `expected_expression_found`. */
export function expectedExpressionFound(p: Parser): PDiag {
  let sp: Span;
  let msg: string;
  if (p.at('eof') && p.subparserName !== null) {
    sp = span(p.prevToken.hi, p.prevToken.hi);
    msg = `expected expression, found end of ${p.subparserName}`;
  } else {
    sp = p.tokSpan();
    msg = `expected expression, found ${p.descr()}`;
  }
  const d = p.err(msg, sp);
  const amb = p.ambiguousBlockExprParse.get(p.token.lo);
  if (amb) {
    d.multipart('parentheses are required to parse this as an expression', [
      { span: span(amb.lo, amb.lo), snippet: '(' },
      { span: span(amb.hi, amb.hi), snippet: ')' },
    ], 'MachineApplicable');
  }
  d.label(sp, 'expected expression');
  return d;
}

/** rustc's `recover_missing_braces_around_closure_body`. */
export function recoverMissingBracesAroundClosureBody(p: Parser, closure: ClosureSpans, err: PDiag): void {
  const initialSemi = p.tokSpan();
  while (p.eat(';')) {
    const s = p.snapshot();
    try {
      parseStmtWithoutRecovery(p, false, false);
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
      void s;
    }
  }
  err.message = 'closure bodies that contain statements must be surrounded by braces';
  const following = p.tokSpan();
  err.note('statement found outside of a block', {
    primary: [initialSemi],
    labels: [
      { span: initialSemi, label: 'this `;` turns the preceding closure into a statement' },
      { span: closure.body, label: 'this expression is a statement because of the trailing semicolon' },
    ],
  });
  err.note('the closure body may be incorrectly delimited', {
    primary: [closure.wholeClosure],
    labels: [
      { span: closure.wholeClosure, label: 'this is the parsed closure...' },
      { span: following, label: '...but likely you meant the closure to end here' },
    ],
  });
  err.setSpan([closure.closingPipe, following]);
  err.multipart('try adding braces', [
    { span: span(closure.closingPipe.hi, closure.closingPipe.hi), snippet: ' {' },
    { span: span(following.lo, following.lo), snippet: '}' },
  ], 'MaybeIncorrect');
  p.emit(err);
}


/** rustc's `maybe_consume_incorrect_semicolon`: `struct S {};` at item level. */
export function maybeConsumeIncorrectSemicolon(p: Parser, previousItemDescr: string | null): boolean {
  if (!p.at(';')) return false;
  const sp = p.tokSpan();
  const d = p.err('expected item, found `;`', sp);
  if (previousItemDescr !== null) d.help(`${previousItemDescr} declarations are not followed by a semicolon`);
  d.suggestionVerbose(sp, 'remove this semicolon', '', 'MachineApplicable');
  p.emit(d);
  p.bump();
  return true;
}

/** rustc's `maybe_recover_from_ternary_operator`. Throws the ternary error when it is one. */
export function maybeRecoverFromTernaryOperator(p: Parser, cond: Span | null): void {
  if (p.prevToken.kind !== '?') return;
  const question = p.prevSpan();
  const lo = cond ? cond.lo : question.lo;
  const s = p.snapshot();
  let ok: boolean;
  try {
    parseExpr(p);
    ok = true;
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
    ok = p.at(':');
  }
  if (ok && p.eatNoExpect(':')) {
    const colon = p.prevSpan();
    try {
      const expr = parseExpr(p);
      const d = p.err('Rust has no ternary operator', span(lo, p.prevToken.hi));
      if (cond) {
        d.multipart('use an `if-else` expression instead', [
          { span: span(cond.lo, cond.lo), snippet: 'if ' },
          { span: question, snippet: '{' },
          { span: colon, snippet: '} else {' },
          { span: span(expr.span.hi, expr.span.hi), snippet: ' }' },
        ], 'MaybeIncorrect', 'ShowAlways');
      } else {
        d.help('use an `if-else` expression instead');
      }
      throw new PErr(d);
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
      if (e.diag.message === 'Rust has no ternary operator') throw e;
    }
  }
  p.restore(s);
}

/** `x++` / `++x` / `x--`: rustc's `recover_from_inc_dec`. Always throws the error. */
export function recoverFromIncDec(p: Parser, base: Expr, op: 'inc' | 'dec', fixity: 'prefix' | 'postfix', opSpan: Span, standalone: boolean): never {
  const name = op === 'inc' ? 'increment' : 'decrement';
  const chr = op === 'inc' ? '+' : '-';
  const d = p.err(`Rust has no ${fixity} ${name} operator`, opSpan).label(opSpan, `not a valid ${fixity} operator`);
  const [preSpan, postSpan] = fixity === 'prefix' ? [opSpan, span(base.span.hi, base.span.hi)] : [span(base.span.lo, base.span.lo), opSpan];
  if (standalone) {
    const parts = [];
    if (preSpan.lo !== preSpan.hi) parts.push({ span: preSpan, snippet: '' });
    parts.push({ span: postSpan, snippet: ` ${chr}= 1` });
    d.multipart(`use \`${chr}= 1\` instead`, parts, 'MachineApplicable', 'ShowAlways');
  } else {
    const src = p.snippet(base.span);
    if (fixity === 'prefix') {
      d.multipart(`use \`${chr}= 1\` instead`, [{ span: preSpan, snippet: '{ ' }, { span: postSpan, snippet: ` ${chr}= 1; ${src} }` }], 'MachineApplicable');
    } else if (base.kind !== 'binary') {
      const tmp = src.trim() === 'tmp' ? 'tmp_' : 'tmp';
      d.multipart(`use \`${chr}= 1\` instead`, [{ span: preSpan, snippet: `{ let ${tmp} = ` }, { span: postSpan, snippet: `; ${src} ${chr}= 1; ${tmp} }` }], 'HasPlaceholders');
    }
  }
  throw new PErr(d);
}

/**
 * `a..=` without an end (rustc's `inclusive_range_with_incorrect_end`), also `..==` and `..=>`.
 * Called with the `..=` token just eaten.
 */
export function inclusiveRangeWithIncorrectEnd(p: Parser): void {
  const sp = p.prevSpan();
  const tok = p.token;
  const noSpace = tok.lo === sp.hi;
  if (tok.kind === '=' && noSpace) {
    const withEq = span(sp.lo, tok.hi);
    p.bump();
    // Keep the end (`..==5`) from causing more errors.
    if (isPatRangeEndStart(p, 0)) p.attempt(() => parsePatRangeEnd(p));
    p.emit(p.err('unexpected `=` after inclusive range', withEq).note('inclusive ranges end with a single equals sign (`..=`)').suggestionVerbose(withEq, 'use `..=` instead', '..=', 'MaybeIncorrect'));
    return;
  }
  if (tok.kind === '>' && noSpace) {
    p.emit(p.err('unexpected `>` after inclusive range', p.tokSpan()).label(sp, 'this is parsed as an inclusive range `..=`')
      .suggestionVerbose(span(sp.hi - 1, sp.hi - 1), 'add a space between the pattern and `=>`', ' ', 'MachineApplicable'));
    return;
  }
  p.emit(p.err('inclusive range with no end', sp).withCode('E0586').note('inclusive ranges must be bounded at the end (`..=b` or `a..=b`)')
    .suggestionVerbose(span(sp.hi - 1, sp.hi), 'use `..` instead', '', 'MachineApplicable'));
}

const COMPARISON: ReadonlySet<BinOpKind> = new Set(['eq', 'lt', 'le', 'ne', 'ge', 'gt']);

export function isComparison(op: BinOpKind): boolean {
  return COMPARISON.has(op);
}

/**
 * rustc's `check_no_chained_comparison`, called after eating the outer comparison operator.
 * Returns a replacement expression when it recovered, or null to go on parsing normally.
 */
export function checkNoChainedComparison(p: Parser, inner: Expr, outerOp: BinOpKind, outerSpan: Span): Expr | null {
  if (inner.kind !== 'binary' || !isComparison(inner.op.kind)) return null;
  const op = inner.op;
  const l1 = inner.lhs;
  const r1 = inner.rhs;
  const d = p.err('comparison operators cannot be chained', [op.span, p.prevSpan()]);
  let suggestTurbofish: Span | null = null;
  let helpTurbofish = false;
  let chainingSugg: ((d: PDiag) => void) | null = null;
  const mkErr = (sp: Span): Expr => mkExpr(p, sp, { kind: 'err' });

  const attemptChainedSuggestion = (): boolean => {
    if (l1.kind === 'field' && !/^\d+$/.test(l1.ident.name) && r1.kind !== 'lit') return false;
    const a = op.kind;
    const b = outerOp;
    if ((a === 'eq' && b === 'eq') || ((a === 'lt' || a === 'le') && (b === 'lt' || b === 'le')) || ((a === 'gt' || a === 'ge') && (b === 'gt' || b === 'ge'))) {
      const middle = p.snippet(r1.span);
      chainingSugg = (d) => d.suggestionVerbose(span(inner.span.hi, inner.span.hi), 'split the comparison into two', ` && ${middle}`, 'MaybeIncorrect');
      return false;
    }
    if (a === 'eq' && (b === 'lt' || b === 'le' || b === 'gt' || b === 'ge')) {
      const s = p.snapshot();
      try {
        const r2 = parseExpr(p);
        chainingSugg = (d) => d.multipart('parenthesize the comparison', [{ span: span(r1.span.lo, r1.span.lo), snippet: '(' }, { span: span(r2.span.hi, r2.span.hi), snippet: ')' }], 'MaybeIncorrect');
      } catch (e) {
        if (!(e instanceof PErr)) throw e;
        p.restore(s);
      }
      return true;
    }
    if ((a === 'lt' || a === 'le' || a === 'gt' || a === 'ge') && b === 'eq') {
      const s = p.snapshot();
      try {
        parseExpr(p);
        chainingSugg = (d) => d.multipart('parenthesize the comparison', [{ span: span(l1.span.lo, l1.span.lo), snippet: '(' }, { span: span(r1.span.hi, r1.span.hi), snippet: ')' }], 'MaybeIncorrect');
        return true;
      } catch (e) {
        if (!(e instanceof PErr)) throw e;
        p.restore(s);
        return false;
      }
    }
    return false;
  };

  const finish = (): PDiag => {
    if (suggestTurbofish) d.suggestionVerbose(suggestTurbofish, 'use `::<...>` instead of `<...>` to specify lifetime, type, or const arguments', '::', 'MaybeIncorrect');
    if (helpTurbofish) {
      d.help('use `::<...>` instead of `<...>` to specify lifetime, type, or const arguments');
      d.help('or use `(...)` if you meant to specify fn arguments');
    }
    if (chainingSugg) (chainingSugg as (d: PDiag) => void)(d);
    return d;
  };

  if ((op.kind === 'lt' && outerOp === 'lt') || outerOp === 'gt') {
    if (outerOp === 'lt') {
      const s = p.snapshot();
      p.bump();
      consumeTts(p, 1, [['<', 1], ['>', -1], ['>>', -2]]);
      if (!p.at('(') && !p.at('::')) p.restore(s);
    }
    if (p.at('::')) {
      if (inner.op.kind === 'lt') suggestTurbofish = span(op.span.lo, op.span.lo);
      else helpTurbofish = true;
      const s = p.snapshot();
      p.bump();
      try {
        parseExpr(p);
        p.emit(finish());
        return mkErr(span(inner.span.lo, p.prevToken.hi));
      } catch (e) {
        if (!(e instanceof PErr)) throw e;
        p.restore(s);
        throw new PErr(finish());
      }
    } else if (p.at('(')) {
      if (inner.op.kind === 'lt') suggestTurbofish = span(op.span.lo, op.span.lo);
      else helpTurbofish = true;
      if (!consumeFnArgs(p)) throw new PErr(finish());
      p.emit(finish());
      return mkErr(span(inner.span.lo, p.prevToken.hi));
    } else {
      if (l1.kind !== 'lit' && r1.kind !== 'lit') helpTurbofish = true;
      const recovered = attemptChainedSuggestion();
      if (recovered) {
        p.emit(finish());
        return mkErr(span(inner.span.lo, p.prevToken.hi));
      }
      throw new PErr(finish());
    }
  }
  const recovered = attemptChainedSuggestion();
  p.emit(finish());
  if (recovered) return mkErr(span(inner.span.lo, p.prevToken.hi));
  void outerSpan;
  return null;
}

function consumeTts(p: Parser, acc: number, modifiers: [TokenKind, number][]): void {
  while (acc > 0) {
    const m = modifiers.find(([k]) => p.token.kind === k);
    if (m) acc += m[1];
    if (p.at('eof')) break;
    p.bump();
  }
}

function consumeFnArgs(p: Parser): boolean {
  const s = p.snapshot();
  p.bump();
  consumeTts(p, 1, [['(', 1], [')', -1]]);
  if (p.at('eof')) {
    p.restore(s);
    return false;
  }
  return true;
}

export { FatalError, isBoolLit, isLit };
