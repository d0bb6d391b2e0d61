/**
 * Patterns, after rustc_parse's `parser/pat.rs`: bindings (`ref mut x @ p`), wildcards, literals,
 * ranges (`a..=b`, `..=b`, `a..`), paths, tuple/struct/tuple-struct/slice patterns, `..` rest,
 * references, `box`, or-patterns with leading `|`, and rustc's recoveries (`a, b` without
 * parentheses, `foo:bar` for `foo::bar`, `...` ranges, trailing `|`).
 *
 * Owns: pattern syntax. Must not: check exhaustiveness or bindings.
 */
import { isKeyword, isIdent, isBoolLit, isPathSegmentKeywordToken, isReservedIdent, isNonReservedIdent, canBeginType } from '../token.js';
import { span, type Span } from '../source-map.js';
import type { Pat, PatField, Expr, Mutability, BindingMode, RangeEnd, QSelf, Path, Ident, NodeId } from '../ast.js';
import { Parser, PErr } from './parser.js';
import type { PDiag } from '../diag.js';
import { parsePath, parseQPath } from './path.js';
import { parseLiteralMaybeMinus, mkExpr, parseConstBlock, parseExpr } from './expr.js';
import { parseOuterAttributes, parseDelimArgs } from './attr.js';
import { parseTy } from './ty.js';
import { expectedOneOfNotFound, inclusiveRangeWithIncorrectEnd } from './diagnostics.js';
import { patToString } from '../pretty.js';

type PatKindOf = Pat extends infer T ? (T extends { kind: infer K } ? K : never) : never;
type PatKind = Record<string, unknown> & { kind: PatKindOf };

/** Completes `kind` (a fresh object) into a pattern node, in place (no copy). */
export function mkPat(p: Parser, sp: Span, kind: PatKind): Pat {
  const pat = kind as PatKind & { id: NodeId; span: Span };
  pat.id = p.nextId();
  pat.span = sp;
  return pat as Pat;
}

/** What rustc says it expected when no pattern starts here. */
export type ExpectedPat = 'parameterName' | 'argumentName' | 'identifier' | 'bindingPattern' | null;

function expectedStr(e: ExpectedPat): string {
  switch (e) {
    case 'parameterName': return 'parameter name';
    case 'argumentName': return 'argument name';
    case 'identifier': return 'identifier';
    case 'bindingPattern': return 'binding pattern';
    default: return 'pattern';
  }
}

export type PatternLocation = 'letBinding' | 'functionParameter' | null;

export interface TopPatOptions {
  expected: ExpectedPat;
  recoverComma: boolean;
  recoverColon: boolean;
  commaRecovery: 'likelyTuple' | 'eitherTupleOrPipe';
}

/** A top-level pattern that may have alternatives (`A | B`), as in `match` arms and `let`. */
export function parsePatAllowTopAlt(p: Parser, o: TopPatOptions): Pat {
  return parsePatNoTopGuardInner(p, o, null)[0];
}

/** A pattern that may end with a guard, `pat if cond` (rustc's `parse_pat_allow_top_guard`). */
export function parsePatAllowTopGuard(p: Parser, o: TopPatOptions): Pat {
  const pat = parsePatAllowTopAlt(p, o);
  if (!p.eatKeyword('if')) return pat;
  const guard = parseExpr(p);
  return mkPat(p, span(pat.span.lo, guard.span.hi), { kind: 'guard', pat, guard });
}

/** `let` and fn parameters: the pattern and whether a `:` follows. */
export function parsePatBeforeTy(p: Parser, expected: ExpectedPat, location: PatternLocation): [Pat, boolean] {
  // rustc recovers `let a, b = ...` but not `fn f(a, b)` (there `,` separates parameters).
  const [pat, trailingVert] = parsePatNoTopGuardInner(p, { expected, recoverComma: location === 'letBinding', recoverColon: false, commaRecovery: 'likelyTuple' }, location);
  void trailingVert;
  const colon = p.eat(':');
  if (pat.kind === 'or') {
    // rustc: top-level or-patterns in `let` and parameters need parentheses.
    const sp = pat.span;
    p.emit(p.err(location === 'functionParameter' ? 'function parameters require top-level or-patterns in parentheses' : '`let` bindings require top-level or-patterns in parentheses', sp)
      .multipart('wrap the pattern in parentheses', [{ span: span(sp.lo, sp.lo), snippet: '(' }, { span: span(sp.hi, sp.hi), snippet: ')' }], 'MachineApplicable'));
  }
  return [pat, colon];
}

function parsePatNoTopGuardInner(p: Parser, o: TopPatOptions, location: PatternLocation): [Pat, boolean] {
  let leadingVert: Span | null = null;
  let trailingVert = false;
  const first0 = eatOrSeparator(p, null);
  if (first0 === 'ate') leadingVert = p.prevSpan();
  else if (first0 === 'trailing') trailingVert = true;
  let first: Pat;
  try {
    first = parsePatNoTopAlt(p, o.expected, location);
  } catch (e) {
    if (e instanceof PErr && isReservedIdent(p.token, p.edition) && !isKeyword(p.token, 'in') && !isKeyword(p.token, 'if')) {
      p.emit(e.diag);
      p.bump();
      first = mkPat(p, p.tokSpan(), { kind: 'wild' });
    } else throw e;
  }
  if (o.recoverComma) maybeRecoverUnexpectedComma(p, first.span, o.commaRecovery);
  if (!p.check('|') && !p.at('||')) {
    if (o.recoverColon) first = maybeRecoverColonColonInPatTypo(p, first, o.expected);
    if (leadingVert) return [mkPat(p, span(leadingVert.lo, p.prevToken.hi), { kind: 'or', alts: [first] }), trailingVert];
    return [first, trailingVert];
  }
  const lo = leadingVert ?? first.span;
  const pats = [first];
  for (;;) {
    const r = eatOrSeparator(p, lo);
    if (r === 'none') break;
    if (r === 'trailing') {
      trailingVert = true;
      break;
    }
    let pat: Pat;
    try {
      pat = parsePatNoTopAlt(p, o.expected, location);
    } catch (e) {
      if (e instanceof PErr) e.diag.label(lo, 'while parsing this or-pattern starting here');
      throw e;
    }
    if (o.recoverComma) maybeRecoverUnexpectedComma(p, pat.span, o.commaRecovery);
    pats.push(pat);
  }
  return [mkPat(p, span(lo.lo, p.prevToken.hi), { kind: 'or', alts: pats }), trailingVert];
}

function eatOrSeparator(p: Parser, lo: Span | null): 'ate' | 'trailing' | 'none' {
  if (recoverTrailingVert(p, lo)) return 'trailing';
  if (p.at('||')) {
    const sp = p.tokSpan();
    const d = p.err('unexpected `||` before function parameter', sp);
    d.message = 'unexpected token `||` in pattern';
    d.suggestionVerbose(sp, 'use a single `|` to separate multiple alternative patterns', '|', 'MachineApplicable');
    if (lo) d.label(lo, 'while parsing this or-pattern starting here');
    p.emit(d);
    p.bump();
    return 'ate';
  }
  return p.eat('|') ? 'ate' : 'none';
}

function recoverTrailingVert(p: Parser, lo: Span | null): boolean {
  const next = p.lookAhead(1);
  const isEndAhead = next.kind === '=>' || isKeyword(next, 'if') || next.kind === '=' || next.kind === ';' || next.kind === ':' || next.kind === ',' ||
    next.kind === ']' || next.kind === ')' || next.kind === '}';
  if (isEndAhead && (p.at('|') || p.at('||'))) {
    const sp = p.tokSpan();
    const d = p.err(`a trailing \`${p.token.kind}\` is not allowed in an or-pattern`, sp).toolOnly(span(p.prevToken.hi, sp.hi), `a trailing \`${p.token.kind}\` is not allowed in an or-pattern`, '', 'MachineApplicable');
    if (lo) d.label(lo, 'while parsing this or-pattern starting here');
    if (p.at('||')) d.note('alternatives in or-patterns are separated with `|`, not `||`');
    p.emit(d);
    p.bump();
    return true;
  }
  return false;
}

function maybeRecoverUnexpectedComma(p: Parser, lo: Span, mode: 'likelyTuple' | 'eitherTupleOrPipe'): void {
  if (!p.at(',')) return;
  const commaSpan = p.tokSpan();
  p.bump();
  try {
    // Skip the rest of the comma-separated patterns.
    while (!p.check(')') && !p.check(']') && !p.check('}') && !p.check('=') && !p.check('=>') && !p.checkKeyword('in') && !p.checkKeyword('if') && !p.at(';') && !p.at('eof')) {
      parsePatNoTopAlt(p, null, null);
      if (!p.eat(',')) break;
    }
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
  }
  const seq = span(lo.lo, p.prevToken.hi);
  const d = p.err('unexpected `,` in pattern', commaSpan);
  d.multipart(`try adding parentheses to match on a tuple${mode === 'likelyTuple' ? '' : '...'}`, [
    { span: span(seq.lo, seq.lo), snippet: '(' },
    { span: span(seq.hi, seq.hi), snippet: ')' },
  ], 'MachineApplicable');
  if (mode === 'eitherTupleOrPipe') d.suggestion(seq, '...or a vertical bar to match on multiple alternatives', p.snippet(seq).replace(/,/g, ' |'), 'MachineApplicable');
  throw new PErr(d);
}

/** rustc's `maybe_recover_colon_colon_in_pat_typo`, simplified to the type-annotation case. */
function maybeRecoverColonColonInPatTypo(p: Parser, first: Pat, expected: ExpectedPat): Pat {
  if (!p.at(':')) return first;
  void expected;
  const isPathLike = (first.kind === 'ident' && first.binding.byRef === null && first.sub === null) || first.kind === 'path';
  if (!isPathLike || !isNonReservedIdent(p.lookAhead(1), p.edition)) {
    const s = p.snapshot();
    p.bump();
    try {
      const ty = parseTy(p);
      p.restore(s);
      const err = p.caught(() => expectedOneOfNotFound(p, [], []));
      if (err) {
        err.diag.label(ty.span, "specifying the type of a pattern isn't supported");
        p.bump();
        parseTy(p);
        p.emit(err.diag);
        return mkPat(p, span(first.span.lo, ty.span.hi), { kind: 'wild' });
      }
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
      p.restore(s);
    }
    return first;
  }
  // `foo:bar` → `foo::bar`
  const colonSpan = p.tokSpan();
  const err = p.caught(() => expectedOneOfNotFound(p, [], []));
  if (!err) return first;
  const s = p.snapshot();
  p.bump();
  try {
    const pat = parsePatNoTopAlt(p, null, null);
    const newSpan = span(first.span.lo, pat.span.hi);
    const firstPath = first.kind === 'ident' ? [{ id: p.nextId(), ident: first.ident, args: null }] : first.kind === 'path' ? first.path.segments : [];
    let result: Pat | null = null;
    if (pat.kind === 'struct' || pat.kind === 'tupleStruct' || pat.kind === 'path') {
      const path: Path = { span: newSpan, segments: [...firstPath, ...pat.path.segments] };
      result = { ...pat, span: newSpan, path } as Pat;
    } else if (pat.kind === 'ident' && pat.binding.byRef === null && pat.binding.mutability === 'not' && pat.sub === null) {
      const path: Path = { span: newSpan, segments: [...firstPath, { id: p.nextId(), ident: pat.ident, args: null }] };
      result = mkPat(p, newSpan, { kind: 'path', qself: null, path });
    }
    if (result) {
      err.diag.suggestionVerbose(span(colonSpan.lo, colonSpan.hi), 'maybe write a path separator here', '::', 'MaybeIncorrect');
      p.emit(err.diag);
      return result;
    }
    p.emit(err.diag);
    return mkPat(p, newSpan, { kind: 'wild' });
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
    p.restore(s);
    p.emit(err.diag);
    return first;
  }
}

/** A pattern without top-level alternatives (rustc's `parse_pat_no_top_alt`). */
export function parsePatNoTopAlt(p: Parser, expected: ExpectedPat, location: PatternLocation): Pat {
  return parsePatWithRangePat(p, true, expected, location);
}

function parsePatWithRangePat(p: Parser, allowRangePat: boolean, expected: ExpectedPat, location: PatternLocation): Pat {
  let lo = p.tokSpan();
  if (isKeyword(p.token, 'let') && canBeginPatternToken(p, p.lookAhead(1))) {
    p.bump();
    const sp = span(lo.lo, p.token.lo);
    p.emit(p.err('expected pattern, found `let`', lo).suggestionVerbose(sp, 'remove the unnecessary `let` keyword', '', 'MachineApplicable'));
    lo = p.tokSpan();
  }
  let kind: PatKind;
  if (p.check('&') || p.at('&&')) {
    kind = parsePatDeref(p, expected);
  } else if (p.check('(')) {
    kind = parsePatTupleOrParens(p);
  } else if (p.check('[')) {
    const r = p.parseDelimCommaSeq('[', ']', () => parsePatAllowTopGuard(p, { expected: null, recoverComma: false, recoverColon: false, commaRecovery: 'eitherTupleOrPipe' }));
    kind = { kind: 'slice', elems: r.items };
  } else if (p.check('..') && !isPatRangeEndStart(p, 1)) {
    p.bump();
    kind = { kind: 'rest' };
  } else if (p.check('...') && !isPatRangeEndStart(p, 1)) {
    p.bump();
    const sp = p.prevSpan();
    p.emit(p.err('unexpected `...`', sp).label(sp, 'not a valid pattern').suggestionVerbose(span(sp.hi - 1, sp.hi), 'for a rest pattern, use `..` instead of `...`', '', 'MachineApplicable'));
    kind = { kind: 'rest' };
  } else {
    const re = parseRangeEnd(p);
    if (re) {
      kind = parsePatRangeTo(p, re);
    } else if (p.eat('!')) {
      kind = { kind: 'never' };
    } else if (p.eatKeyword('_')) {
      kind = { kind: 'wild' };
    } else if (p.eatKeyword('mut')) {
      kind = parsePatIdentMut(p, location);
    } else if (p.eatKeyword('ref')) {
      const mutability: Mutability = p.eatKeyword('mut') ? 'mut' : 'not';
      kind = parsePatIdent(p, { byRef: mutability, mutability: 'not' }, location);
    } else if (p.eatKeyword('box')) {
      const inner = parsePatWithRangePat(p, false, null, null);
      kind = { kind: 'box', pat: inner };
    } else if (isKeyword(p.token, 'const') && p.lookAhead(1).kind === '{') {
      const c = parseConstBlock(p, span(lo.lo, p.token.hi), true);
      const re2 = parseRangeEnd(p);
      kind = re2 ? parsePatRangeBeginWith(p, c, re2) : { kind: 'expr', expr: c };
    } else if (canBeIdentPat(p) || (isLitBadIdent(p))) {
      kind = parsePatIdent(p, { byRef: null, mutability: 'not' }, location);
    } else if (isStartOfPatWithPath(p)) {
      let qself: QSelf | null = null;
      let path: Path;
      if (p.eatLt()) [qself, path] = parseQPath(p, 'pat');
      else path = parsePath(p, 'pat');
      const sp = p.spanFrom(lo);
      if (qself === null && p.check('!')) {
        p.bump();
        const args = parseDelimArgs(p);
        kind = { kind: 'macCall', mac: { path, args, span: p.spanFrom(lo) } };
      } else {
        const re2 = parseRangeEnd(p);
        if (re2) {
          const begin = mkExpr(p, sp, { kind: 'path', qself, path });
          kind = parsePatRangeBeginWith(p, begin, re2);
        } else if (p.check('{')) {
          kind = parsePatStruct(p, qself, path);
        } else if (p.check('(')) {
          const r = p.parseParenCommaSeq(() => parsePatAllowTopGuard(p, { expected: null, recoverComma: false, recoverColon: false, commaRecovery: 'eitherTupleOrPipe' }));
          kind = { kind: 'tupleStruct', qself, path, elems: r.items };
        } else {
          kind = { kind: 'path', qself, path };
        }
      }
    } else {
      // A literal, maybe negated.
      let begin: Expr;
      try {
        begin = parseLiteralMaybeMinus(p);
      } catch (e) {
        if (!(e instanceof PErr)) throw e;
        const ex = expectedStr(expected);
        const sp = p.tokSpan();
        const d = p.err(`expected ${ex}, found ${p.descr()}`, sp).label(sp, `expected ${ex}`);
        const amb = p.ambiguousBlockExprParse.get(p.token.lo);
        if (amb) d.multipart('parentheses are required to parse this as an expression', [{ span: span(amb.lo, amb.lo), snippet: '(' }, { span: span(amb.hi, amb.hi), snippet: ')' }], 'MachineApplicable');
        throw new PErr(d);
      }
      const re2 = parseRangeEnd(p);
      kind = re2 ? parsePatRangeBeginWith(p, begin, re2) : { kind: 'expr', expr: begin };
    }
  }
  let pat = mkPat(p, p.spanFrom(lo), kind);
  if (p.eatNoExpect('@')) pat = recoverIntersectionPat(p, pat);
  if (!allowRangePat && pat.kind === 'range' && (pat.start === null || pat.end === null || pat.rangeEnd.kind === 'excluded')) {
    // `&0..` etc.: rustc requires parentheses.
    const sp = pat.span;
    p.emit(p.err('the range pattern here has ambiguous interpretation', sp).multipart('add parentheses to clarify the precedence', [{ span: span(sp.lo, sp.lo), snippet: '(' }, { span: span(sp.hi, sp.hi), snippet: ')' }], 'MachineApplicable'));
  }
  return pat;
}

function canBeginPatternToken(p: Parser, t: import('../token.js').Token): boolean {
  switch (t.kind) {
    case 'ident':
      return t.raw || !isReservedIdent(t, p.edition) || ['_', 'ref', 'mut', 'box', 'true', 'false', 'const', 'self', 'Self', 'crate', 'super'].includes(t.sym);
    case '(': case '[': case '&': case '&&': case '-': case '..': case '...': case '..=': case '<': case '<<': case '::': case 'literal':
      return true;
    default:
      return false;
  }
}

function recoverIntersectionPat(p: Parser, lhs: Pat): Pat {
  const rhs = parsePatNoTopAlt(p, 'bindingPattern', null);
  const whole = span(lhs.span.lo, rhs.span.hi);
  if (rhs.kind === 'ident' && rhs.sub === null) {
    p.emit(p.err('pattern on wrong side of `@`', whole).label(lhs.span, 'pattern on the left, should be on the right').label(rhs.span, 'binding on the right, should be on the left')
      .suggestionVerbose(whole, 'switch the order', `${p.snippet(rhs.span)} @ ${p.snippet(lhs.span)}`, 'MachineApplicable'));
    return mkPat(p, whole, { kind: 'ident', binding: rhs.binding, ident: rhs.ident, sub: lhs });
  }
  p.emit(p.err('left-hand side of `@` must be a binding', whole).label(lhs.span, 'interpreted as a pattern, not a binding').label(rhs.span, 'also a pattern').note('bindings are `x`, `mut x`, `ref x`, and `ref mut x`'));
  return mkPat(p, whole, { kind: 'wild' });
}

function isLitBadIdent(p: Parser): boolean {
  const t = p.token;
  return t.kind === 'literal' && (t.lit === 'integer' || t.lit === 'float') && t.suffix !== null && !/^(i|u)(8|16|32|64|128|size)$|^f(16|32|64|128)$/.test(t.suffix);
}

function canBeIdentPat(p: Parser): boolean {
  if (!p.checkIdent()) return false;
  const t = p.token;
  if (isBoolLit(t) || isPathSegmentKeywordToken(t) || isKeyword(t, 'in')) return false;
  const n = p.lookAhead(1).kind;
  return !(n === '(' || n === '{' || n === '...' || n === '..=' || n === '..' || n === '::' || n === '!');
}

function isStartOfPatWithPath(p: Parser): boolean {
  return p.checkPath() || (isIdent(p.token) && !isBoolLit(p.token) && !isKeyword(p.token, 'in'));
}

export function isPatRangeEndStart(p: Parser, dist: number): boolean {
  const t = p.lookAhead(dist);
  return t.kind === '-' || t.kind === 'literal' || t.kind === '::' || t.kind === '<' || (t.kind === 'ident' && !isKeyword(t, 'in') && !isKeyword(t, 'if')) || t.kind === 'lifetime' ||
    (isKeyword(t, 'const') && p.lookAhead(dist + 1).kind === '{');
}

function parseRangeEnd(p: Parser): { end: RangeEnd; span: Span } | null {
  let end: RangeEnd;
  if (p.eat('...')) end = { kind: 'included', syntax: 'dotDotDot' };
  else if (p.eat('..=')) end = { kind: 'included', syntax: 'dotDotEq' };
  else if (p.eat('..')) end = { kind: 'excluded' };
  else return null;
  return { end, span: p.prevSpan() };
}

function parsePatRangeBeginWith(p: Parser, begin: Expr, re: { end: RangeEnd; span: Span }): PatKind {
  const end = isPatRangeEndStartHere(p) ? parsePatRangeEnd(p) : null;
  if (re.end.kind === 'included' && re.end.syntax === 'dotDotDot') errDotDotDotRange(p, begin, re.span, end);
  if (end === null && re.end.kind === 'included') {
    // `a..=` without an end.
    inclusiveRangeWithIncorrectEnd(p);
    return { kind: 'range', start: begin, end: null, rangeEnd: { kind: 'excluded' } };
  }
  return { kind: 'range', start: begin, end, rangeEnd: re.end };
}

function errDotDotDotRange(p: Parser, begin: Expr | null, dotsSpan: Span, end: Expr | null): void {
  // rustc makes `...` in patterns a hard error in 2021+ (E0783) and a lint before.
  if (p.edition === '2021' || p.edition === '2024') {
    // rustc reports this from its early lint pass (a hard error from 2021 on), after parsing.
    const sp = span((begin ?? { span: dotsSpan }).span.lo, end ? end.span.hi : dotsSpan.hi);
    const d = p.err('`...` range patterns are deprecated', sp).withCode('E0783').suggestionShort(dotsSpan, 'use `..=` for an inclusive range', '..=', 'MachineApplicable');
    p.stashed.push({ key: 'EarlyLint', span: sp, diag: d.build() });
  }
}

function isPatRangeEndStartHere(p: Parser): boolean {
  return isPatRangeEndStart(p, 0);
}

function parsePatRangeTo(p: Parser, re: { end: RangeEnd; span: Span }): PatKind {
  const end = parsePatRangeEnd(p);
  if (re.end.kind === 'included' && re.end.syntax === 'dotDotDot') {
    p.emit(p.err('range-to patterns with `...` are not allowed', re.span).suggestionVerbose(re.span, 'use `..=` instead', '..=', 'MachineApplicable'));
  }
  return { kind: 'range', start: null, end, rangeEnd: re.end };
}

export function parsePatRangeEnd(p: Parser): Expr {
  const lo = p.tokSpan();
  if (isKeyword(p.token, 'const') && p.lookAhead(1).kind === '{') return parseConstBlock(p, lo, true);
  if (p.at('<') || p.at('<<')) {
    p.eatLt();
    const [qself, path] = parseQPath(p, 'pat');
    return mkExpr(p, p.spanFrom(lo), { kind: 'path', qself, path });
  }
  if (p.at('::') || (p.at('ident') && !isBoolLit(p.token))) {
    const path = parsePath(p, 'pat');
    return mkExpr(p, path.span, { kind: 'path', qself: null, path });
  }
  return parseLiteralMaybeMinus(p);
}

function parsePatDeref(p: Parser, expected: ExpectedPat): PatKind {
  p.expectAnd();
  if (p.at('lifetime')) {
    const sp = p.tokSpan();
    p.bump();
    p.emit(p.err('unexpected lifetime `' + p.prevToken.sym + '` in pattern', sp).suggestionVerbose(span(sp.lo, p.token.lo), 'remove the lifetime', '', 'MachineApplicable'));
  }
  const mutability: Mutability = p.eatKeyword('mut') ? 'mut' : 'not';
  const sub = parsePatWithRangePat(p, false, expected, null);
  return { kind: 'ref', pat: sub, mutability };
}

function parsePatTupleOrParens(p: Parser): PatKind {
  const r = p.parseParenCommaSeq(() => parsePatAllowTopGuard(p, { expected: null, recoverComma: false, recoverColon: false, commaRecovery: 'likelyTuple' }));
  if (r.items.length === 1 && !r.trailing && r.items[0]!.kind !== 'rest') return { kind: 'paren', pat: r.items[0]! };
  return { kind: 'tuple', elems: r.items };
}

/** `mut` already eaten (rustc's `parse_pat_ident_mut`). */
function parsePatIdentMut(p: Parser, location: PatternLocation): PatKind {
  void location;
  const mutSpan = p.prevSpan();
  recoverAdditionalMuts(p);
  let byRef: Mutability | null = null;
  if (p.eatKeyword('ref')) byRef = p.eatKeyword('mut') ? 'mut' : 'not';
  recoverAdditionalMuts(p);
  const pat = parsePatNoTopAlt(p, 'identifier', null);
  if (pat.kind === 'ident' && pat.binding.byRef === null && pat.binding.mutability === 'not') {
    // `mut` on the outer binding only; the subpattern keeps its own bindings.
    return { kind: 'ident', binding: { byRef, mutability: 'mut' }, ident: pat.ident, sub: pat.sub };
  }
  const [mutPat, changed] = makeValueBindingsMutable(pat);
  if (changed) {
    const sp = span(mutSpan.lo, pat.span.hi);
    p.emit(p.err('`mut` must be attached to each individual binding', sp).suggestionVerbose(sp, 'add `mut` to each binding', patToString(mutPat), 'MachineApplicable')
      .note('`mut` may be followed by `variable` and `variable @ pattern`'));
  } else {
    const sp = span(mutSpan.lo, pat.span.lo);
    p.emit(p.err('`mut` must be followed by a named binding', sp).suggestionVerbose(sp, 'remove the `mut` prefix', '', 'MachineApplicable')
      .note('`mut` may be followed by `variable` and `variable @ pattern`'));
  }
  const { id: _id, span: _span, ...kind } = mutPat;
  void _id;
  void _span;
  return kind as PatKind;
}

/** rustc's `make_all_value_bindings_mutable`, on a copy: the new pattern and whether it changed. */
function makeValueBindingsMutable(pat: Pat): [Pat, boolean] {
  let changed = false;
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(walk);
    const o = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k in o) out[k] = k === 'span' ? o[k] : walk(o[k]);
    if (o.kind === 'ident' && 'binding' in o) {
      const b = o.binding as BindingMode;
      if (b.byRef === null && b.mutability === 'not') {
        changed = true;
        out.binding = { byRef: null, mutability: 'mut' };
      }
    }
    return out;
  };
  const res = walk(pat) as Pat;
  return [res, changed];
}

/** `mut mut x`: rustc's `recover_additional_muts`. */
function recoverAdditionalMuts(p: Parser): void {
  const lo = p.tokSpan();
  while (p.eatKeyword('mut')) {
    // eat them all
  }
  if (p.token.lo === lo.lo) return;
  const sp = span(lo.lo, p.prevToken.hi);
  p.emit(p.err('`mut` on a binding may not be repeated', sp).suggestionVerbose(span(lo.lo, p.token.lo), 'remove the additional `mut`s', '', 'MachineApplicable'));
}

function parsePatIdent(p: Parser, binding: BindingMode, location: PatternLocation): PatKind {
  const ident = p.parseIdentCommon(false);
  if (location !== 'functionParameter' && p.at('<') && canBeginType(p.lookAhead(1), p.edition)) {
    const sp = p.tokSpan();
    throw new PErr(p.err('generic args in patterns require the turbofish syntax', sp).suggestionVerbose(span(sp.lo, sp.lo), 'use the more explicit turbofish syntax', '::', 'MaybeIncorrect'));
  }
  const sub = p.eat('@') ? parsePatNoTopAlt(p, 'bindingPattern', null) : null;
  if (p.at('(')) {
    throw new PErr(p.err('expected identifier, found enum pattern', p.prevSpan()).label(p.prevSpan(), 'expected identifier'));
  }
  return { kind: 'ident', binding, ident, sub };
}

function parsePatStruct(p: Parser, qself: QSelf | null, path: Path): PatKind {
  p.bump(); // `{`
  let r: { fields: PatField[]; rest: boolean };
  try {
    r = parsePatFields(p);
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
    e.diag.label(path.span, 'while parsing the fields for this pattern');
    p.emit(e.diag);
    p.recoverStmt();
    // As rustc: pretend `Foo { .. }` to avoid cascading errors.
    r = { fields: [], rest: true };
  }
  p.bump(); // `}`
  return { kind: 'struct', qself, path, fields: r.fields, rest: r.rest };
}

/** The fields of a struct pattern (rustc's `parse_pat_fields`), up to the `}`. */
function parsePatFields(p: Parser): { fields: PatField[]; rest: boolean } {
  const fields: PatField[] = [];
  let rest = false;
  let ateComma = true;
  let delayed: PDiag | null = null;
  let firstEtcAndMaybeComma: Span | null = null;
  let lastNonCommaDotDot: Span | null = null;
  const emitDelayed = () => {
    if (delayed) p.emit(delayed);
    delayed = null;
  };
  while (!p.at('}')) {
    if (!ateComma) {
      let d: PDiag;
      if (p.at('@')) {
        const prev = fields[fields.length - 1]!.ident;
        const sp = span(prev.span.lo, p.token.hi);
        const next = p.lookAhead(1);
        if (next.kind === '..') {
          const dd = p.tokSpan(next);
          d = p.err('`@ ..` is not supported in struct patterns', span(sp.lo, dd.hi))
            .suggestionVerbose(span(sp.lo, dd.lo), `bind to each field separately or, if you don't need them, just remove \`${prev.name} @\``, '', 'MachineApplicable');
        } else {
          d = p.err('Unexpected `@` in struct pattern', sp).note('struct patterns use `field: pattern` syntax to bind to fields')
            .help('consider replacing `new_name @ field_name` with `field_name: new_name` if that is what you intended');
        }
      } else {
        d = p.err('expected `,`', p.tokSpan());
        recoverMisplacedPatternModifiers(p, fields, d);
      }
      emitDelayed();
      p.fail(d);
    }
    ateComma = false;
    if (p.check('..') || p.at('...') || p.checkKeyword('_')) {
      rest = true;
      let etcSp = p.tokSpan();
      if (firstEtcAndMaybeComma === null) {
        const next = p.lookAhead(1);
        firstEtcAndMaybeComma = next.kind === ',' ? span(etcSp.lo, untilNonWhitespace(p, next.lo, true)) : etcSp;
      }
      if (!p.at('..')) {
        // `...` or `_` for the remaining fields.
        const sp = p.tokSpan();
        p.emit(p.err(`expected field pattern, found \`${p.snippet(sp)}\``, sp).suggestionVerbose(sp, 'to omit remaining fields, use `..`', '..', 'MachineApplicable'));
      }
      p.bump();
      if (p.at('}')) break;
      const sp = p.tokSpan();
      const d = p.err(`expected \`}\`, found ${p.descr()}`, sp).label(sp, 'expected `}`');
      let commaSp: Span | null = null;
      if (p.at(',')) {
        etcSp = span(etcSp.lo, sp.hi);
        d.label(etcSp, '`..` must be at the end and cannot have a trailing comma');
        commaSp = sp;
        p.bump();
        ateComma = true;
      }
      if (p.at('}')) {
        // Otherwise well formed: recover and go on.
        if (commaSp) d.suggestionShort(commaSp, 'remove this comma', '', 'MachineApplicable');
        p.emit(d);
        break;
      } else if (isIdent(p.token) && ateComma) {
        // Fields after `..,`: the error waits for the end, to suggest moving the `..`.
        if (delayed) {
          emitDelayed();
          p.fail(d);
        }
        delayed = d;
      } else {
        emitDelayed();
        p.fail(d);
      }
    }
    let field: PatField;
    try {
      const attrs = parseOuterAttributes(p);
      field = parsePatField(p, p.tokSpan(), attrs);
    } catch (e) {
      emitDelayed();
      throw e;
    }
    ateComma = p.eat(',');
    lastNonCommaDotDot = p.prevSpan();
    fields.push(field);
  }
  if (delayed !== null) {
    const d: PDiag = delayed;
    if (firstEtcAndMaybeComma) {
      if (p.prevToken.kind === '..') {
        d.multipart('remove the starting `..`', [{ span: firstEtcAndMaybeComma, snippet: '' }], 'MachineApplicable');
      } else if (lastNonCommaDotDot) {
        d.multipart('move the `..` to the end of the field list', [
          { span: firstEtcAndMaybeComma, snippet: '' },
          { span: span(lastNonCommaDotDot.hi, p.token.hi), snippet: `${ateComma ? '' : ','} .. }` },
        ], 'MachineApplicable');
      }
    }
    p.emit(d);
  }
  return { fields, rest };
}

/**
 * The end of the first token at `pos` and the whitespace after it (rustc's
 * `span_until_non_whitespace` on the rest of the line when `toLineEnd`).
 */
function untilNonWhitespace(p: Parser, pos: number, toLineEnd: boolean): number {
  const src = p.text.src;
  let i = p.text.index(pos);
  const end = toLineEnd ? (src.indexOf('\n', i) < 0 ? src.length : src.indexOf('\n', i)) : src.length;
  let sawWs = false;
  while (i < end) {
    const ws = /\s/.test(src[i]!);
    if (ws) sawWs = true;
    else if (sawWs) break;
    i++;
  }
  return p.text.pos(i);
}

/** `S { ref field: name }` for `S { field: ref name }`: rustc's `recover_misplaced_pattern_modifiers`. */
function recoverMisplacedPatternModifiers(p: Parser, fields: readonly PatField[], d: PDiag): void {
  const last = fields[fields.length - 1];
  if (!last || !last.isShorthand || last.pat.kind !== 'ident' || last.pat.sub !== null) return;
  const b = last.pat.binding;
  if ((b.byRef === null && b.mutability === 'not') || !p.at(':')) return;
  const name = p.lookAhead(1);
  const after = p.lookAhead(2).kind;
  if (!isIdent(name) || (after !== ',' && after !== '}')) return;
  const prefix = (b.byRef ? (b.byRef === 'mut' ? 'ref mut ' : 'ref ') : '') + (b.mutability === 'mut' ? 'mut ' : '');
  d.multipart('the pattern modifiers belong after the `:`', [
    { span: span(last.pat.span.lo, last.pat.ident.span.lo), snippet: '' },
    { span: span(name.lo, name.lo), snippet: prefix },
  ], 'MachineApplicable');
}

/** One field of a struct pattern: `name: pat` or the shorthand `box ref mut name`. */
function parsePatField(p: Parser, lo: Span, attrs: import('../ast.js').Attribute[]): PatField {
  if (p.lookAhead(1).kind === ':') {
    const ident = parseFieldName(p);
    p.bump(); // `:`
    const pat = parsePatAllowTopAlt(p, { expected: null, recoverComma: false, recoverColon: false, commaRecovery: 'eitherTupleOrPipe' });
    return { id: p.nextId(), attrs, ident, pat, isShorthand: false, span: span(lo.lo, pat.span.hi) };
  }
  const isBox = p.eatKeyword('box');
  const boxedLo = p.token.lo;
  const mutability: Mutability = p.eatKeyword('mut') ? 'mut' : 'not';
  const byRef: Mutability | null = p.eatKeyword('ref') ? (p.eatKeyword('mut') ? 'mut' : 'not') : null;
  const ident = parseFieldName(p);
  const hi = p.prevToken.hi;
  let pat = mkPat(p, span(boxedLo, hi), { kind: 'ident', binding: { byRef, mutability }, ident, sub: null });
  if (isBox) pat = mkPat(p, span(lo.lo, hi), { kind: 'box', pat });
  return { id: p.nextId(), attrs, ident, pat, isShorthand: true, span: span(lo.lo, hi) };
}

/** A field name: an identifier or a tuple index (rustc's `parse_field_name`). */
function parseFieldName(p: Parser): Ident {
  const t = p.token;
  if (t.kind === 'literal' && t.lit === 'integer') {
    if (t.suffix !== null) p.emit(p.err(`suffixes on a tuple index are invalid`, p.tokSpan()).label(p.tokSpan(), `invalid suffix \`${t.suffix}\``));
    p.bump();
    return p.ident(t.sym, p.prevSpan());
  }
  return p.parseIdentCommon(true);
}
