/**
 * Paths, after rustc_parse's `parser/path.rs`: `a::b::<T>`, `::std::x`, `<T as Trait>::Item`,
 * `Fn(A) -> B`, generic arguments and associated item constraints, and rustc's recoveries for
 * `a:b` (single colon) and `:::`.
 *
 * Owns: path syntax. Must not: resolve anything.
 */
import { type Token, isIdent, isKeyword, isNonReservedIdent, isPathSegmentKeyword, canBeginType, canBeginConstArg, isReservedName } from '../token.js';
import { span, type Span } from '../source-map.js';
import type { Path, PathSegment, GenericArgs, AngleBracketedArg, GenericArg, QSelf, AssocItemConstraint, Ident, Lifetime, AnonConst } from '../ast.js';
import { Parser, PErr, R_CONST_EXPR } from './parser.js';
import { parseTy, parseRetTy, parseGenericBounds, parseParamGeneral } from './ty.js';
import { parseExprRes, parseBlockExprForConst, parseLiteralMaybeMinus } from './expr.js';

export type PathStyle = 'expr' | 'pat' | 'type' | 'mod';

export function parsePath(p: Parser, style: PathStyle): Path {
  return parsePathInner(p, style);
}

export function parsePathInner(p: Parser, style: PathStyle): Path {
  const lo = p.tokSpan();
  const segments: PathSegment[] = [];
  if (eatPathSep(p)) segments.push({ id: p.nextId(), ident: p.ident('{{root}}', span(lo.lo, lo.lo)), args: null });
  parsePathSegments(p, segments, style);
  return { span: p.spanFrom(lo), segments };
}

/** `<T as Trait>::a::b` after the `<`: rustc's `parse_qpath`. */
export function parseQPath(p: Parser, style: PathStyle): [QSelf, Path] {
  const lo = p.prevSpan();
  const ty = parseTy(p);
  let path: Path;
  let pathLo: Span;
  if (p.eatKeyword('as')) {
    pathLo = p.tokSpan();
    const traitPath = parsePathInner(p, 'type');
    path = traitPath;
  } else {
    pathLo = p.tokSpan();
    path = { span: span(p.prevToken.hi, p.prevToken.hi), segments: [] };
  }
  const qself: QSelf = { ty, pathSpan: path.span, position: path.segments.length };
  p.expectGt();
  if (p.unmatchedAngleBracketCount > 0) p.unmatchedAngleBracketCount--;
  // rustc: `<T>::` requires the `::`.
  p.expect('::');
  const segments = [...path.segments];
  parsePathSegments(p, segments, style);
  void pathLo;
  return [qself, { span: p.spanFrom(lo), segments }];
}

/** Eats `::`, recovering `:::`. */
export function eatPathSep(p: Parser): boolean {
  const r = p.eat('::');
  if (r && p.eatNoExpect(':')) {
    const sp = p.prevSpan();
    p.emit(p.err('path separator must be a double colon', sp).suggestionVerbose(sp, 'use a double colon instead', '', 'MaybeIncorrect'));
  }
  return r;
}

function isImportCoupler(p: Parser): boolean {
  return p.check('::') && (p.lookAhead(1).kind === '{' || p.lookAhead(1).kind === '*');
}

export function parsePathSegments(p: Parser, segments: PathSegment[], style: PathStyle): void {
  for (;;) {
    const seg = parsePathSegment(p, style);
    if (style === 'expr') checkTrailingAngleBrackets(p, seg, ['::']);
    segments.push(seg);
    if (isImportCoupler(p) || !eatPathSep(p)) {
      if (style === 'expr' && p.at(':') && isNonReservedIdent(p.lookAhead(1), p.edition)) {
        if (p.token.lo === p.prevToken.hi && p.lookAhead(1).lo === p.token.hi) {
          p.bump();
          const sp = p.prevSpan();
          p.emit(p.err('path separator must be a double colon', sp).suggestionVerbose(span(sp.hi, sp.hi), 'use a double colon instead', ':', 'MachineApplicable'));
        }
        continue;
      }
      return;
    }
  }
}

function isArgsStart(t: Token): boolean {
  return t.kind === '<' || t.kind === '<<' || t.kind === '(' || t.kind === '<-';
}

export function parsePathSegmentIdent(p: Parser): Ident {
  const t = p.token;
  if (t.kind === 'ident' && !t.raw && isPathSegmentKeyword(t.sym)) {
    p.bump();
    return p.ident(t.sym, p.tokSpan(t));
  }
  return p.parseIdent();
}

export function parsePathSegment(p: Parser, style: PathStyle): PathSegment {
  const ident = parsePathSegmentIdent(p);
  const checkArgsStart = () => {
    p.addExpectedToken('`<`');
    p.addExpectedToken('`(`');
    return isArgsStart(p.token);
  };
  if ((style === 'type' && checkArgsStart()) || (style !== 'mod' && p.check('::') && isArgsStart(p.lookAhead(1)))) {
    if (style === 'expr') p.unmatchedAngleBracketCount = 0;
    eatPathSep(p);
    const lo = p.tokSpan();
    let args: GenericArgs;
    if (p.eatLt()) {
      const list = parseAngleArgsWithLeadingAngleBracketRecovery(p, style, lo);
      try {
        p.expectGt();
      } catch (e) {
        if (!(e instanceof PErr)) throw e;
        if (p.at(':') && isNonReservedIdent(p.lookAhead(1), p.edition)) {
          const sp = p.tokSpan();
          throw new PErr(p.err('path separator must be a double colon', sp).suggestionVerbose(span(p.prevToken.hi, p.prevToken.hi), 'use a double colon instead', ':', 'MachineApplicable'));
        }
        const last = [...list].reverse().find((a) => a.kind !== 'constraint');
        if (last) e.diag.suggestionVerbose(span(argSpan(last).hi, argSpan(last).hi), 'you might have meant to end the type parameters here', '>', 'MaybeIncorrect');
        throw e;
      }
      args = { kind: 'angle', span: p.spanFrom(lo), args: list };
    } else {
      // `(A, B) -> C`
      const r = p.parseParenCommaSeq(() => {
        const param = parseParamGeneral(p, () => false, false, false);
        return param.ty;
      });
      const inputsSpan = p.spanFrom(lo);
      const output = parseRetTy(p, false, false, false);
      args = { kind: 'paren', span: p.spanFrom(ident.span), inputs: r.items, inputsSpan, output };
    }
    return { id: p.nextId(), ident, args };
  }
  return { id: p.nextId(), ident, args: null };
}

export function argSpan(a: AngleBracketedArg): Span {
  if (a.kind === 'constraint') return a.constraint.span;
  return genericArgSpan(a.arg);
}

export function genericArgSpan(a: GenericArg): Span {
  switch (a.kind) {
    case 'lifetime': return a.lifetime.ident.span;
    case 'type': return a.ty.span;
    case 'const': return a.value.value.span;
  }
}

/** rustc's `check_trailing_angle_brackets`: `collect::<Vec<_>>>()`. */
export function checkTrailingAngleBrackets(p: Parser, seg: PathSegment, end: readonly string[]): boolean {
  if (!seg.args || seg.args.kind !== 'angle') return false;
  const lo = p.tokSpan();
  let pos = 0;
  let gt = 0;
  let shr = 0;
  for (;;) {
    const t = p.lookAhead(pos);
    if (t.kind === '>>') shr++;
    else if (t.kind === '>') gt++;
    else break;
    pos++;
  }
  if (gt < 1 && shr < 1) return false;
  if (end.includes(p.lookAhead(pos).kind)) {
    p.eatToTokens(end as never);
    const sp = span(lo.lo, p.prevToken.hi);
    const n = gt + shr * 2;
    p.emit(p.err(`unmatched angle bracket${n === 1 ? '' : 's'}`, sp).suggestionVerbose(sp, `remove extra angle bracket${n === 1 ? '' : 's'}`, '', 'MachineApplicable'));
    return true;
  }
  return false;
}

function parseAngleArgsWithLeadingAngleBracketRecovery(p: Parser, style: PathStyle, lo: Span): AngleBracketedArg[] {
  // rustc also recovers `<<T>>`-style leading extra brackets here; weftc reports them generically.
  void style;
  void lo;
  return parseAngleArgs(p);
}

/** `'a, T, N, Item = u8` inside `<...>`. */
export function parseAngleArgs(p: Parser): AngleBracketedArg[] {
  const args: AngleBracketedArg[] = [];
  for (;;) {
    const arg = parseAngleArg(p);
    if (arg === null) break;
    args.push(arg);
    if (!p.eat(',')) {
      if (p.at(';') && (isIdent(p.lookAhead(1)) || p.lookAhead(1).kind === 'lifetime')) {
        p.check('>');
        let err: PErr | null = null;
        try {
          p.unexpected();
        } catch (e) {
          if (!(e instanceof PErr)) throw e;
          err = e;
        }
        p.bump();
        err!.diag.suggestionVerbose(span(p.prevToken.lo, p.token.lo), 'use a comma to separate type parameters', ', ', 'MachineApplicable');
        p.emit(err!.diag);
        continue;
      }
      if (!shouldEndConstArg(p.token) && handleAmbiguousUnbracedConstArg(p, args)) continue;
      break;
    }
  }
  return args;
}

function shouldEndConstArg(t: Token): boolean {
  return t.kind === '>' || t.kind === '>=' || t.kind === '>>' || t.kind === '>>=';
}

/** rustc's `handle_ambiguous_unbraced_const_arg` (without its expression recovery). */
function handleAmbiguousUnbracedConstArg(p: Parser, args: AngleBracketedArg[]): boolean {
  void args;
  void p;
  return false;
}

function parseAngleArg(p: Parser): AngleBracketedArg | null {
  const lo = p.tokSpan();
  const arg = parseGenericArg(p);
  if (arg === null) return null;
  // rustc checks both, so both appear in "expected one of" lists.
  const colon = p.check(':');
  const eq = p.check('=');
  if (!colon && !eq) return { kind: 'arg', arg };
  // `Item = T` / `Item: Bound`: the argument must be a plain identifier (with optional generics).
  if (arg.kind !== 'type' || arg.ty.kind !== 'path' || arg.ty.qself !== null || arg.ty.path.segments.length !== 1) return { kind: 'arg', arg };
  const seg = arg.ty.path.segments[0]!;
  let kind: AssocItemConstraint['kind'];
  if (p.eat(':')) {
    kind = { kind: 'bound', bounds: parseGenericBounds(p) };
  } else {
    p.bump(); // `=`
    if (canBeginConstArg(p.token) && !canBeginType(p.token, p.edition)) {
      kind = { kind: 'equality', term: { kind: 'const', value: parseConstArg(p) } };
    } else {
      kind = { kind: 'equality', term: { kind: 'type', ty: parseTy(p) } };
    }
  }
  const constraint: AssocItemConstraint = { id: p.nextId(), ident: seg.ident, genArgs: seg.args, kind, span: p.spanFrom(lo) };
  return { kind: 'constraint', constraint };
}

/** A lifetime (rustc's `expect_lifetime`). `'r#a` is the lifetime `'a`. */
export function parseLifetime(p: Parser): Lifetime {
  const t = p.token;
  if (!t.raw && t.sym !== "'_" && t.sym !== "'static" && isReservedName(t.sym.slice(1), p.edition)) {
    p.emit(p.err('lifetimes cannot use keyword names', p.tokSpan(t)));
  }
  p.bump();
  return { id: p.nextId(), ident: p.ident(t.sym, p.tokSpan(t)) };
}

/** A generic argument, or null if the token cannot start one. */
export function parseGenericArg(p: Parser): GenericArg | null {
  const start = p.token;
  if (p.checkLifetime() && p.lookAhead(1).kind !== '+' && p.lookAhead(1).kind !== '+=') {
    // Lifetimes followed by `+` are trait object bounds: `Box<'a + Trait>`.
    return { kind: 'lifetime', lifetime: parseLifetime(p) };
  }
  if (p.checkConstArg()) {
    // `{ expr }`, a literal, `-1`, `true`.
    return { kind: 'const', value: parseConstArg(p) };
  }
  if (p.checkType()) {
    // A type, or a const parameter's name (resolved later).
    const s = p.snapshot();
    try {
      const ty = parseTy(p);
      return { kind: 'type', ty };
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
      // rustc tries the argument as an unbraced const expression before giving up.
      const ty = p.attempt(() => {
        p.restore(s);
        const expr = parseExprRes(p, R_CONST_EXPR);
        if (p.at(',') || p.at('>')) return expr;
        throw new PErr(e.diag);
      });
      if (ty) return { kind: 'const', value: { id: p.nextId(), value: ty } };
      p.restore(s);
      throw e;
    }
  }
  if (isKeyword(start, 'const') && canBeginConstArg(p.lookAhead(1))) {
    // `const N` in argument position: rustc's "unexpected `const` parameter declaration".
    p.bump();
    const sp = p.tokSpan(start);
    p.emit(p.err('const arguments cannot yet be inferred with `_`', sp));
    return { kind: 'const', value: parseConstArg(p) };
  }
  return null;
}

/** A const generic argument: a block, a literal (maybe negated), `true`/`false`, or a path. */
export function parseConstArg(p: Parser): AnonConst {
  const value = p.at('{') ? parseBlockExprForConst(p) : parseLiteralMaybeMinus(p);
  return { id: p.nextId(), value };
}

