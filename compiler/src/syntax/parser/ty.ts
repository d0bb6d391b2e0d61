/**
 * Types and bounds, after rustc_parse's `parser/ty.rs`: paths, references, raw pointers, tuples,
 * arrays, slices, `fn` pointers, `impl Trait`, `dyn Trait` (and bare trait objects), `!`, `_`,
 * qualified paths, `+` bound lists, `?Sized`, `for<'a>` binders, and return types.
 *
 * Owns: type syntax. Must not: check types.
 */
import { isKeyword, isIdent, isPathStart, canBeginType, isReservedIdent, isNonReservedIdent } from '../token.js';
import { atLeast2018 } from '../edition.js';
import { span, type Span } from '../source-map.js';
import type { Ty, GenericBound, TraitBound, TraitBoundModifiers, GenericParam, FnRetTy, Lifetime, MutTy, Mutability, UseBound, Path, Param } from '../ast.js';
import { Parser, PErr } from './parser.js';
import { parsePath, parseQPath, parseLifetime } from './path.js';
import { parseExprAnonConst, parseExpr } from './expr.js';
import { parseGenericParams } from './generics.js';
import { parseFnFrontMatter, checkFnFrontMatter, parseFnDecl } from './item.js';
import { parseParamGeneral as parseParamGeneralImpl } from './item.js';
import { parseDelimArgs } from './attr.js';

type TyKindOf = Ty extends infer T ? (T extends { kind: infer K } ? K : never) : never;

/** Completes `kind` (a fresh object) into a type node, in place (no copy). */
export function mkTy(p: Parser, sp: Span, kind: Record<string, unknown> & { kind: TyKindOf }): Ty {
  kind.id = p.nextId();
  kind.span = sp;
  return kind as unknown as Ty;
}

export interface TyOptions {
  allowPlus: boolean;
  allowCVariadic: boolean;
  recoverQPath: boolean;
  recoverReturnSign: 'yes' | 'onlyFatArrow' | 'no';
  recoverQuestionMark: boolean;
}

const DEFAULT: TyOptions = { allowPlus: true, allowCVariadic: false, recoverQPath: true, recoverReturnSign: 'yes', recoverQuestionMark: true };

export function parseTy(p: Parser): Ty {
  return parseTyCommon(p, DEFAULT);
}

export function parseTyNoPlus(p: Parser): Ty {
  return parseTyCommon(p, { ...DEFAULT, allowPlus: false });
}

/** A parameter's type: `...` is allowed (C variadics). */
export function parseTyForParam(p: Parser): Ty {
  return parseTyCommon(p, { ...DEFAULT, allowCVariadic: true });
}

/** `as T`: no `+`, no `?` recovery. */
export function parseAsCastTy(p: Parser): Ty {
  return parseTyCommon(p, { ...DEFAULT, allowPlus: false, recoverQuestionMark: false });
}

export function parseTyCommon(p: Parser, o: TyOptions): Ty {
  const lo = p.tokSpan();
  let implDynMulti = false;
  let kind: Record<string, unknown> & { kind: TyKindOf };
  if (p.check('(')) {
    kind = parseTyTupleOrParens(p, lo, o.allowPlus);
  } else if (p.eat('!')) {
    kind = { kind: 'never' };
  } else if (p.eat('*')) {
    kind = parseTyPtr(p);
  } else if (p.eat('[')) {
    kind = parseArrayOrSliceTy(p);
  } else if (p.check('&') || p.check('&&')) {
    p.expectAnd();
    kind = parseBorrowedPointee(p);
  } else if (p.eatKeywordNoExpect('typeof')) {
    p.expect('(');
    const expr = parseExprAnonConst(p);
    p.expect(')');
    kind = { kind: 'typeof', expr };
  } else if (p.eatKeyword('_')) {
    kind = { kind: 'infer' };
  } else if (checkFnFrontMatter(p, false)) {
    kind = parseTyBareFn(p, [], lo, null);
  } else if (p.checkKeyword('for')) {
    const params = parseLateBoundLifetimeDefs(p);
    // Where lifetimes would go in `for<...>`: before its `>`.
    const insertion = span(p.prevToken.lo, p.prevToken.lo);
    if (checkFnFrontMatter(p, false)) {
      kind = parseTyBareFn(p, params, lo, insertion);
    } else {
      const path = parsePath(p, 'type');
      const parsePlus = o.allowPlus && p.checkPlus();
      kind = parseRemainingBoundsPath(p, params, path, lo, parsePlus);
    }
  } else if (p.eatKeyword('impl')) {
    const r = parseImplTy(p);
    implDynMulti = r.multi;
    kind = r.kind;
  } else if (isExplicitDynType(p)) {
    const r = parseDynTy(p);
    implDynMulti = r.multi;
    kind = r.kind;
  } else if (p.eatLt()) {
    const [qself, path] = parseQPath(p, 'type');
    kind = { kind: 'path', qself, path };
  } else if (p.checkPath()) {
    kind = parsePathStartTy(p, lo, o.allowPlus);
  } else if (canBeginBound(p)) {
    kind = parseBareTraitObject(p, lo, o.allowPlus);
  } else if (p.eat('...')) {
    if (o.allowCVariadic) kind = { kind: 'cVarArgs' };
    else {
      p.emitErr('C-variadic type `...` may not be nested inside another type', lo).withCode('E0743');
      kind = { kind: 'err' };
    }
  } else {
    const d = p.err(`expected type, found ${p.descr()}`, lo).label(lo, 'expected type');
    throw new PErr(d);
  }
  let ty = mkTy(p, p.spanFrom(lo), kind);
  if (o.allowPlus) maybeRecoverFromBadTypePlus(p, ty);
  else if (implDynMulti) {
    p.emit(p.err('ambiguous `+` in a type', ty.span).multipart('try adding parentheses', [{ span: span(ty.span.lo, ty.span.lo), snippet: '(' }, { span: span(ty.span.hi, ty.span.hi), snippet: ')' }], 'MachineApplicable'));
  }
  if (o.recoverQuestionMark && p.at('?')) {
    p.bump();
    const q = p.prevSpan();
    p.emit(p.err('invalid `?` in type', q).label(q, '`?` is only allowed on expressions, not types')
      .multipart('if you meant to express that the type might not contain a value, use the `Option` wrapper type', [
        { span: span(ty.span.lo, ty.span.lo), snippet: 'Option<' },
        { span: q, snippet: '>' },
      ], 'MachineApplicable'));
    ty = mkTy(p, span(ty.span.lo, q.hi), { kind: 'err' });
  }
  return ty;
}

function maybeRecoverFromBadTypePlus(p: Parser, ty: Ty): void {
  if (!p.at('+') && !p.at('+=')) return;
  p.bump();
  parseGenericBounds(p);
  const d = p.err(`expected a path on the left-hand side of \`+\``, ty.span).withCode('E0178');
  if (ty.kind === 'ref') {
    const lo = ty.mt.ty.span.lo;
    const hi = p.prevToken.hi;
    d.multipart('try adding parentheses', [{ span: span(lo, lo), snippet: '(' }, { span: span(hi, hi), snippet: ')' }], 'MachineApplicable');
  } else if (ty.kind === 'ptr' || ty.kind === 'bareFn') {
    d.label(span(ty.span.lo, p.prevToken.hi), 'perhaps you forgot parentheses?');
  } else {
    d.label(ty.span, 'expected a path');
  }
  p.emit(d);
}

function parseTyTupleOrParens(p: Parser, lo: Span, allowPlus: boolean): Record<string, unknown> & { kind: TyKindOf } {
  let trailingPlus = false;
  const r = p.parseParenCommaSeq(() => {
    const ty = parseTy(p);
    trailingPlus = p.prevToken.kind === '+';
    return ty;
  });
  if (r.items.length === 1 && !r.trailing) {
    const ty = r.items[0]!;
    const maybeBounds = allowPlus && (p.at('+') || p.at('+='));
    if (ty.kind === 'path' && ty.qself === null && maybeBounds) return parseRemainingBoundsPath(p, [], ty.path, lo, true);
    if (ty.kind === 'traitObject' && ty.syntax === 'none' && maybeBounds && ty.bounds.length === 1 && !trailingPlus) return parseRemainingBounds(p, ty.bounds, true);
    return { kind: 'paren', ty };
  }
  return { kind: 'tuple', elems: r.items };
}

function parseRemainingBoundsPath(p: Parser, generic: GenericParam[], path: Path, lo: Span, parsePlus: boolean): Record<string, unknown> & { kind: TyKindOf } {
  const bound: TraitBound = {
    kind: 'trait', modifiers: NO_MODIFIERS, boundGenericParams: generic, traitRef: { id: p.nextId(), path }, parens: false, span: p.spanFrom(lo),
  };
  return parseRemainingBounds(p, [bound], parsePlus);
}

function parseRemainingBounds(p: Parser, bounds: GenericBound[], plus: boolean): Record<string, unknown> & { kind: TyKindOf } {
  if (plus) {
    p.eatPlus();
    bounds = [...bounds, ...parseGenericBounds(p)];
  }
  return { kind: 'traitObject', bounds, syntax: 'none' };
}

function parseTyPtr(p: Parser): Record<string, unknown> & { kind: TyKindOf } {
  let mutability: Mutability;
  if (p.eatKeyword('mut')) mutability = 'mut';
  else if (p.eatKeyword('const')) mutability = 'not';
  else {
    const sp = p.prevSpan();
    p.emit(p.err('expected `mut` or `const` keyword in raw pointer type', sp)
      .alternatives('add `mut` or `const` here', [[{ span: span(sp.hi, sp.hi), snippet: 'mut ' }], [{ span: span(sp.hi, sp.hi), snippet: 'const ' }]], 'HasPlaceholders', 'ShowAlways'));
    mutability = 'not';
  }
  const ty = parseTyNoPlus(p);
  return { kind: 'ptr', mt: { ty, mutability } };
}

function parseArrayOrSliceTy(p: Parser): Record<string, unknown> & { kind: TyKindOf } {
  const elt = parseTy(p);
  if (p.eat(';')) {
    const len = parseExprAnonConst(p);
    p.expect(']');
    return { kind: 'array', ty: elt, len };
  }
  if (p.eat(']')) return { kind: 'slice', ty: elt };
  return recoverArrayTyWithoutSemi(p, elt);
}

/** `[u8, 5]`, `[u8 5]`: rustc's `maybe_recover_array_ty_without_semi`. */
function recoverArrayTyWithoutSemi(p: Parser, elt: Ty): Record<string, unknown> & { kind: TyKindOf } {
  const sp = p.tokSpan();
  const err = p.err(`expected \`;\` or \`]\`, found ${p.descr()}`, sp).label(sp, 'expected `;` or `]`');
  const snap = p.snapshot();
  const hi = p.prevToken.hi;
  if (!p.eat(',') && !p.eat(':')) p.eat('*');
  const suggestionSpan = span(hi, p.prevToken.hi);
  const len = p.attempt(() => {
    const len = parseExprAnonConst(p);
    p.expect(']');
    return len;
  });
  if (!len) {
    p.restore(snap);
    p.fail(err);
  }
  p.emit(err.suggestionVerbose(suggestionSpan, 'you might have meant to use `;` as the separator', ';', 'MaybeIncorrect'));
  return { kind: 'array', ty: elt, len };
}

function parseBorrowedPointee(p: Parser): Record<string, unknown> & { kind: TyKindOf } {
  const ampLo = p.prevToken.lo;
  let lifetime: Lifetime | null = null;
  if (p.checkLifetime()) lifetime = parseLifetime(p);
  let mutability: Mutability = p.eatKeyword('mut') ? 'mut' : 'not';
  const nextIsPlus = p.lookAhead(1).kind === '+' || p.lookAhead(1).kind === '+=';
  if (mutability === 'mut' && p.at('lifetime') && lifetime === null && !nextIsPlus) {
    // `&mut 'a T`: rustc reports the misplaced lifetime (with a `+` after it, the bare trait
    // object error that comes later suggests better).
    const lt = parseLifetime(p);
    const sp = span(ampLo, lt.ident.span.hi);
    p.emit(p.err('lifetime must precede `mut`', sp).suggestionVerbose(sp, 'place the lifetime before `mut`', `&${lt.ident.name} mut`, 'MaybeIncorrect'));
    lifetime = lt;
  }
  const ty = parseTyNoPlus(p);
  const mt: MutTy = { ty, mutability };
  mutability = mt.mutability;
  return { kind: 'ref', lifetime, mt };
}

function parseTyBareFn(p: Parser, params: GenericParam[], lo: Span, paramInsertion: Span | null): Record<string, unknown> & { kind: TyKindOf } {
  const spanStart = p.tokSpan();
  const header = parseFnFrontMatter(p, 'fnPtr');
  if (p.at('<')) params = [...params, ...recoverFnPtrWithGenerics(p, lo, params, paramInsertion)];
  const decl = parseFnDecl(p, () => false, false, 'yes');
  return { kind: 'bareFn', fn: { safety: header.safety, ext: header.ext, genericParams: params, decl, declSpan: p.spanFrom(spanStart) } };
}

/** `fn<'a>(&'a u8)`: rustc's `recover_fn_ptr_with_generics`; returns the lifetimes to keep. */
function recoverFnPtrWithGenerics(p: Parser, lo: Span, params: readonly GenericParam[], insertion: Span | null): GenericParam[] {
  const glo = p.token.lo;
  p.expectLt();
  const generics = parseGenericParams(p);
  p.expectGt();
  const gsp = span(glo, p.prevToken.hi);
  const lifetimes = generics.filter((g) => g.kind.kind === 'lifetime');
  const d = p.err('function pointer types may not have generic parameters', gsp);
  if (lifetimes.length > 0) {
    const names = lifetimes.map((g) => g.ident.name).join(', ');
    const [left, snippet] = insertion ? [insertion, params.length === 0 ? names : `, ${names}`] : [span(lo.lo, lo.lo), `for<${names}> `];
    const arity = generics.length === 1 ? 'parameter' : 'parameters';
    d.multipart(`consider moving the lifetime ${arity} to ${insertion ? 'the' : 'a'} \`for\` parameter list`, [{ span: left, snippet }, { span: gsp, snippet: '' }], 'MaybeIncorrect', 'ShowCode');
  }
  p.emit(d);
  return lifetimes;
}

function parseImplTy(p: Parser): { kind: Record<string, unknown> & { kind: TyKindOf }; multi: boolean } {
  const bounds = parseGenericBounds(p);
  const multi = bounds.length > 1 || p.prevToken.kind === '+';
  return { kind: { kind: 'implTrait', bounds }, multi };
}

function isExplicitDynType(p: Parser): boolean {
  if (!p.checkKeyword('dyn')) return false;
  const next = p.lookAhead(1);
  // `dyn` is a keyword from 2018 on; in 2015 it is one when a bound follows.
  return atLeast2018(p.edition) || (next.kind !== '::' && next.kind !== '<' && next.kind !== '!' && (isPathStart(next, p.edition) || next.kind === 'lifetime' || next.kind === '?' || isKeyword(next, 'for') || next.kind === '('));
}

function parseDynTy(p: Parser): { kind: Record<string, unknown> & { kind: TyKindOf }; multi: boolean } {
  p.bump(); // `dyn`
  const bounds = parseGenericBounds(p);
  const multi = bounds.length > 1 || p.prevToken.kind === '+';
  return { kind: { kind: 'traitObject', bounds, syntax: 'dyn' }, multi };
}

function parsePathStartTy(p: Parser, lo: Span, allowPlus: boolean): Record<string, unknown> & { kind: TyKindOf } {
  const path = parsePath(p, 'type');
  if (p.eat('!')) {
    const args = parseDelimArgs(p);
    return { kind: 'macCall', mac: { path, args, span: p.spanFrom(lo) } };
  }
  if (allowPlus && p.checkPlus()) return parseRemainingBoundsPath(p, [], path, lo, true);
  return { kind: 'path', qself: null, path };
}

function parseBareTraitObject(p: Parser, lo: Span, allowPlus: boolean): Record<string, unknown> & { kind: TyKindOf } {
  void lo;
  const bounds = allowPlus ? parseGenericBounds(p) : [parseGenericBound(p)];
  return { kind: 'traitObject', bounds, syntax: 'none' };
}

/** rustc's `can_begin_bound`: records each alternative as expected. */
export function canBeginBound(p: Parser): boolean {
  return p.checkPath() || p.checkLifetime() || p.check('!') || p.check('?') || p.check('~') || p.checkKeyword('for') || p.check('(') ||
    (p.check('[') && isKeyword(p.lookAhead(1), 'const') && p.lookAhead(2).kind === ']') ||
    p.checkKeyword('const') || p.checkKeyword('async') || p.checkKeyword('use');
}

/** `Bound + Bound + 'a` (possibly empty). */
export function parseGenericBounds(p: Parser): GenericBound[] {
  const bounds: GenericBound[] = [];
  while (canBeginBound(p) || canBeginType(p.token, p.edition) || (isReservedIdent(p.token, p.edition) && !isKeyword(p.token, 'where'))) {
    if (isKeyword(p.token, 'dyn')) {
      p.bump();
      const sp = p.prevSpan();
      p.emit(p.err('invalid `dyn` keyword', sp).help('`dyn` is only needed at the start of a trait `+`-separated list').suggestionVerbose(span(sp.lo, p.token.lo), 'remove this keyword', '', 'MachineApplicable'));
    }
    bounds.push(parseGenericBound(p));
    if (!p.eatPlus()) break;
  }
  return bounds;
}

export const NO_MODIFIERS: TraitBoundModifiers = { polarity: 'positive', polaritySpan: null, constness: 'never', asyncness: false };

export function parseGenericBound(p: Parser): GenericBound {
  const lo = p.tokSpan();
  const hasParens = p.eat('(');
  if (p.at('lifetime')) {
    const lifetime = parseLifetime(p);
    if (hasParens) p.expect(')');
    return { kind: 'outlives', lifetime, span: p.spanFrom(lo) };
  }
  if (p.eatKeyword('use')) {
    return parsePreciseCapturing(p, p.prevSpan());
  }
  const binderLo = p.token.lo;
  const binder = parseLateBoundLifetimeDefs(p);
  const binderSp = p.prevToken.hi > binderLo ? span(binderLo, p.prevToken.hi) : null;
  const constLo = p.token;
  const modifiers = parseTraitBoundModifiers(p);
  if (p.at('lifetime')) {
    // `T: ?'a`, `T: for<'a> 'a`: rustc's `error_lt_bound_with_modifiers`.
    let sp: Span | null = null;
    let modifier = '';
    if (modifiers.constness !== 'never') {
      sp = constLo.kind === '~' ? span(constLo.lo, p.tokens[p.tokens.indexOf(constLo) + 1]!.hi) : p.tokSpan(constLo);
      modifier = modifiers.constness === 'always' ? 'const' : '~const';
    } else if (modifiers.polaritySpan) {
      sp = modifiers.polaritySpan;
      modifier = modifiers.polarity === 'maybe' ? '?' : '!';
    } else if (binderSp) {
      sp = binderSp;
      modifier = 'for<...>';
    }
    if (sp) p.emit(p.err(`\`${modifier}\` may only modify trait bounds, not lifetime bounds`, sp).toolOnly(sp, `remove the \`${modifier}\``, '', 'MaybeIncorrect'));
    const lifetime = parseLifetime(p);
    if (hasParens) p.expect(')');
    return { kind: 'outlives', lifetime, span: p.spanFrom(lo) };
  }
  let path: Path;
  if (!isPathStart(p.token, p.edition) && canBeginType(p.token, p.edition)) {
    const ty = parseTyNoPlus(p);
    throw new PErr(p.err('expected a trait, found type', ty.span));
  }
  path = parsePath(p, 'type');
  if (hasParens) p.expect(')');
  return { kind: 'trait', modifiers, boundGenericParams: binder, traitRef: { id: p.nextId(), path }, parens: hasParens, span: p.spanFrom(lo) };
}

function parsePreciseCapturing(p: Parser, useSpan: Span): UseBound {
  p.expectLt();
  const args: UseBound['args'] = [];
  while (!p.check('>')) {
    if (p.at('lifetime')) args.push({ kind: 'lifetime', lifetime: parseLifetime(p) });
    else {
      const path = parsePath(p, 'type');
      args.push({ kind: 'arg', path, id: p.nextId() });
    }
    if (!p.eat(',')) break;
  }
  p.expectGt();
  return { kind: 'use', args, span: p.spanFrom(useSpan) };
}

function parseTraitBoundModifiers(p: Parser): TraitBoundModifiers {
  let constness: TraitBoundModifiers['constness'] = 'never';
  if (p.eat('~')) {
    p.expectKeyword('const');
    constness = 'maybe';
  } else if (p.check('[') && isKeyword(p.lookAhead(1), 'const') && p.lookAhead(2).kind === ']') {
    p.bump();
    p.bump();
    p.bump();
    constness = 'maybe';
  } else if (p.eatKeyword('const')) {
    constness = 'always';
  }
  let asyncness = false;
  if (atLeast2018(p.edition) && p.eatKeyword('async')) asyncness = true;
  let polarity: TraitBoundModifiers['polarity'] = 'positive';
  let polaritySpan: Span | null = null;
  if (p.eat('?')) {
    polarity = 'maybe';
    polaritySpan = p.prevSpan();
  } else if (p.eat('!')) {
    polarity = 'negative';
    polaritySpan = p.prevSpan();
  }
  return { polarity, polaritySpan, constness, asyncness };
}

/** `for<'a, 'b>` (empty when there is no `for`). */
export function parseLateBoundLifetimeDefs(p: Parser): GenericParam[] {
  if (!p.eatKeyword('for')) return [];
  p.expectLt();
  const params = parseGenericParams(p);
  p.expectGt();
  return params;
}

/** `-> T`, or the default (empty) return type. */
export function parseRetTy(p: Parser, allowPlus: boolean, recoverQPath: boolean, recoverReturnSign: boolean | 'yes' | 'onlyFatArrow' | 'no'): FnRetTy {
  const rs = recoverReturnSign === true ? 'yes' : recoverReturnSign === false ? 'no' : recoverReturnSign;
  const lo = p.prevSpan();
  const opts: TyOptions = { allowPlus, allowCVariadic: false, recoverQPath, recoverReturnSign: rs, recoverQuestionMark: true };
  if (p.eat('->')) return { kind: 'ty', ty: parseTyCommon(p, opts) };
  const canRecover = rs === 'yes' ? p.at('=>') || p.at(':') : rs === 'onlyFatArrow' ? p.at('=>') : false;
  if (canRecover) {
    p.bump();
    const sp = p.prevSpan();
    p.emit(p.err('return types are denoted using `->`', sp).suggestionVerbose(span(lo.hi, p.token.lo), 'use `->` instead', ' -> ', 'MachineApplicable'));
    return { kind: 'ty', ty: parseTyCommon(p, opts) };
  }
  return { kind: 'default', span: span(p.prevToken.hi, p.prevToken.hi) };
}

export function parseParamGeneral(p: Parser, reqName: () => boolean, firstParam: boolean, recoverArgParse: boolean): Param {
  return parseParamGeneralImpl(p, reqName, firstParam, recoverArgParse);
}

export { isIdent, isNonReservedIdent, parseExpr };
