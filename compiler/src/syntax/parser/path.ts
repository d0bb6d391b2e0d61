/**
 * Paths, after rustc_parse's `parser/path.rs`: `a::b::<T>`, `::std::x`, `<T as Trait>::Item`,
 * `Fn(A) -> B`, generic arguments and associated item constraints, and rustc's recoveries for
 * `a:b` (single colon) and `:::`.
 *
 * Owns: path syntax. Must not: resolve anything.
 */
import { type Token, isIdent, isKeyword, isNonReservedIdent, isPathSegmentKeyword, canBeginType, canBeginConstArg, isReservedName } from '../token.js';
import { span, type Span } from '../source-map.js';
import type { Path, PathSegment, GenericArgs, AngleBracketedArg, GenericArg, QSelf, AssocItemConstraint, Ident, Lifetime, AnonConst, Expr } from '../ast.js';
import type { PDiag } from '../diag.js';
import { Parser, PErr, R_CONST_EXPR } from './parser.js';
import { parseTy, parseRetTy, parseGenericBounds, parseParamGeneral } from './ty.js';
import { parseExprRes, parseBlockExprForConst, mkExpr } from './expr.js';

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
        const err = p.caught(() => p.unexpected());
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

/** A generic argument, or null if the token cannot start one (rustc's `parse_generic_arg`). */
export function parseGenericArg(p: Parser): GenericArg | null {
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
      if (ty) return constArgNeedsBraces(p, e.diag, ty.span);
      p.restore(s);
      throw e;
    }
  }
  if (isKeyword(p.token, 'const')) return recoverConstParamDeclaration(p);
  // Anything else that parses as a const expression needs braces.
  const s = p.snapshot();
  const diagCount = p.diagnostics.length;
  try {
    const expr = parseExprRes(p, R_CONST_EXPR);
    return constArgNeedsBraces(p, p.err('invalid const generic expression', expr.span), expr.span);
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
    p.restore(s);
    p.diagnostics.length = diagCount;
    return null;
  }
}

/** rustc's `dummy_const_arg_needs_braces`. */
function constArgNeedsBraces(p: Parser, d: PDiag, sp: Span): GenericArg {
  d.multipart('expressions must be enclosed in braces to be used as const generic arguments', [{ span: span(sp.lo, sp.lo), snippet: '{ ' }, { span: span(sp.hi, sp.hi), snippet: ' }' }], 'MaybeIncorrect');
  p.emit(d);
  return { kind: 'const', value: { id: p.nextId(), value: mkExpr(p, sp, { kind: 'err' }) } };
}

/** `Foo<const N: usize>` or `Foo<const 3>` at a use site (rustc's `recover_const_param_declaration`). */
function recoverConstParamDeclaration(p: Parser): GenericArg {
  const s = p.snapshot();
  const diagCount = p.diagnostics.length;
  const decl = p.attempt(() => {
    const lo = p.tokSpan();
    p.bump(); // `const`
    p.parseIdent();
    p.expect(':');
    parseTy(p);
    return p.spanFrom(lo);
  });
  if (decl) {
    p.emit(p.err('unexpected `const` parameter declaration', decl).label(decl, 'expected a `const` expression, not a parameter declaration'));
    return { kind: 'const', value: { id: p.nextId(), value: mkExpr(p, decl, { kind: 'err' }) } };
  }
  p.restore(s);
  p.diagnostics.length = diagCount;
  const start = p.tokSpan();
  p.bump(); // `const`
  const d = p.err('expected lifetime, type, or constant, found keyword `const`', start);
  if (p.checkConstArg()) {
    p.emit(d.suggestionVerbose(span(start.lo, p.token.lo), 'the `const` keyword is only needed in the definition of the type', '', 'MaybeIncorrect'));
    return { kind: 'const', value: parseConstArg(p) };
  }
  p.fail(d);
}

/**
 * A const generic argument: a block, or an expression that must be a literal (maybe negated) or
 * a single-segment path (rustc's `parse_const_arg`, `handle_unambiguous_unbraced_const_arg`).
 */
export function parseConstArg(p: Parser): AnonConst {
  if (p.at('{')) return { id: p.nextId(), value: parseBlockExprForConst(p) };
  const start = p.tokSpan();
  let expr: Expr;
  try {
    expr = parseExprRes(p, R_CONST_EXPR);
  } catch (e) {
    if (e instanceof PErr) e.diag.label(span(start.lo, start.lo), 'while parsing a const generic argument starting here');
    throw e;
  }
  if (!isValidConstArg(expr)) {
    p.emit(p.err('expressions must be enclosed in braces to be used as const generic arguments', expr.span)
      .multipart('enclose the `const` expression in braces', [{ span: span(expr.span.lo, expr.span.lo), snippet: '{ ' }, { span: span(expr.span.hi, expr.span.hi), snippet: ' }' }], 'MachineApplicable'));
  }
  return { id: p.nextId(), value: expr };
}

function isValidConstArg(e: Expr): boolean {
  switch (e.kind) {
    case 'block':
    case 'lit':
      return true;
    case 'unary':
      return e.op === 'neg' && e.expr.kind === 'lit';
    case 'path':
      return e.qself === null && e.path.segments.length === 1 && e.path.segments[0]!.args === null;
    default:
      return false;
  }
}

