/**
 * Expressions, after rustc_parse's `parser/expr.rs`: operator precedence and associativity
 * (assignment < range < `||` < `&&` < comparisons < `|` < `^` < `&` < shifts < `+ -` < `* / %` <
 * `as` < unary < postfix), the statement-expression and no-struct-literal restrictions, method
 * calls, fields and tuple indices (`t.0.1`), calls, indexing, `?`, `.await`, closures, blocks,
 * `if`/`if let`/let chains, loops with labels, `match`, struct literals, ranges, literals, macro
 * calls, and rustc's recoveries for the common mistakes.
 *
 * Owns: expression syntax. Must not: know types or names.
 */
import { type Token, tokenToString, isKeyword, isIdent, isBoolLit, canBeginExpr, isReservedIdent, isNonReservedIdent, isPunct, isReservedName } from '../token.js';
import { atLeast2018, atLeast2024 } from '../edition.js';
import { span, type Span } from '../source-map.js';
import type { NodeId, Expr, Stmt, Block, Label, BinOpKind, Lit, Arm, ExprField, StructRest, QSelf, Path, Ident, AnonConst, Closure, CaptureBy, Pat, Param, FnDecl, Ty } from '../ast.js';
import { Parser, PErr, similarTokens, R_STMT_EXPR, R_NO_STRUCT_LITERAL, R_CONST_EXPR, R_ALLOW_LET, R_IS_PAT, tk, EXP_OPERATOR } from './parser.js';
import { parseOuterAttributes, parseInnerAttributes, parseDelimArgs, tokenLit, NO_ATTRS } from './attr.js';
import { parsePath, parseQPath, parsePathSegment, checkTrailingAngleBrackets } from './path.js';
import { parseAsCastTy, parseTy, parseRetTy, parseLateBoundLifetimeDefs, mkTy } from './ty.js';
import { parsePatAllowTopAlt, parsePatNoTopAlt, mkPat } from './pattern.js';
import { parseBlockCommon, parseBlock, mkBlock, parseStmtWithoutRecovery } from './stmt.js';
import { expectedExpressionFound, checkNoChainedComparison, isComparison, recoverFromIncDec, maybeRecoverFromTernaryOperator, inclusiveRangeWithIncorrectEnd } from './diagnostics.js';
import { parseLetExprPattern } from './stmt.js';
import type { Attribute } from '../ast.js';

type ExprKindOf = Expr extends infer T ? (T extends { kind: infer K } ? K : never) : never;
export type ExprKindData = Record<string, unknown> & { kind: ExprKindOf };

/** Completes `kind` (a fresh object literal) into an expression node, in place (no copy). */
export function mkExpr(p: Parser, sp: Span, kind: ExprKindData, attrs: Attribute[] = NO_ATTRS): Expr {
  const e = kind as ExprKindData & { id: NodeId; span: Span; attrs: Attribute[] };
  e.id = p.nextId();
  e.span = sp;
  e.attrs = attrs;
  return e as Expr;
}

function withAttrs(e: Expr, attrs: Attribute[]): Expr {
  if (attrs.length === 0) return e;
  return { ...e, attrs: [...attrs, ...e.attrs] };
}

// ---------------------------------------------------------------------------------------------
// Operators.

type AssocOp =
  | { kind: 'assign' }
  | { kind: 'assignOp'; op: BinOpKind }
  | { kind: 'binary'; op: BinOpKind }
  | { kind: 'range'; limits: 'halfOpen' | 'closed' }
  | { kind: 'cast' };

const PREC_ASSIGN = 1;
const PREC_RANGE = 2;
const PREC_LOR = 3;
const PREC_LAND = 4;
const PREC_COMPARE = 5;
const PREC_BITOR = 6;
const PREC_BITXOR = 7;
const PREC_BITAND = 8;
const PREC_SHIFT = 9;
const PREC_SUM = 10;
const PREC_PRODUCT = 11;
const PREC_CAST = 12;

function assocOpFromToken(t: Token): AssocOp | null {
  switch (t.kind) {
    case '=': return { kind: 'assign' };
    case '+=': return { kind: 'assignOp', op: 'add' };
    case '-=': return { kind: 'assignOp', op: 'sub' };
    case '*=': return { kind: 'assignOp', op: 'mul' };
    case '/=': return { kind: 'assignOp', op: 'div' };
    case '%=': return { kind: 'assignOp', op: 'rem' };
    case '^=': return { kind: 'assignOp', op: 'bitXor' };
    case '&=': return { kind: 'assignOp', op: 'bitAnd' };
    case '|=': return { kind: 'assignOp', op: 'bitOr' };
    case '<<=': return { kind: 'assignOp', op: 'shl' };
    case '>>=': return { kind: 'assignOp', op: 'shr' };
    case '<': case '<-': return { kind: 'binary', op: 'lt' };
    case '<=': return { kind: 'binary', op: 'le' };
    case '>=': return { kind: 'binary', op: 'ge' };
    case '>': return { kind: 'binary', op: 'gt' };
    case '==': return { kind: 'binary', op: 'eq' };
    case '!=': return { kind: 'binary', op: 'ne' };
    case '*': return { kind: 'binary', op: 'mul' };
    case '/': return { kind: 'binary', op: 'div' };
    case '%': return { kind: 'binary', op: 'rem' };
    case '+': return { kind: 'binary', op: 'add' };
    case '-': return { kind: 'binary', op: 'sub' };
    case '<<': return { kind: 'binary', op: 'shl' };
    case '>>': return { kind: 'binary', op: 'shr' };
    case '&': return { kind: 'binary', op: 'bitAnd' };
    case '^': return { kind: 'binary', op: 'bitXor' };
    case '|': return { kind: 'binary', op: 'bitOr' };
    case '&&': return { kind: 'binary', op: 'and' };
    case '||': return { kind: 'binary', op: 'or' };
    case '..': return { kind: 'range', limits: 'halfOpen' };
    case '..=': case '...': return { kind: 'range', limits: 'closed' };
    case 'ident': return isKeyword(t, 'as') ? { kind: 'cast' } : null;
    default: return null;
  }
}

function precedence(op: AssocOp): number {
  switch (op.kind) {
    case 'assign': case 'assignOp': return PREC_ASSIGN;
    case 'range': return PREC_RANGE;
    case 'cast': return PREC_CAST;
    case 'binary':
      switch (op.op) {
        case 'or': return PREC_LOR;
        case 'and': return PREC_LAND;
        case 'eq': case 'ne': case 'lt': case 'le': case 'gt': case 'ge': return PREC_COMPARE;
        case 'bitOr': return PREC_BITOR;
        case 'bitXor': return PREC_BITXOR;
        case 'bitAnd': return PREC_BITAND;
        case 'shl': case 'shr': return PREC_SHIFT;
        case 'add': case 'sub': return PREC_SUM;
        default: return PREC_PRODUCT;
      }
  }
}

function fixityRight(op: AssocOp): boolean {
  return op.kind === 'assign' || op.kind === 'assignOp';
}

function canContinueExprUnambiguously(op: AssocOp): boolean {
  switch (op.kind) {
    case 'assign': case 'assignOp': case 'range': case 'cast': return true;
    case 'binary': return ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'bitXor', 'div', 'rem', 'shl', 'shr', 'and', 'or'].includes(op.op);
  }
}

/** rustc's `classify::expr_requires_semi_to_be_stmt`. */
export function exprRequiresSemiToBeStmt(e: Expr): boolean {
  switch (e.kind) {
    case 'if': case 'match': case 'block': case 'while': case 'loop': case 'forLoop': case 'tryBlock': case 'constBlock':
      return false;
    default:
      return true;
  }
}

function exprIsComplete(p: Parser, e: Expr): boolean {
  return (p.restrictions & R_STMT_EXPR) !== 0 && !exprRequiresSemiToBeStmt(e);
}

// ---------------------------------------------------------------------------------------------
// Entry points.

export function parseExpr(p: Parser): Expr {
  p.currentClosure = null;
  const attrs = parseOuterAttributes(p);
  return parseExprResWithAttrs(p, 0, attrs);
}

export function parseExprAnonConst(p: Parser): AnonConst {
  return { id: p.nextId(), value: parseExpr(p) };
}

export function parseExprRes(p: Parser, r: number): Expr {
  const attrs = parseOuterAttributes(p);
  return parseExprResWithAttrs(p, r, attrs);
}

export function parseExprResWithAttrs(p: Parser, r: number, attrs: Attribute[]): Expr {
  return p.withRes(r, () => parseExprAssocWith(p, 0, false, attrs));
}

function parseExprCatchUnderscore(p: Parser, r: number): Expr {
  const attrs = parseOuterAttributes(p);
  try {
    return parseExprResWithAttrs(p, r, attrs);
  } catch (e) {
    if (e instanceof PErr && isKeyword(p.token, '_') && p.lookAhead(1).kind === ',') {
      p.emit(e.diag);
      p.bump();
      return mkExpr(p, p.prevSpan(), { kind: 'err' });
    }
    throw e;
  }
}

function parseExprParenSeq(p: Parser): Expr[] {
  return p.parseParenCommaSeq(() => parseExprCatchUnderscore(p, 0)).items;
}

/** `min`: operators must bind tighter than this (exclusive when `excl`). */
function parseExprAssocWith(p: Parser, min: number, excl: boolean, attrs: Attribute[]): Expr {
  let lhs: Expr;
  if (isRangeSeparator(p.token)) return parseExprPrefixRange(p, attrs);
  lhs = parseExprPrefix(p, attrs);
  return parseExprAssocRestWith(p, min, excl, false, lhs);
}

function isRangeSeparator(t: Token): boolean {
  return t.kind === '..' || t.kind === '...' || t.kind === '..=';
}

export function parseExprAssocRestWith(p: Parser, min: number, excl: boolean, startsStmt: boolean, lhs: Expr): Expr {
  if (!shouldContinueAsAssocExpr(p, lhs)) return lhs;
  p.addExpectedToken(EXP_OPERATOR);
  for (;;) {
    const op = checkAssocOp(p);
    if (!op) break;
    const lhsSpan = lhs.span;
    const curOpSpan = p.tokSpan();
    const restrictions = op.kind === 'assign' || op.kind === 'assignOp' ? p.restrictions & R_NO_STRUCT_LITERAL : p.restrictions;
    const prec = precedence(op);
    if (min > 0 && (excl ? prec <= min : prec < min)) break;
    if (p.at('...') && op.kind === 'range') {
      const sp = p.tokSpan();
      p.emit(p.err('unexpected token: `...`', sp).suggestionVerbose(sp, 'use `..` for an exclusive range', '..', 'MaybeIncorrect')
        .suggestionVerbose(sp, 'or `..=` for an inclusive range', '..=', 'MaybeIncorrect'));
    }
    if (p.at('<-')) {
      const sp = p.tokSpan();
      p.emit(p.err('unexpected token: `<-`', sp).suggestionVerbose(sp, 'if you meant to write a comparison against a negative value, add a space in between `<` and `-`', '< -', 'MaybeIncorrect'));
    }
    p.bump();
    if (op.kind === 'binary' && isComparison(op.op)) {
      const r = checkNoChainedComparison(p, lhs, op.op, curOpSpan);
      if (r) return r;
    }
    if (op.kind === 'binary' && (op.op === 'eq' || op.op === 'ne') && p.at('=') && p.prevToken.hi === p.token.lo) {
      const sp = span(curOpSpan.lo, p.token.hi);
      const sugg = op.op === 'eq' ? '==' : '!=';
      p.emit(p.err(`invalid comparison operator \`${sugg}=\``, sp).suggestionVerbose(sp, `\`${sugg}=\` is not a valid comparison operator, use \`${sugg}\``, sugg, 'MachineApplicable'));
      p.bump();
    }
    if (op.kind === 'binary' && op.op === 'lt' && p.at('>') && p.prevToken.hi === p.token.lo) {
      const sp = span(curOpSpan.lo, p.token.hi);
      p.emit(p.err('invalid comparison operator `<>`', sp).suggestionVerbose(sp, '`<>` is not a valid comparison operator, use `!=`', '!=', 'MachineApplicable'));
      p.bump();
    }
    if (op.kind === 'binary' && op.op === 'le' && p.at('>') && p.prevToken.hi === p.token.lo) {
      const sp = span(curOpSpan.lo, p.token.hi);
      p.emit(p.err('invalid comparison operator `<=>`', sp).label(sp, '`<=>` is not a valid comparison operator, use `std::cmp::Ordering`'));
      p.bump();
    }
    if (p.prevToken.kind === '+' && p.at('+') && p.prevToken.hi === p.token.lo) {
      const opSpan = span(p.prevToken.lo, p.token.hi);
      p.bump();
      recoverFromIncDec(p, lhs, 'inc', 'postfix', opSpan, startsStmt);
    }
    if (p.prevToken.kind === '-' && p.at('-') && p.prevToken.hi === p.token.lo && !canBeginExpr(p.lookAhead(1), p.edition)) {
      const opSpan = span(p.prevToken.lo, p.token.hi);
      p.bump();
      recoverFromIncDec(p, lhs, 'dec', 'postfix', opSpan, startsStmt);
    }
    if (op.kind === 'cast') {
      lhs = parseAssocOpCast(p, lhs, lhsSpan);
      continue;
    }
    if (op.kind === 'range') {
      lhs = parseExprRange(p, prec, lhs, op.limits, curOpSpan);
      break;
    }
    const right = fixityRight(op);
    const rhs = p.withRes(restrictions & ~R_STMT_EXPR, () => {
      const a = parseOuterAttributes(p);
      return parseExprAssocWith(p, prec, !right, a);
    });
    const sp = span(lhsSpan.lo, rhs.span.hi);
    if (op.kind === 'binary') lhs = mkExpr(p, sp, { kind: 'binary', op: { kind: op.op, span: curOpSpan }, lhs, rhs });
    else if (op.kind === 'assign') lhs = mkExpr(p, sp, { kind: 'assign', lhs, rhs, eqSpan: curOpSpan });
    else lhs = mkExpr(p, sp, { kind: 'assignOp', op: { kind: op.op, span: curOpSpan }, lhs, rhs });
  }
  return lhs;
}

function shouldContinueAsAssocExpr(p: Parser, lhs: Expr): boolean {
  const complete = exprIsComplete(p, lhs);
  const op = assocOpFromToken(p.token);
  if (complete && op === null) return false;
  if (!complete) return true;
  if (op!.kind === 'binary' && ['mul', 'sub', 'add', 'and', 'or', 'bitOr'].includes(op!.op)) {
    p.ambiguousBlockExprParse.set(p.token.lo, lhs.span);
    return false;
  }
  if (!canContinueExprUnambiguously(op!)) return false;
  const sp = p.tokSpan();
  p.emit(p.err(`expected expression, found \`${p.token.kind}\``, sp).label(sp, 'expected expression')
    .multipart('parentheses are required to parse this as an expression', [{ span: span(lhs.span.lo, lhs.span.lo), snippet: '(' }, { span: span(lhs.span.hi, lhs.span.hi), snippet: ')' }], 'MachineApplicable'));
  return true;
}

function checkAssocOp(p: Parser): AssocOp | null {
  const op = assocOpFromToken(p.token);
  if (op) {
    if ((p.restrictions & R_CONST_EXPR) && ((op.kind === 'binary' && (op.op === 'shr' || op.op === 'gt' || op.op === 'ge')) || (op.kind === 'assignOp' && op.op === 'shr'))) return null;
    if ((p.restrictions & R_IS_PAT) && (op.kind === 'assign' || op.kind === 'assignOp' || (op.kind === 'binary' && op.op === 'bitOr') || op.kind === 'range')) return null;
    return op;
  }
  const t = p.token;
  if (t.kind === 'ident' && !t.raw && (t.sym === 'and' || t.sym === 'or')) {
    const sp = p.tokSpan();
    const isAnd = t.sym === 'and';
    p.emit(p.err(`\`${t.sym}\` is not a logical operator`, sp).suggestionVerbose(sp, `use \`${isAnd ? '&&' : '||'}\` to perform logical ${isAnd ? 'conjunction' : 'disjunction'}`, isAnd ? '&&' : '||', 'MachineApplicable')
      .note('unlike in e.g., Python and PHP, `&&` and `||` are used for logical operators'));
    return { kind: 'binary', op: isAnd ? 'and' : 'or' };
  }
  return null;
}

function parseExprRange(p: Parser, prec: number, lhs: Expr, limits: 'halfOpen' | 'closed', curOpSpan: Span): Expr {
  let rhs: Expr | null = null;
  if (isAtStartOfRangeNotationRhs(p)) {
    const a = parseOuterAttributes(p);
    rhs = parseExprAssocWith(p, prec, true, a);
  }
  const hi = rhs ? rhs.span.hi : curOpSpan.hi;
  if (limits === 'closed' && rhs === null) {
    inclusiveRangeWithIncorrectEnd(p);
    return mkExpr(p, span(lhs.span.lo, hi), { kind: 'err' });
  }
  return mkExpr(p, span(lhs.span.lo, hi), { kind: 'range', start: lhs, end: rhs, limits });
}

function isAtStartOfRangeNotationRhs(p: Parser): boolean {
  if (canBeginExpr(p.token, p.edition)) {
    if (p.at('{')) return (p.restrictions & R_NO_STRUCT_LITERAL) === 0;
    return true;
  }
  return false;
}

function parseExprPrefixRange(p: Parser, attrs: Attribute[]): Expr {
  if (attrs.length > 0) p.emit(p.err('attributes are not allowed on range expressions starting with `..`', p.tokSpan()));
  if (p.at('...')) {
    const sp = p.tokSpan();
    p.emit(p.err('unexpected token: `...`', sp).suggestionVerbose(sp, 'use `..` for an exclusive range', '..', 'MaybeIncorrect')
      .suggestionVerbose(sp, 'or `..=` for an inclusive range', '..=', 'MaybeIncorrect'));
  }
  const limits = p.at('..') ? 'halfOpen' : 'closed';
  const lo = p.tokSpan();
  p.bump();
  let end: Expr | null = null;
  if (isAtStartOfRangeNotationRhs(p)) {
    const a = parseOuterAttributes(p);
    end = parseExprAssocWith(p, PREC_RANGE, true, a);
  }
  const sp = span(lo.lo, end ? end.span.hi : lo.hi);
  if (limits === 'closed' && end === null) {
    inclusiveRangeWithIncorrectEnd(p);
    return mkExpr(p, sp, { kind: 'err' }, attrs);
  }
  return mkExpr(p, sp, { kind: 'range', start: null, end, limits }, attrs);
}

// ---------------------------------------------------------------------------------------------
// Prefix operators.

function parseExprPrefix(p: Parser, attrs: Attribute[]): Expr {
  const lo = p.tokSpan();
  const t = p.token;
  switch (t.kind) {
    case '!': return withAttrs(parseExprUnary(p, lo, 'not'), attrs);
    case '~': {
      p.emit(p.err('`~` cannot be used as a unary operator', lo).suggestionVerbose(lo, 'use `!` to perform bitwise not', '!', 'MachineApplicable'));
      return withAttrs(parseExprUnary(p, lo, 'not'), attrs);
    }
    case '-': return withAttrs(parseExprUnary(p, lo, 'neg'), attrs);
    case '*': return withAttrs(parseExprUnary(p, lo, 'deref'), attrs);
    case '&': case '&&': return withAttrs(parseExprBorrow(p, lo), attrs);
    case '+': {
      const next = p.lookAhead(1);
      if (next.kind === 'literal' && (next.lit === 'integer' || next.lit === 'float')) {
        const d = p.err('leading `+` is not supported', lo).label(lo, 'unexpected `+`');
        const amb = p.ambiguousBlockExprParse.get(lo.lo);
        if (amb) d.multipart('parentheses are required to parse this as an expression', [{ span: span(amb.lo, amb.lo), snippet: '(' }, { span: span(amb.hi, amb.hi), snippet: ')' }], 'MachineApplicable');
        else d.suggestionVerbose(lo, 'try removing the `+`', '', 'MachineApplicable');
        p.emit(d);
        p.bump();
        return parseExprPrefix(p, parseOuterAttributes(p));
      }
      if (next.kind === '+') {
        const startsStmt = p.prevToken.kind === ';' || p.prevToken.kind === '}';
        const pre = span(t.lo, next.hi);
        p.bump();
        p.bump();
        const operand = parseExprDotOrCall(p, attrs);
        recoverFromIncDec(p, operand, 'inc', 'prefix', pre, startsStmt);
      }
      break;
    }
    case 'ident':
      if (isKeyword(t, 'box')) return withAttrs(parseExprBox(p, lo), attrs);
      if (t.sym === 'not' && !t.raw && isMistakenNotIdentNegation(p)) {
        const neg = p.lookAhead(1);
        const sp = span(lo.lo, neg.lo);
        const d = p.err(`unexpected ${p.descr(neg)} after identifier`, span(neg.lo, neg.hi));
        const msg = neg.kind === 'literal' && (neg.lit === 'integer' || neg.lit === 'float') ? 'use `!` to perform bitwise not' : isBoolLit(neg) ? 'use `!` to perform logical negation' : 'use `!` to perform logical negation or bitwise not';
        d.suggestionVerbose(sp, msg, '!', 'MachineApplicable');
        p.emit(d);
        return withAttrs(parseExprUnary(p, lo, 'not'), attrs);
      }
      break;
  }
  return parseExprDotOrCall(p, attrs);
}

function isMistakenNotIdentNegation(p: Parser): boolean {
  const t = p.lookAhead(1);
  if (t.kind === 'ident') return canBeginExpr(t, p.edition);
  return t.kind === 'literal' || t.kind === '#';
}

function parseExprPrefixCommon(p: Parser, lo: Span): [Span, Expr] {
  p.bump();
  const attrs = parseOuterAttributes(p);
  const e = isRangeSeparator(p.token) ? parseExprPrefixRange(p, attrs) : parseExprPrefix(p, attrs);
  return [span(lo.lo, e.span.hi), e];
}

function parseExprUnary(p: Parser, lo: Span, op: 'not' | 'neg' | 'deref'): Expr {
  const [sp, e] = parseExprPrefixCommon(p, lo);
  return mkExpr(p, sp, { kind: 'unary', op, expr: e });
}

function parseExprBox(p: Parser, lo: Span): Expr {
  const [sp, e] = parseExprPrefixCommon(p, lo);
  p.emit(p.err('`box_syntax` has been removed', sp).multipart('use `Box::new()` instead', [
    { span: span(lo.lo, e.span.lo), snippet: 'Box::new(' },
    { span: span(sp.hi, sp.hi), snippet: ')' },
  ], 'MachineApplicable', 'ShowAlways'));
  return mkExpr(p, sp, { kind: 'err' });
}

function parseExprBorrow(p: Parser, lo: Span): Expr {
  p.expectAnd();
  const hasLifetime = p.at('lifetime') && p.lookAhead(1).kind !== ':';
  let ltSpan: Span | null = null;
  if (hasLifetime) {
    ltSpan = p.tokSpan();
    p.bump();
  }
  let borrowKind: 'ref' | 'raw' = 'ref';
  let mutability: 'mut' | 'not' = 'not';
  if (p.checkKeyword('raw') && (isKeyword(p.lookAhead(1), 'mut') || isKeyword(p.lookAhead(1), 'const'))) {
    p.bump();
    borrowKind = 'raw';
    mutability = p.eatKeyword('mut') ? 'mut' : (p.eatKeyword('const'), 'not');
  } else {
    mutability = p.eatKeyword('mut') ? 'mut' : 'not';
  }
  const attrs = parseOuterAttributes(p);
  const e = isRangeSeparator(p.token) ? parseExprPrefixRange(p, attrs) : parseExprPrefix(p, attrs);
  const sp = span(lo.lo, e.span.hi);
  if (ltSpan) {
    p.emit(p.err('borrow expressions cannot be annotated with lifetimes', sp).label(ltSpan, 'annotated with lifetime here')
      .suggestionVerbose(span(ltSpan.lo, e.span.lo), 'remove the lifetime annotation', '', 'MachineApplicable'));
  }
  if (borrowKind === 'ref' && mutability === 'not' && e.kind === 'path' && e.qself === null && e.path.segments.length === 1 && e.path.segments[0]!.ident.name === 'raw') {
    p.addExpectedToken('`mut`');
    p.addExpectedToken('`const`');
  }
  return mkExpr(p, sp, { kind: 'addrOf', borrowKind, mutability, expr: e });
}

function parseAssocOpCast(p: Parser, lhs: Expr, lhsSpan: Span): Expr {
  const before = p.snapshot();
  let cast: Expr;
  try {
    const ty = parseAsCastTy(p);
    cast = mkExpr(p, span(lhsSpan.lo, ty.span.hi), { kind: 'cast', expr: lhs, ty });
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
    const afterType = p.snapshot();
    p.restore(before);
    // `x as usize < y`: the type was taken as `usize<y...`.
    let path: Path;
    try {
      path = parsePath(p, 'expr');
    } catch (e2) {
      if (!(e2 instanceof PErr)) throw e2;
      p.restore(afterType);
      throw e;
    }
    const tyExpr = mkExpr(p, span(lhsSpan.lo, path.span.hi), { kind: 'cast', expr: lhs, ty: mkTy(p, path.span, { kind: 'path', qself: null, path }) });
    const argsSpan = span(p.lookAhead(1).lo, afterType.token.hi);
    void argsSpan;
    if (p.at('<') || p.at('<<')) {
      const isShift = p.at('<<');
      const d = p.err(`\`<\` is interpreted as a start of generic arguments for \`${p.snippet(path.span)}\`, not a ${isShift ? 'shift' : 'comparison'}`, p.tokSpan());
      d.message = isShift ? `\`<<\` is interpreted as a start of generic arguments for \`${p.snippet(path.span)}\`, not a shift` : d.message;
      d.label(p.tokSpan(), `not interpreted as ${isShift ? 'shift' : 'comparison'}`);
      d.label(span(p.lookAhead(1).lo, afterType.token.lo), 'interpreted as generic arguments');
      d.multipart(`try ${isShift ? 'shifting' : 'comparing'} the cast value`, [{ span: span(tyExpr.span.lo, tyExpr.span.lo), snippet: '(' }, { span: span(tyExpr.span.hi, tyExpr.span.hi), snippet: ')' }], 'MachineApplicable');
      p.emit(d);
      cast = tyExpr;
    } else {
      p.restore(afterType);
      throw e;
    }
  }
  const sp = cast.span;
  const withPostfix = parseExprDotOrCallWith(p, [], cast, sp);
  if (withPostfix.kind !== 'cast') {
    const what = withPostfix.kind === 'index' ? 'indexing' : withPostfix.kind === 'try' ? '`?`' : withPostfix.kind === 'field' ? 'a field access'
      : withPostfix.kind === 'methodCall' ? 'a method call' : withPostfix.kind === 'call' ? 'a function call' : withPostfix.kind === 'await' ? '`.await`' : null;
    if (what === null) return withPostfix;
    p.emit(p.err(`cast cannot be followed by ${what}`, sp).multipart('try surrounding the expression in parentheses', [{ span: span(sp.lo, sp.lo), snippet: '(' }, { span: span(sp.hi, sp.hi), snippet: ')' }], 'MachineApplicable'));
  }
  return withPostfix;
}

// ---------------------------------------------------------------------------------------------
// Postfix: calls, methods, fields, indexing, `?`.

function parseExprDotOrCall(p: Parser, attrs: Attribute[]): Expr {
  const base = parseExprBottom(p);
  return parseExprDotOrCallWith(p, attrs, base, base.span);
}

export function parseExprDotOrCallWith(p: Parser, attrs: Attribute[], e: Expr, lo: Span): Expr {
  for (;;) {
    const afterReturn = isKeyword(p.prevToken, 'return');
    const hasQuestion = afterReturn ? p.eatNoExpect('?') : p.eat('?');
    if (hasQuestion) {
      e = mkExpr(p, span(lo.lo, p.prevToken.hi), { kind: 'try', expr: e });
      continue;
    }
    let hasDot: boolean;
    if (afterReturn) hasDot = p.eatNoExpect('.');
    else if (p.at('->')) {
      p.bump();
      p.emit(p.err('`->` is not valid syntax for field accesses and method calls', p.prevSpan()).help('the `.` operator will automatically dereference the value, except if the value is a raw pointer')
        .suggestionVerbose(p.prevSpan(), 'try using `.` instead', '.', 'MachineApplicable'));
      hasDot = true;
    } else hasDot = p.eat('.');
    if (hasDot) {
      e = parseDotSuffixExpr(p, lo, e);
      continue;
    }
    if (exprIsComplete(p, e)) return withAttrs(e, attrs);
    if (p.at('(')) e = parseExprFnCall(p, lo, e);
    else if (p.at('[')) e = parseExprIndex(p, lo, e);
    else return withAttrs(e, attrs);
  }
}

function parseDotSuffixExpr(p: Parser, lo: Span, base: Expr): Expr {
  const t = p.token;
  if (t.kind === 'ident') return parseDotSuffix(p, base, lo);
  if (t.kind === 'literal' && t.lit === 'integer') {
    const sp = p.tokSpan();
    p.bump();
    return mkTupleFieldAccess(p, lo, sp, base, t.sym, t.suffix);
  }
  if (t.kind === 'literal' && t.lit === 'float') return breakUpFloat(p, lo, base, t);
  errorUnexpectedAfterDot(p);
  return base;
}

function errorUnexpectedAfterDot(p: Parser): void {
  const sp = p.tokSpan();
  p.emit(p.err(`unexpected token: ${p.descr()}`, sp));
}

function mkTupleFieldAccess(p: Parser, lo: Span, identSpan: Span, base: Expr, field: string, suffix: string | null): Expr {
  if (suffix !== null) {
    p.emit(p.err(`suffixes on a tuple index are invalid`, identSpan).label(identSpan, `invalid suffix \`${suffix}\``));
  }
  return mkExpr(p, span(lo.lo, identSpan.hi), { kind: 'field', expr: base, ident: p.ident(field, identSpan) });
}

/** `t.0.1` arrives as the float token `0.1`; split it like rustc's `break_up_float`. */
function breakUpFloat(p: Parser, lo: Span, base: Expr, t: Token): Expr {
  const s = t.sym;
  const parts = s.split('.');
  const hasExp = /[eE][+-]/.test(s);
  if (hasExp) {
    errorUnexpectedAfterDot(p);
    return base;
  }
  if (parts.length === 1) {
    const sp = p.tokSpan();
    p.bump();
    return mkTupleFieldAccess(p, lo, sp, base, s, t.suffix);
  }
  const [left, right] = parts as [string, string];
  const leftSpan = span(t.lo, t.lo + left.length);
  if (right === '') {
    // `1.`: a field access followed by a dot.
    const dot: Token = { ...t, kind: '.', lo: t.lo + left.length, hi: t.hi, sym: '', lit: null, suffix: null };
    p.token = { ...t, kind: 'ident', hi: t.lo + left.length, sym: left, lit: null, suffix: null };
    p.bumpWith(dot);
    return mkTupleFieldAccess(p, lo, leftSpan, base, left, null);
  }
  const rightSpan = span(t.lo + left.length + 1, t.hi);
  p.bump();
  const base1 = mkTupleFieldAccess(p, lo, leftSpan, base, left, null);
  return mkTupleFieldAccess(p, lo, rightSpan, base1, right, t.suffix);
}

function parseDotSuffix(p: Parser, selfArg: Expr, lo: Span): Expr {
  if (atLeast2018(p.edition) && p.eatKeyword('await')) {
    const awaitSpan = p.prevSpan();
    const e = mkExpr(p, span(lo.lo, awaitSpan.hi), { kind: 'await', expr: selfArg, awaitSpan });
    if (p.at('(') && p.lookAhead(1).kind === ')') {
      const l = p.tokSpan();
      p.bump();
      const sp = span(l.lo, p.token.hi);
      p.bump();
      p.emit(p.err('incorrect use of `await`', sp).suggestionVerbose(sp, '`await` is not a method call, remove the parentheses', '', 'MachineApplicable'));
    }
    return e;
  }
  if (p.eatKeyword('match')) {
    const matchSpan = p.prevSpan();
    return parseMatchBlock(p, lo, matchSpan, selfArg);
  }
  const fnSpanLo = p.tokSpan();
  const seg = parsePathSegment(p, 'expr');
  checkTrailingAngleBrackets(p, seg, ['(']);
  if (p.check('(')) {
    const open = p.tokSpan();
    const args = parseExprParenSeq(p);
    void fnSpanLo;
    return mkExpr(p, span(lo.lo, p.prevToken.hi), { kind: 'methodCall', receiver: selfArg, seg, args, argsSpan: span(open.lo, p.prevToken.hi) });
  }
  if (seg.args) {
    p.emit(p.err('field expressions cannot have generic arguments', seg.args.span));
  }
  return mkExpr(p, span(lo.lo, p.prevToken.hi), { kind: 'field', expr: selfArg, ident: seg.ident });
}

function parseExprFnCall(p: Parser, lo: Span, fun: Expr): Expr {
  const snapshot = p.snapshot();
  const openParen = p.tokSpan();
  let seq: Expr | null = null;
  let err: PErr | null = null;
  try {
    const args = parseExprParenSeq(p);
    seq = mkExpr(p, span(lo.lo, p.prevToken.hi), { kind: 'call', func: fun, args });
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
    err = e;
  }
  if (seq) return seq;
  // `Foo(a: 1, b: 2)`: a struct literal written with parentheses.
  if (fun.kind === 'path' && fun.qself === null) {
    const after = p.snapshot();
    p.restore(snapshot);
    p.bump();
    try {
      const r = parseStructFields(p, fun.path, false, ')');
      if (p.eat(')')) {
        const closeParen = p.prevSpan();
        const sp = span(lo.lo, closeParen.hi);
        const fields = r.fields.filter((f) => !f.isShorthand);
        if (fields.length > 0) {
          p.emit(p.err('invalid `struct` delimiters or `fn` call arguments', sp)
            .multipart(`if \`${p.snippet(fun.path.span)}\` is a struct, use braces as delimiters`, [{ span: openParen, snippet: ' { ' }, { span: closeParen, snippet: ' }' }], 'MaybeIncorrect')
            .multipart(`if \`${p.snippet(fun.path.span)}\` is a function, use the arguments directly`, fields.map((f) => ({ span: span(f.span.lo, f.expr.span.lo), snippet: '' })), 'MaybeIncorrect'));
        } else {
          p.emit(err!.diag);
        }
        return mkExpr(p, sp, { kind: 'err' });
      }
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
    }
    p.restore(after);
  }
  p.emit(err!.diag);
  p.consumeBlock('(', ')', true);
  return mkExpr(p, span(lo.lo, p.prevToken.hi), { kind: 'err' });
}

function parseExprIndex(p: Parser, lo: Span, base: Expr): Expr {
  const open = p.tokSpan();
  p.bump();
  const index = parseExpr(p);
  p.expect(']');
  return mkExpr(p, span(lo.lo, p.prevToken.hi), { kind: 'index', expr: base, index, bracketSpan: span(open.lo, p.prevToken.hi) });
}

// ---------------------------------------------------------------------------------------------
// Primary expressions.

/** `builtin # name(...)` (unstable `builtin_syntax`): parsed as tokens and reported. */
function parseUnsupportedBuiltin(p: Parser): Expr {
  const lo = p.tokSpan();
  p.bump(); // `builtin`
  p.bump(); // `#`
  if (!isIdent(p.token) || p.token.raw) p.fail(p.err('expected identifier after `builtin #`', p.tokSpan()));
  p.bump();
  p.expect('(');
  p.consumeBlock('(', ')', true);
  const sp = span(lo.lo, p.prevToken.hi);
  p.emit(p.err('weftc does not support `builtin #` syntax yet', sp));
  return mkExpr(p, sp, { kind: 'err' });
}

function parseExprBottom(p: Parser): Expr {
  const restrictions = p.restrictions;
  return p.withRes(restrictions & ~R_ALLOW_LET, () => {
    const lo = p.tokSpan();
    const t = p.token;
    if (t.kind === 'literal') return parseExprLit(p);
    if (p.check('(')) return parseExprTupleParens(p, restrictions);
    if (p.check('{')) return parseExprBlock(p, null, lo, 'default');
    if (p.check('|') || p.check('||')) return parseExprClosure(p);
    if (p.check('[')) return parseExprArrayOrRepeat(p);
    if (isKeyword(t, 'builtin') && p.lookAhead(1).kind === '#') return parseUnsupportedBuiltin(p);
    if (isKeyword(t, 'do') && isKeyword(p.lookAhead(1), 'yeet')) {
      // Unstable (`yeet_expr`); weftc parses the expression and says so.
      p.bump();
      p.bump();
      const e = canBeginExpr(p.token, p.edition) ? parseExpr(p) : null;
      const sp = span(lo.lo, e ? e.span.hi : p.prevToken.hi);
      p.emit(p.err('weftc does not support `do yeet` expressions yet', sp));
      return mkExpr(p, sp, { kind: 'err' });
    }
    if (p.checkPath()) return parseExprPathStart(p);
    if (p.checkKeyword('move') || p.checkKeyword('use') || p.checkKeyword('static') || checkConstClosure(p)) return parseExprClosure(p);
    if (p.eatKeyword('if')) return parseExprIf(p);
    if (p.checkKeyword('for')) {
      if (chooseGenericsOverQPath(p, 1)) return parseExprClosure(p);
      p.bump();
      return parseExprFor(p, null, lo);
    }
    if (p.eatKeyword('while')) return parseExprWhile(p, null, lo);
    const label = eatLabel(p);
    if (label) return parseExprLabeled(p, label, true);
    if (p.eatKeyword('loop')) {
      try {
        return parseExprLoop(p, null, lo);
      } catch (e) {
        if (e instanceof PErr) e.diag.label(lo, 'while parsing this `loop` expression');
        throw e;
      }
    }
    if (p.eatKeyword('match')) {
      try {
        return parseExprMatch(p);
      } catch (e) {
        if (e instanceof PErr) e.diag.label(lo, 'while parsing this `match` expression');
        throw e;
      }
    }
    if (p.eatKeyword('unsafe')) {
      try {
        return parseExprBlock(p, null, lo, 'unsafe');
      } catch (e) {
        if (e instanceof PErr) e.diag.label(lo, 'while parsing this `unsafe` expression');
        throw e;
      }
    }
    if (isKeyword(p.token, 'const') && p.lookAhead(1).kind === '{') return parseConstBlock(p, lo, false);
    if (isKeyword(p.token, 'try') && p.lookAhead(1).kind === '{' && atLeast2018(p.edition)) {
      p.bump();
      const blk = parseBlock(p);
      return mkExpr(p, p.spanFrom(lo), { kind: 'tryBlock', block: blk });
    }
    if (p.eatKeyword('return')) return parseExprReturn(p);
    if (p.eatKeyword('continue')) return parseExprContinue(p, lo);
    if (p.eatKeyword('break')) return parseExprBreak(p);
    if (p.eatKeyword('yield')) {
      const l = p.prevSpan();
      const e = canBeginExpr(p.token, p.edition) ? parseExpr(p) : null;
      return mkExpr(p, p.spanFrom(l), { kind: 'yield', expr: e });
    }
    if (p.eatKeyword('become')) {
      const l = p.prevSpan();
      const e = parseExpr(p);
      return mkExpr(p, p.spanFrom(l), { kind: 'become', expr: e });
    }
    if (p.checkKeyword('let')) return parseExprLet(p, restrictions);
    if (p.eatKeyword('_')) return mkExpr(p, p.prevSpan(), { kind: 'underscore' });
    if (atLeast2018(p.edition)) {
      const atAsync = p.checkKeyword('async');
      if (atLeast2024(p.edition) && isGenBlock(p, 'gen', atAsync ? 1 : 0)) return parseGenBlock(p);
      if (isGenBlock(p, 'async', 0)) return parseGenBlock(p);
      if (atAsync) return parseExprClosure(p);
      if (p.eatKeywordNoExpect('await')) return recoverIncorrectAwaitSyntax(p, lo);
    }
    return parseExprLit(p);
  });
}

function checkConstClosure(p: Parser): boolean {
  if (!isKeyword(p.token, 'const')) return false;
  const n = p.lookAhead(1);
  return isKeyword(n, 'move') || isKeyword(n, 'use') || isKeyword(n, 'static') || n.kind === '||' || n.kind === '|';
}

function chooseGenericsOverQPath(p: Parser, start: number): boolean {
  // `for<...>` is a closure binder when it looks like generics: `<>`, `<'a`, `<T>`, `<T,`, `<T:`, `<T =`, `<const`.
  if (p.lookAhead(start).kind !== '<') return false;
  const a = p.lookAhead(start + 1);
  if (a.kind === '#' || a.kind === '>') return true;
  if (a.kind === 'lifetime' || isKeyword(a, 'const')) return true;
  if (isIdent(a)) {
    const b = p.lookAhead(start + 2);
    return b.kind === '>' || b.kind === ',' || b.kind === ':' || b.kind === '=';
  }
  return false;
}

function isGenBlock(p: Parser, kw: string, lookahead: number): boolean {
  if (!isKeyword(p.lookAhead(lookahead), kw)) return false;
  const a = p.lookAhead(lookahead + 1);
  if (a.kind === '{') return true;
  return (isKeyword(a, 'move') || isKeyword(a, 'use')) && p.lookAhead(lookahead + 2).kind === '{';
}

function parseGenBlock(p: Parser): Expr {
  const lo = p.tokSpan();
  let genKind: 'async' | 'gen' | 'asyncGen';
  if (p.eatKeyword('async')) genKind = p.eatKeyword('gen') ? 'asyncGen' : 'async';
  else {
    p.bump(); // gen
    genKind = 'gen';
  }
  const capture = parseCaptureClause(p);
  const block = parseBlock(p);
  return mkExpr(p, p.spanFrom(lo), { kind: 'gen', capture, block, genKind });
}

function recoverIncorrectAwaitSyntax(p: Parser, lo: Span): Expr {
  // `await x` / `await!(x)` / `await { x }`
  let expr: Expr;
  let isQuestion = false;
  let hi: Span;
  if (p.at('!')) {
    p.expect('!');
    p.expect('(');
    expr = parseExpr(p);
    p.expect(')');
    hi = p.prevSpan();
  } else {
    isQuestion = p.eat('?');
    expr = p.at('{') ? parseExprBlock(p, null, p.tokSpan(), 'default') : parseExpr(p);
    hi = expr.span;
  }
  const sp = span(lo.lo, hi.hi);
  p.emit(p.err('incorrect use of `await`', sp).multipart('`await` is a postfix operation', [
    { span: span(lo.lo, expr.span.lo), snippet: '' },
    { span: span(expr.span.hi, expr.span.hi), snippet: `.await${isQuestion ? '?' : ''}` },
  ], 'MachineApplicable'));
  return mkExpr(p, sp, { kind: 'err' });
}

function eatLabel(p: Parser): Label | null {
  const t = p.token;
  if (t.kind !== 'lifetime') return null;
  if (!t.raw && isReservedName(t.sym.slice(1), p.edition)) p.emit(p.err('labels cannot use keyword names', p.tokSpan(t)));
  p.bump();
  return { ident: p.ident(t.sym, p.tokSpan(t)) };
}

function parseExprLit(p: Parser): Expr {
  const lo = p.tokSpan();
  const lit = parseOptTokenLit(p);
  if (lit) return mkExpr(p, p.spanFrom(lo), { kind: 'lit', lit });
  return tryMacroSuggestion(p);
}

function tryMacroSuggestion(p: Parser): never {
  const isTry = isKeyword(p.token, 'try');
  if (isTry && p.lookAhead(1).kind === '!' && p.lookAhead(2).kind === '(') {
    const lo = p.tokSpan();
    p.bump();
    p.bump();
    const trySpan = span(lo.lo, p.token.hi);
    p.bump();
    const isEmpty = p.at(')');
    p.consumeBlock('(', ')', false);
    const hi = p.tokSpan();
    p.bump();
    const d = p.err('use of deprecated `try` macro', span(lo.lo, hi.hi)).note('in the 2018 edition `try` is a reserved keyword, and the `try!()` macro is deprecated');
    const prefix = isEmpty ? '' : 'alternatively, ';
    if (!isEmpty) d.multipart('you can use the `?` operator instead', [{ span: trySpan, snippet: '' }, { span: hi, snippet: '?' }], 'MachineApplicable');
    d.suggestion(span(lo.lo, lo.lo), `${prefix}you can still access the deprecated \`try!()\` macro using the "raw identifier" syntax`, 'r#', 'MachineApplicable');
    throw new PErr(d);
  }
  throw new PErr(expectedExpressionFound(p));
}

/** `true`, `false` or a literal token; `.5` is recovered as `0.5`. */
function parseOptTokenLit(p: Parser): Lit | null {
  recoverAfterDot(p);
  const t = p.token;
  if (isBoolLit(t) || t.kind === 'literal') {
    p.bump();
    return tokenLit(t);
  }
  return null;
}

function recoverAfterDot(p: Parser): void {
  if (!p.at('.')) return;
  const next = p.lookAhead(1);
  if (next.kind === 'literal' && next.lit === 'integer' && (next.suffix === null || next.suffix === 'f32' || next.suffix === 'f64') && /^[0-9_]+$/.test(next.sym) && p.token.hi === next.lo) {
    const sp = span(p.token.lo, next.hi);
    p.emit(p.err('float literals must have an integer part', sp).suggestionVerbose(span(sp.lo, sp.lo), 'must have an integer part', '0', 'MachineApplicable'));
    p.bump();
    p.token = { ...next, lo: sp.lo, sym: '0.' + next.sym, lit: 'float' };
  }
}

/** A literal, possibly negated (patterns and const arguments). */
export function parseLiteralMaybeMinus(p: Parser): Expr {
  const lo = p.tokSpan();
  const minus = p.eat('-');
  const litLo = p.tokSpan();
  const lit = parseOptTokenLit(p);
  if (!lit) {
    const t = p.token;
    throw new PErr(p.err(`unexpected token: ${p.descr(t)}`, p.tokSpan(t)));
  }
  const e = mkExpr(p, p.spanFrom(litLo), { kind: 'lit', lit });
  return minus ? mkExpr(p, p.spanFrom(lo), { kind: 'unary', op: 'neg', expr: e }) : e;
}

function parseExprTupleParens(p: Parser, restrictions: number): Expr {
  const lo = p.tokSpan();
  p.expect('(');
  let r: { items: Expr[]; trailing: boolean };
  try {
    r = p.parseSeqToEnd(')', { sep: ',', trailingAllowed: true }, () => parseExprCatchUnderscore(p, restrictions & R_ALLOW_LET));
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
    p.emit(e.diag);
    p.consumeBlock('(', ')', true);
    return mkExpr(p, p.spanFrom(lo), { kind: 'err' });
  }
  const sp = p.spanFrom(lo);
  if (r.items.length === 1 && !r.trailing) return mkExpr(p, sp, { kind: 'paren', expr: r.items[0]! });
  return mkExpr(p, sp, { kind: 'tuple', elems: r.items });
}

function parseExprArrayOrRepeat(p: Parser): Expr {
  const lo = p.tokSpan();
  p.bump();
  let kind: ExprKindData;
  if (p.eat(']')) {
    kind = { kind: 'array', elems: [] };
  } else {
    const first = parseExpr(p);
    if (p.eat(';')) {
      const count = parseExprAnonConst(p);
      p.expect(']');
      kind = { kind: 'repeat', expr: first, count };
    } else if (p.eat(',')) {
      const r = p.parseSeqToEnd(']', { sep: ',', trailingAllowed: true }, () => parseExpr(p));
      kind = { kind: 'array', elems: [first, ...r.items] };
    } else {
      p.expect(']');
      kind = { kind: 'array', elems: [first] };
    }
  }
  return mkExpr(p, p.spanFrom(lo), kind);
}

function parseExprPathStart(p: Parser): Expr {
  const lo = p.tokSpan();
  let qself: QSelf | null = null;
  let path: Path;
  if (p.eatLt()) [qself, path] = parseQPath(p, 'expr');
  else path = parsePath(p, 'expr');
  if (p.eat('!')) {
    if (qself) p.emit(p.err('macros cannot use qualified paths', path.span));
    const args = parseDelimArgs(p);
    const sp = span(path.span.lo, p.prevToken.hi);
    return mkExpr(p, sp, { kind: 'macCall', mac: { path, args, span: sp } });
  }
  if (p.check('{')) {
    const s = maybeParseStructExpr(p, qself, path);
    if (s) return s;
  }
  return mkExpr(p, span(lo.lo, path.span.hi), { kind: 'path', qself, path });
}

function isLikelyStructLit(p: Parser): boolean {
  const a = p.lookAhead(1);
  const b = p.lookAhead(2);
  return isIdent(a) && (b.kind === ',' || b.kind === ':');
}

function maybeParseStructExpr(p: Parser, qself: QSelf | null, path: Path): Expr | null {
  const allowed = (p.restrictions & R_NO_STRUCT_LITERAL) === 0;
  const likely = isLikelyStructLit(p);
  if (!allowed && !likely) return null;
  if (allowed) {
    p.expect('{');
    return parseExprStruct(p, qself, path, true);
  }
  const s = p.snapshot();
  p.expect('{');
  try {
    const e = parseExprStruct(p, qself, path, false);
    p.emit(p.err('struct literals are not allowed here', e.span).multipart('surround the struct literal with parentheses', [
      { span: span(path.span.lo, path.span.lo), snippet: '(' },
      { span: span(e.span.hi, e.span.hi), snippet: ')' },
    ], 'MachineApplicable'));
    return e;
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
    p.restore(s);
    return null;
  }
}

export function parseExprStruct(p: Parser, qself: QSelf | null, path: Path, recover: boolean): Expr {
  const lo = path.span;
  const { fields, rest, recoveredAsync } = parseStructFields(p, path, recover, '}');
  const sp = span(lo.lo, p.token.hi);
  p.expect('}');
  if (recoveredAsync) return mkExpr(p, sp, { kind: 'err' });
  return mkExpr(p, sp, { kind: 'struct', qself, path, fields, rest });
}

function parseStructFields(p: Parser, path: Path, recover: boolean, close: '}' | ')'): { fields: ExprField[]; rest: StructRest; recoveredAsync: boolean } {
  const fields: ExprField[] = [];
  let rest: StructRest = { kind: 'none' };
  const isAsync = path.segments.length === 1 && path.segments[0]!.ident.name === 'async';
  let recoveredAsync = false;
  const asyncBlockErr = (d: import('../diag.js').PDiag) => {
    d.label(path.span, '`async` blocks are only allowed in Rust 2018 or later');
    d.help('pass `--edition 2024` to `rustc`');
    d.note('for more on editions, read https://doc.rust-lang.org/edition-guide');
  };
  while (p.token.kind !== close) {
    if (p.eat('..')) {
      const expSpan = p.prevSpan();
      if (p.check(close)) {
        rest = { kind: 'rest', span: p.prevSpan() };
        break;
      }
      try {
        rest = { kind: 'base', expr: parseExpr(p) };
      } catch (e) {
        if (!(e instanceof PErr) || !recover) throw e;
        p.emit(e.diag);
        p.recoverStmt();
      }
      if (p.at(',')) {
        const sp = p.tokSpan();
        p.emit(p.err('cannot use a comma after the base struct', span(expSpan.lo, p.prevToken.hi)).note('the base struct must always be the last field')
          .suggestionVerbose(sp, 'remove this comma', '', 'MachineApplicable'));
        p.recoverStmt();
      }
      break;
    }
    const t = p.token;
    const peek = t.kind === 'ident' && (t.raw || !isReservedIdent(t, p.edition)) && p.lookAhead(1).kind === ':' ? p.ident(t.sym, p.tokSpan()) : null;
    let parsed: ExprField | null = null;
    let fieldErr = false;
    try {
      parsed = parseExprField(p);
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
      if (isAsync) asyncBlockErr(e.diag);
      else e.diag.label(path.span, 'while parsing this struct');
      const cur = p.token;
      if (cur.kind === 'ident' && !isReservedIdent(cur, p.edition)) {
        const n = p.lookAhead(1);
        if (assocOpFromToken(n) !== null || n.kind === '(' || n.kind === '[' || n.kind === '{' || n.kind === '.') {
          e.diag.suggestionVerbose(span(cur.lo, cur.lo), 'try naming a field', `${cur.sym}: `, 'MaybeIncorrect');
        }
      }
      if (!recover) throw e;
      p.emit(e.diag);
      if (isAsync) recoveredAsync = true;
      fieldErr = true;
      if (!p.at(',')) {
        p.recoverStmt('comma', 'ignore');
        if (!p.at(',')) break;
      }
    }
    const isShorthand = parsed?.isShorthand ?? false;
    if (isShorthand) p.addExpectedToken(tk(':'));
    try {
      p.expectOneOf([','], [close]);
      if (parsed) fields.push(parsed);
      else if (fieldErr && peek) fields.push({ id: p.nextId(), attrs: [], ident: peek, expr: mkExpr(p, peek.span, { kind: 'err' }), isShorthand: false, span: peek.span });
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
      if (isAsync) asyncBlockErr(e.diag);
      else {
        e.diag.label(path.span, 'while parsing this struct');
        if (peek) e.diag.suggestion(span(p.prevToken.hi, p.prevToken.hi), 'try adding a comma', ',', 'MachineApplicable');
      }
      if (!recover) throw e;
      p.emit(e.diag);
      if (isAsync) recoveredAsync = true;
      else if (peek) fields.push({ id: p.nextId(), attrs: [], ident: peek, expr: mkExpr(p, peek.span, { kind: 'err' }), isShorthand: false, span: peek.span });
      p.recoverStmt('comma', 'ignore');
      p.eat(',');
    }
  }
  return { fields, rest, recoveredAsync };
}

function parseExprField(p: Parser): ExprField {
  const attrs = parseOuterAttributes(p);
  const lo = p.tokSpan();
  const next = p.lookAhead(1).kind;
  const isShorthand = !(next === ':' || next === '=');
  // `S { x 1 }`: rustc checks for the missing `:` before parsing the field.
  if (isNonReservedIdent(p.token, p.edition) && !(next === ':' || next === '=' || next === ',' || next === '}' || next === ')')) {
    const nextTok = p.lookAhead(1);
    const sp = p.tokSpan(nextTok);
    p.fail(p.err(`expected one of \`,\`, \`:\`, or \`}\`, found \`${tokenToString(nextTok)}\``, sp)
      .label(sp, 'expected one of `,`, `:`, or `}`').label(p.tokSpan(), 'while parsing this struct field'));
  }
  if (isShorthand) {
    const ident = p.parseIdentCommon(false);
    const path: Path = { span: ident.span, segments: [{ id: p.nextId(), ident, args: null }] };
    const expr = mkExpr(p, ident.span, { kind: 'path', qself: null, path });
    return { id: p.nextId(), attrs, ident, expr, isShorthand: true, span: p.spanFrom(lo) };
  }
  let ident: Ident;
  const t = p.token;
  if (t.kind === 'literal' && t.lit === 'integer') {
    if (t.suffix !== null) p.emit(p.err('suffixes on a tuple index are invalid', p.tokSpan()).label(p.tokSpan(), `invalid suffix \`${t.suffix}\``));
    p.bump();
    ident = p.ident(t.sym, p.tokSpan(t));
  } else {
    ident = p.parseIdentCommon(true);
  }
  if (p.at('=')) {
    const sp = p.tokSpan();
    p.emit(p.err('expected `:`, found `=`', sp).suggestionVerbose(span(ident.span.hi, sp.hi), 'replace equals symbol with a colon', ':', 'MachineApplicable'));
  }
  p.bump(); // `:`
  const expr = parseExpr(p);
  return { id: p.nextId(), attrs, ident, expr, isShorthand: false, span: span(lo.lo, expr.span.hi) };
}

/** `'label: loop/while/for/{}`. */
export function parseExprLabeled(p: Parser, label: Label, consumeColon: boolean): Expr {
  const lo = label.ident.span;
  const ateColon = p.eat(':');
  const tokSp = p.tokSpan();
  let e: Expr;
  if (p.eatKeyword('while')) e = parseExprWhile(p, label, lo);
  else if (p.eatKeyword('for')) e = parseExprFor(p, label, lo);
  else if (p.eatKeyword('loop')) e = parseExprLoop(p, label, lo);
  else if (p.at('{')) e = parseExprBlock(p, label, lo, 'default');
  else if (!ateColon && (isCloseDelimOrPunct(p.token)) && couldBeUnclosedCharLiteral(label.ident.name)) {
    const sp = p.tokSpan();
    p.emit(p.err('expected `while`, `for`, `loop` or `{` after a label', sp).label(sp, 'expected `while`, `for`, `loop` or `{` after a label')
      .suggestionVerbose(span(label.ident.span.hi, label.ident.span.hi), "add `'` to close the char literal", "'", 'MaybeIncorrect'));
    return mkExpr(p, lo, { kind: 'lit', lit: { kind: 'char', symbol: label.ident.name.slice(1), suffix: null, hashes: 0, span: lo } });
  } else if (!ateColon && (p.at(',') || p.at('>'))) {
    const sp = p.tokSpan();
    p.emit(p.err('expected `while`, `for`, `loop` or `{` after a label', sp).label(sp, 'expected `while`, `for`, `loop` or `{` after a label'));
    return mkExpr(p, lo, { kind: 'err' });
  } else {
    // `'label: non_block_expr`: go on with the expression; the error goes out before any error
    // in it, as rustc emits it on the way out.
    const sp = p.tokSpan();
    const d = p.err('expected `while`, `for`, `loop` or `{` after a label', sp).label(sp, 'expected `while`, `for`, `loop` or `{` after a label');
    let inner: Expr;
    try {
      inner = parseExpr(p);
    } catch (err) {
      if (err instanceof PErr) p.emit(d);
      throw err;
    }
    if (!containsLabeledBreak(inner)) {
      d.suggestionVerbose(span(lo.lo, inner.span.lo), 'consider removing the label', '', 'Unspecified');
      e = inner;
    } else {
      // Enclosing it in a labeled block keeps `break 'label` from being reported again.
      d.multipart('consider enclosing expression in a block', [{ span: span(inner.span.lo, inner.span.lo), snippet: '{ ' }, { span: span(inner.span.hi, inner.span.hi), snippet: ' }' }], 'MachineApplicable');
      const stmt: Stmt = { kind: 'expr', id: p.nextId(), span: inner.span, expr: inner };
      e = mkExpr(p, inner.span, { kind: 'block', block: mkBlock(p, [stmt], 'default', inner.span), label });
    }
    p.emit(d);
  }
  if (!ateColon && consumeColon) {
    p.emit(p.err('labeled expression must be followed by `:`', e.span).label(lo, 'the label').suggestionVerbose(span(lo.hi, tokSp.lo), 'add `:` after the label', ': ', 'MachineApplicable')
      .note('labels are used before loops and blocks, allowing e.g., `break \'label` to them'));
  }
  return e;
}

/** Whether a `break 'label` appears anywhere in `e` (rustc's `FindLabeledBreaksVisitor`). */
function containsLabeledBreak(e: unknown): boolean {
  if (e === null || typeof e !== 'object') return false;
  if (Array.isArray(e)) return e.some(containsLabeledBreak);
  const o = e as Record<string, unknown>;
  if (o.kind === 'break' && o.label && 'attrs' in o) return true;
  for (const k in o) if (k !== 'span' && containsLabeledBreak(o[k])) return true;
  return false;
}

function isCloseDelimOrPunct(t: Token): boolean {
  return t.kind === ')' || t.kind === ']' || t.kind === '}' || isPunct(t);
}

function couldBeUnclosedCharLiteral(name: string): boolean {
  // `'a` where `'a'` was meant: a single character after the quote.
  return [...name.slice(1)].length === 1 || name.slice(1).startsWith('\\');
}

export function parseExprBlock(p: Parser, label: Label | null, lo: Span, mode: 'default' | 'unsafe'): Expr {
  const [attrs, blk] = parseBlockCommon(p, lo, mode, null);
  return mkExpr(p, blk.span, { kind: 'block', block: blk, label }, attrs);
}

/** `{ ... }` as a const argument. */
export function parseBlockExprForConst(p: Parser): Expr {
  const lo = p.tokSpan();
  return parseExprBlock(p, null, lo, 'default');
}

export function parseConstBlock(p: Parser, sp: Span, pat: boolean): Expr {
  p.expectKeyword('const');
  const [attrs, blk] = parseBlockCommon(p, p.tokSpan(), 'default', null);
  if (pat) {
    p.emit(p.err('`inline_const_pat` has been removed', blk.span).help('use a named `const`-item or an `if`-guard instead'));
    return mkExpr(p, span(sp.lo, blk.span.hi), { kind: 'err' }, attrs);
  }
  return mkExpr(p, span(sp.lo, blk.span.hi), { kind: 'constBlock', block: blk, anonId: p.nextId() }, attrs);
}

// ---------------------------------------------------------------------------------------------
// Closures.

function parseExprClosure(p: Parser): Expr {
  const lo = p.tokSpan();
  const before = p.prevToken;
  let binder = null;
  if (p.checkKeyword('for')) binder = parseLateBoundLifetimeDefs(p);
  let constness: Closure['constness'] = { kind: 'no' };
  if (checkConstClosure(p)) {
    p.bump();
    constness = { kind: 'yes', span: p.prevSpan() };
  }
  const movability = p.eatKeyword('static') ? 'static' : 'movable';
  let coroutine: Closure['coroutine'] = null;
  if (atLeast2018(p.edition)) {
    const s = p.tokSpan();
    if (p.eatKeyword('async')) coroutine = { kind: 'async', span: s };
    else if (atLeast2024(p.edition) && p.eatKeyword('gen')) coroutine = { kind: 'gen', span: s };
  }
  if (binder === null && coroutine !== null) p.addExpectedToken(tk('{'));
  const capture = parseCaptureClause(p);
  const [decl, declSpanLo] = parseFnBlockDecl(p);
  void declSpanLo;
  const declHi = p.prevSpan();
  let body: Expr;
  if (decl.output.kind === 'default') {
    const restrictions = p.restrictions & ~R_STMT_EXPR & ~R_ALLOW_LET;
    const prev = p.prevToken;
    const token = p.token;
    const attrs = parseOuterAttributes(p);
    try {
      body = parseExprResWithAttrs(p, restrictions, attrs);
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
      body = recoverClosureBody(p, e, before, prev, token, lo, declHi);
    }
  } else {
    body = parseClosureBlockBody(p, decl.output.ty.span);
  }
  const closure: Closure = {
    binder, capture, constness, coroutine, movability, decl, body, declSpan: span(lo.lo, declHi.hi), bodySpan: body.span,
  };
  const e = mkExpr(p, span(lo.lo, body.span.hi), { kind: 'closure', closure });
  p.currentClosure = { wholeClosure: e.span, closingPipe: declHi, body: body.span };
  return e;
}

function recoverClosureBody(p: Parser, err: PErr, before: Token, prev: Token, token: Token, lo: Span, declHi: Span): Expr {
  err.diag.label(span(lo.lo, declHi.hi), 'while parsing the body of this closure');
  if (before.kind === '{' && token.kind !== '{') {
    err.diag.multipart('you might have meant to open the body of the closure, instead of enclosing the closure in a block', [
      { span: span(before.lo, before.hi), snippet: '' },
      { span: span(prev.hi, prev.hi), snippet: ' {' },
    ], 'MaybeIncorrect');
    p.emit(err.diag);
    p.eatToTokens(['}']);
  } else if (before.kind === '(' && token.kind !== '{') {
    p.eatToTokens([')', ',']);
    err.diag.multipart('you might have meant to open the body of the closure', [
      { span: span(prev.hi, prev.hi), snippet: ' {' },
      { span: span(p.token.lo, p.token.lo), snippet: '}' },
    ], 'MaybeIncorrect', 'ShowAlways');
    p.emit(err.diag);
  } else if (token.kind !== '{') {
    err.diag.multipart('you might have meant to open the body of the closure', [{ span: span(prev.hi, prev.hi), snippet: ' {' }], 'HasPlaceholders', 'ShowAlways');
    throw err;
  } else {
    throw err;
  }
  return mkExpr(p, span(lo.lo, p.token.hi), { kind: 'err' });
}

function parseClosureBlockBody(p: Parser, retSpan: Span): Expr {
  if (canBeginExpr(p.token, p.edition) && !p.at('{')) {
    const s = p.snapshot();
    const tok = p.token;
    try {
      const expr = parseExprResWithAttrs(p, p.restrictions & ~R_STMT_EXPR & ~R_ALLOW_LET, []);
      p.emit(p.err(`expected \`{\`, found ${p.descr(tok)}`, p.tokSpan(tok)).label(retSpan, 'explicit return type requires closure body to be enclosed in braces')
        .multipart('wrap the expression in curly braces', [{ span: span(expr.span.lo, expr.span.lo), snippet: '{ ' }, { span: span(expr.span.hi, expr.span.hi), snippet: ' }' }], 'MachineApplicable', 'ShowAlways'));
      return expr;
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
      p.restore(s);
    }
  }
  const bodyLo = p.tokSpan();
  return parseExprBlock(p, null, bodyLo, 'default');
}

function parseCaptureClause(p: Parser): CaptureBy {
  if (p.eatKeyword('move')) {
    const moveSpan = p.prevSpan();
    if (p.checkKeyword('async')) {
      const sp = span(moveSpan.lo, p.token.hi);
      throw new PErr(p.err('the order of `move` and `async` is incorrect', sp).suggestionVerbose(sp, 'try switching the order', 'async move', 'MaybeIncorrect'));
    }
    return { kind: 'value', moveSpan };
  }
  if (p.eatKeyword('use')) return { kind: 'value', moveSpan: p.prevSpan() };
  return { kind: 'ref' };
}

function parseFnBlockDecl(p: Parser): [FnDecl, Span] {
  const argStart = p.token.lo;
  let inputs: Param[];
  if (p.eat('||')) inputs = [];
  else {
    p.expect('|');
    inputs = p.parseSeqToBeforeTokens(['|'], ['||'], { sep: ',', trailingAllowed: true }, () => parseFnBlockParam(p)).items;
    p.expectOr();
  }
  const argSpan = span(argStart, p.prevToken.hi);
  const output = parseRetTy(p, true, true, 'yes');
  return [{ inputs, output, variadic: false }, argSpan];
}

function parseFnBlockParam(p: Parser): Param {
  const lo = p.tokSpan();
  const attrs = parseOuterAttributes(p);
  const pat = parsePatNoTopAlt(p, 'parameterName', null);
  const ty: Ty = p.eat(':') ? parseTy(p) : mkTy(p, pat.span, { kind: 'infer' });
  return { id: p.nextId(), attrs, pat, ty, span: p.spanFrom(lo) };
}

// ---------------------------------------------------------------------------------------------
// Control flow.

function parseExprIf(p: Parser): Expr {
  const lo = p.prevSpan();
  const cond = parseExprCond(p);
  return parseIfAfterCond(p, lo, cond);
}

function parseIfAfterCond(p: Parser, lo: Span, cond: Expr): Expr {
  const condSpan = cond.span;
  let condOut = cond;
  // `if a + {}` (an unfinished condition) or `if {}` (no condition): the block is the `then`.
  const recoverBlockFromCondition = (): Block | null => {
    if (condOut.kind === 'binary' && condOut.rhs.kind === 'block' && condOut.rhs.label === null) {
      const binopSpan = condOut.op.span;
      p.emit(p.err('this `if` expression is missing a block after the condition', lo).help('this binary operation is possibly unfinished', span(condSpan.lo, binopSpan.hi)));
      const blk = condOut.rhs.block;
      condOut = { ...condOut, rhs: mkExpr(p, span(binopSpan.hi, binopSpan.hi), { kind: 'err' }) };
      return blk;
    }
    if (condOut.kind === 'block' && condOut.label === null) {
      const blk = condOut.block;
      const ifSpan = span(lo.hi, lo.hi);
      p.emit(p.err('missing condition for `if` expression', ifSpan).label(ifSpan, 'expected condition here')
        .label(p.text.charSpanAt(condSpan.lo), 'if this block is the condition of the `if` expression, then it must be followed by another block'));
      condOut = mkExpr(p, span(condSpan.hi, condSpan.hi), { kind: 'err' });
      return blk;
    }
    return null;
  };
  let thn: Block;
  if (isKeyword(p.token, 'else')) {
    const b = recoverBlockFromCondition();
    if (b) thn = b;
    else {
      const d = p.err('this `if` expression is missing a block after the condition', lo).help('add a block here', span(condSpan.hi, condSpan.hi));
      if (condOut.kind === 'let') d.suggestionVerbose(span(lo.lo, condSpan.lo), 'remove the `if` if you meant to write a `let...else` statement', '', 'MaybeIncorrect');
      p.emit(d);
      thn = mkBlock(p, [], 'default', span(condSpan.hi, condSpan.hi));
    }
  } else {
    const attrs = parseOuterAttributes(p); // For recovery.
    const maybeFatArrow = p.token;
    if (p.check('{')) {
      thn = parseBlock(p);
    } else {
      const b = recoverBlockFromCondition();
      if (b) thn = b;
      else {
        errorOnExtraIf(p, condOut);
        try {
          thn = parseBlock(p);
        } catch (e) {
          if (!(e instanceof PErr)) throw e;
          const next = p.lookAhead(1);
          if (p.prevToken.kind === ';' && p.at('&&') && isKeyword(next, 'let')) {
            e.diag.suggestion(p.prevSpan(), 'consider removing this semicolon to parse the `let` as part of the same chain', '', 'MachineApplicable')
              .note('you likely meant to continue parsing the let-chain starting here', span(p.token.lo, next.hi));
          } else {
            if (maybeFatArrow.kind === '=>') {
              e.diag.suggestion(p.tokSpan(maybeFatArrow), 'you might have meant to write a "greater than or equal to" comparison', '>=', 'MaybeIncorrect');
            }
            e.diag.note('the `if` expression is missing a block after this condition', condSpan);
          }
          throw e;
        }
      }
    }
    errorOnIfBlockAttrs(p, lo, false, thn.span, attrs);
  }
  const els = p.eatKeyword('else') ? parseExprElse(p) : null;
  return mkExpr(p, p.spanFrom(lo), { kind: 'if', cond: condOut, then: thn, els });
}

/** `if a && if b {}`: rustc's `error_on_extra_if`. */
function errorOnExtraIf(p: Parser, cond: Expr): void {
  if (cond.kind === 'binary' && cond.op.kind === 'and' && cond.rhs.kind === 'if') {
    const sp = span(cond.op.span.hi, cond.rhs.cond.span.lo);
    p.fail(p.err('unexpected `if` in the condition expression', sp).suggestionVerbose(sp, 'remove the `if`', ' ', 'MachineApplicable'));
  }
}

/** `if c #[attr] {}`, `else #[attr] {}`: rustc's `error_on_if_block_attrs`. */
function errorOnIfBlockAttrs(p: Parser, ctxSpan: Span, isElse: boolean, branchSpan: Span, attrs: readonly Attribute[]): void {
  if (attrs.length === 0) return;
  const first = attrs[0]!;
  const last = attrs[attrs.length - 1]!;
  p.emit(p.err('outer attributes are not allowed on `if` and `else` branches', last.span)
    .label(branchSpan, 'the attributes are attached to this branch')
    .label(ctxSpan, `the branch belongs to this \`${isElse ? 'else' : 'if'}\``)
    .suggestionVerbose(span(first.span.lo, branchSpan.lo), 'remove the attributes', '', 'MachineApplicable'));
}

/** The condition of `if`/`while`: no struct literals, `let` allowed (let chains per edition). */
export function parseExprCond(p: Parser): Expr {
  const attrs = parseOuterAttributes(p);
  const cond = parseExprResWithAttrs(p, R_NO_STRUCT_LITERAL | R_ALLOW_LET, attrs);
  checkCond(p, cond);
  return cond;
}

/**
 * rustc's `CondChecker`: `let` is allowed at the top of a condition and, from 2024 on, in `&&`
 * chains; anywhere else in a condition it is "expected expression, found `let` statement".
 */
type ForbidLetReason = { kind: 'other' } | { kind: 'or'; span: Span } | { kind: 'parens'; span: Span } | null;

function checkCond(p: Parser, cond: Expr, letChainsAlwaysAllowed = false): void {
  let depth = 0;
  let forbid: ForbidLetReason = null;
  const visit = (e: Expr): void => {
    depth++;
    const saved = forbid;
    switch (e.kind) {
      case 'let':
        if (forbid) {
          if (forbid.kind === 'or') {
            p.emit(p.err('`||` operators are not supported in let chain conditions', forbid.span));
          } else {
            const d = p.err('expected expression, found `let` statement', e.span).note('only supported directly in conditions of `if` and `while` expressions');
            if (forbid.kind === 'parens') d.note('`let`s wrapped in parentheses are not supported in a context with let chains', forbid.span);
            p.emit(d);
          }
        } else if (depth > 1 && !atLeast2024(p.edition) && !letChainsAlwaysAllowed) {
          p.emit(p.err('let chains are only allowed in Rust 2024 or later', e.span));
        }
        visitChildren(e.expr);
        break;
      case 'binary':
        if (e.op.kind === 'and') {
          visit(e.lhs);
          visit(e.rhs);
        } else if (e.op.kind === 'or' && (forbid === null || forbid.kind === 'or')) {
          forbid = { kind: 'or', span: e.op.span };
          visit(e.lhs);
          visit(e.rhs);
        } else {
          forbid = { kind: 'other' };
          visit(e.lhs);
          visit(e.rhs);
        }
        break;
      case 'paren':
        forbid = forbid === null || forbid.kind === 'parens' ? { kind: 'parens', span: e.expr.span } : { kind: 'other' };
        visit(e.expr);
        break;
      case 'assign': case 'assignOp': case 'unary': case 'await': case 'range': case 'try': case 'addrOf': case 'field': case 'index':
      case 'call': case 'methodCall': case 'tuple': case 'cast':
        forbid = { kind: 'other' };
        visitChildren(e);
        break;
      default:
        // Other expressions (blocks, closures, ...) check their own conditions.
        break;
    }
    forbid = saved;
    depth--;
  };
  const visitChildren = (e: Expr): void => {
    switch (e.kind) {
      case 'assign': case 'assignOp': visit(e.lhs); visit(e.rhs); break;
      case 'unary': case 'await': case 'try': case 'addrOf': case 'field': case 'cast': visit(e.expr); break;
      case 'range': if (e.start) visit(e.start); if (e.end) visit(e.end); break;
      case 'index': visit(e.expr); visit(e.index); break;
      case 'call': visit(e.func); e.args.forEach(visit); break;
      case 'methodCall': visit(e.receiver); e.args.forEach(visit); break;
      case 'tuple': e.elems.forEach(visit); break;
      default: visit(e);
    }
  };
  visit(cond);
}

function parseExprLet(p: Parser, restrictions: number): Expr {
  if ((restrictions & R_ALLOW_LET) === 0) {
    const sp = p.tokSpan();
    const d = p.err('expected expression, found `let` statement', sp).note('only supported directly in conditions of `if` and `while` expressions');
    if (p.prevToken.kind === '|') throw new PErr(d);
    p.emit(d);
  }
  p.bump(); // `let`
  const lo = p.prevSpan();
  const pat = parseLetExprPattern(p);
  if (p.at('==')) {
    const sp = p.tokSpan();
    p.emit(p.err('expected `=`, found `==`', sp).suggestionVerbose(sp, 'consider using `=` here', '=', 'MaybeIncorrect'));
    p.bump();
  } else {
    p.expect('=');
  }
  const expr = p.withRes(p.restrictions & R_NO_STRUCT_LITERAL, () => {
    const a = parseOuterAttributes(p);
    return parseExprAssocWith(p, PREC_COMPARE, false, a);
  });
  return mkExpr(p, span(lo.lo, expr.span.hi), { kind: 'let', pat, expr, letSpan: lo });
}

function parseExprElse(p: Parser): Expr {
  const elseSpan = p.prevSpan();
  const attrs = parseOuterAttributes(p); // For recovery.
  const e = parseExprElseInner(p, elseSpan);
  errorOnIfBlockAttrs(p, elseSpan, true, e.span, attrs);
  return e;
}

function parseExprElseInner(p: Parser, elseSpan: Span): Expr {
  if (p.eatKeyword('if')) return parseExprIf(p);
  if (p.check('{')) return parseSimpleBlock(p);
  const s = p.snapshot();
  const firstTok = p.descr();
  const firstTokSpan = p.tokSpan();
  try {
    const cond = parseExpr(p);
    if (p.check('{') && (exprRequiresSemiToBeStmt(cond) || cond.kind === 'macCall')) {
      p.emit(p.err(`expected \`{\`, found ${firstTok}`, firstTokSpan).label(elseSpan, 'expected an `if` or a block after this `else`')
        .suggestionVerbose(span(cond.span.lo, cond.span.lo), 'add an `if` if this is the condition of a chained `else if` statement', 'if ', 'MaybeIncorrect'));
      return parseIfAfterCond(p, span(cond.span.lo, cond.span.lo), cond);
    }
    p.restore(s);
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
    p.restore(s);
  }
  return parseSimpleBlock(p);
}

function parseSimpleBlock(p: Parser): Expr {
  const blk = parseBlock(p);
  return mkExpr(p, blk.span, { kind: 'block', block: blk, label: null });
}

function parseExprFor(p: Parser, label: Label | null, lo: Span): Expr {
  if (atLeast2018(p.edition) && p.eatKeyword('await')) {
    // `for await` is unstable; parsed as a plain `for` here.
  }
  const pat = parsePatAllowTopAlt(p, { expected: null, recoverComma: true, recoverColon: true, commaRecovery: 'likelyTuple' });
  if (!p.eatKeyword('in')) errorMissingInForLoop(p);
  const inSpan = p.prevSpan();
  if (p.eatKeyword('in')) {
    const sp = p.prevSpan();
    p.emit(p.err('expected iterable, found keyword `in`', sp).suggestionVerbose(span(inSpan.lo, sp.lo), 'remove the duplicated `in`', '', 'MachineApplicable'));
  }
  const attrs = parseOuterAttributes(p);
  const iter = parseExprResWithAttrs(p, R_NO_STRUCT_LITERAL, attrs);
  if (iter.kind === 'block' && !p.at('{')) {
    p.emit(p.err('missing expression to iterate on in `for` loop', span(iter.span.lo, iter.span.lo)).suggestionVerbose(span(iter.span.lo, iter.span.lo), 'try adding an expression to the `for` loop', '/* expression */ ', 'HasPlaceholders'));
    const errExpr = mkExpr(p, iter.span, { kind: 'err' });
    const block = mkBlock(p, [], 'default', p.prevSpan());
    return mkExpr(p, p.spanFrom(lo), { kind: 'forLoop', pat, iter: errExpr, body: block, label });
  }
  const [innerAttrs, body] = parseBlockCommon(p, p.tokSpan(), 'default', label === null ? lo : null);
  recoverLoopElse(p, 'for', lo);
  return mkExpr(p, p.spanFrom(lo), { kind: 'forLoop', pat, iter, body, label }, innerAttrs);
}

function errorMissingInForLoop(p: Parser): void {
  let sp: Span;
  const d = (s: Span) => p.err('missing `in` in `for` loop', s);
  if (p.at('ident') && !p.token.raw && p.token.sym === 'of') {
    sp = p.tokSpan();
    p.bump();
    p.emit(d(sp).suggestionVerbose(sp, 'try using `in` here instead', 'in', 'MaybeIncorrect'));
  } else if (p.eat('=')) {
    sp = p.prevSpan();
    p.emit(d(sp).suggestionVerbose(sp, 'try using `in` here instead', 'in', 'MaybeIncorrect'));
  } else {
    sp = span(p.prevToken.hi, p.token.lo);
    p.emit(d(sp).suggestionVerbose(sp, 'try adding `in` here', ' in ', 'MaybeIncorrect'));
  }
}

function recoverLoopElse(p: Parser, loopKind: string, lo: Span): void {
  if (!isKeyword(p.token, 'else')) return;
  const elseSpan = p.tokSpan();
  p.bump();
  const elseBlock = parseExprElse(p);
  p.emit(p.err(`\`${loopKind}...else\` loops are not supported`, span(elseSpan.lo, elseBlock.span.hi))
    .label(lo, `\`else\` is attached to this loop`)
    .note('consider moving this `else` clause to a separate `if` statement and use a `bool` variable to control if it should run'));
}

function parseExprWhile(p: Parser, label: Label | null, lo: Span): Expr {
  let cond: Expr;
  try {
    cond = parseExprCond(p);
  } catch (e) {
    if (e instanceof PErr) e.diag.label(lo, 'while parsing the condition of this `while` expression');
    throw e;
  }
  let body: Block;
  let attrs: Attribute[];
  try {
    [attrs, body] = parseBlockCommon(p, p.tokSpan(), 'default', label === null ? lo : null);
  } catch (e) {
    if (e instanceof PErr) {
      e.diag.label(lo, 'while parsing the body of this `while` expression');
      e.diag.label(cond.span, 'this `while` condition successfully parsed');
    }
    throw e;
  }
  recoverLoopElse(p, 'while', lo);
  return mkExpr(p, p.spanFrom(lo), { kind: 'while', cond, body, label }, attrs);
}

function parseExprLoop(p: Parser, label: Label | null, lo: Span): Expr {
  const loopSpan = p.prevSpan();
  const [attrs, body] = parseBlockCommon(p, p.tokSpan(), 'default', label === null ? lo : null);
  recoverLoopElse(p, 'loop', lo);
  return mkExpr(p, p.spanFrom(lo), { kind: 'loop', body, label, loopSpan }, attrs);
}

function parseExprReturn(p: Parser): Expr {
  const lo = p.prevSpan();
  const e = canBeginExpr(p.token, p.edition) ? parseExpr(p) : null;
  return mkExpr(p, p.spanFrom(lo), { kind: 'ret', expr: e });
}

function parseExprContinue(p: Parser, lo: Span): Expr {
  let label = eatLabel(p);
  if (!label && p.at('ident') && !isReservedIdent(p.token, p.edition)) {
    const t = p.token;
    p.bump();
    label = recoverIdentIntoLabel(p, p.ident(t.sym, p.tokSpan(t)));
  }
  return mkExpr(p, p.spanFrom(lo), { kind: 'continue', label });
}

function recoverIdentIntoLabel(p: Parser, ident: Ident): Label {
  const label = p.ident(`'${ident.name}`, ident.span);
  p.emit(p.err('expected a label, found an identifier', ident.span).suggestionVerbose(span(ident.span.lo, ident.span.lo), 'labels start with a tick', "'", 'MachineApplicable'));
  return { ident: label };
}

function parseExprBreak(p: Parser): Expr {
  const lo = p.prevSpan();
  let label = eatLabel(p);
  let kind: Expr | null;
  if (p.at(':') && label) {
    const l = label;
    label = null;
    const lexpr = parseExprLabeled(p, l, true);
    p.emit(p.err('parentheses are required around this expression to avoid confusion with a labeled break expression', lexpr.span)
      .multipart('wrap the expression in parentheses', [{ span: span(lexpr.span.lo, lexpr.span.lo), snippet: '(' }, { span: span(lexpr.span.hi, lexpr.span.hi), snippet: ')' }], 'MachineApplicable'));
    kind = lexpr;
  } else if (!p.at('{') || (p.restrictions & R_NO_STRUCT_LITERAL) === 0) {
    kind = canBeginExpr(p.token, p.edition) ? parseExpr(p) : null;
    if (kind && kind.kind === 'path' && kind.qself === null && kind.path.segments.length === 1 && kind.path.segments[0]!.args === null && canBeginExpr(p.token, p.edition)) {
      const ident = kind.path.segments[0]!.ident;
      const next = parseExpr(p);
      label = recoverIdentIntoLabel(p, ident);
      kind = next;
    }
  } else {
    kind = null;
  }
  return mkExpr(p, p.spanFrom(lo), { kind: 'break', label, expr: kind });
}

// ---------------------------------------------------------------------------------------------
// `match`.

function parseExprMatch(p: Parser): Expr {
  const matchSpan = p.prevSpan();
  const attrs = parseOuterAttributes(p);
  const scrutinee = parseExprResWithAttrs(p, R_NO_STRUCT_LITERAL, attrs);
  return parseMatchBlock(p, matchSpan, matchSpan, scrutinee);
}

function parseMatchBlock(p: Parser, lo: Span, matchSpan: Span, scrutinee: Expr): Expr {
  try {
    p.expect('{');
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
    if (p.at(';')) e.diag.suggestionShort(matchSpan, 'try removing this `match`', '', 'MaybeIncorrect');
    throw e;
  }
  const attrs = parseInnerAttributes(p);
  const arms: Arm[] = [];
  while (!p.at('}')) {
    try {
      arms.push(parseArm(p));
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
      p.emit(e.diag);
      p.recoverStmt();
      const sp = span(lo.lo, p.token.hi);
      if (p.at('}')) p.bump();
      arms.push({ id: p.nextId(), attrs: [], pat: mkPat(p, sp, { kind: 'err' }), guard: null, body: mkExpr(p, sp, { kind: 'err' }), span: sp });
      return mkExpr(p, sp, { kind: 'match', scrutinee, arms }, attrs);
    }
    if (p.at('eof')) break;
  }
  const hi = p.tokSpan();
  p.bump();
  return mkExpr(p, span(lo.lo, hi.hi), { kind: 'match', scrutinee, arms }, attrs);
}


function parseArm(p: Parser): Arm {
  const attrs = parseOuterAttributes(p);
  const lo = p.tokSpan();
  const [pat, guard] = parseMatchArmPatAndGuard(p);
  const spanBeforeBody = p.prevSpan();
  const isFatArrow = p.check('=>');
  const isAlmostFatArrow = similarTokens('=>').includes(p.token.kind);
  const armless = (!isFatArrow && !isAlmostFatArrow && couldBeNeverPattern(pat)) || p.at(',') || p.at('}');
  let body: Expr | null = null;
  // The error that ends the arm, if any (rustc's `result`), for the missing-comma recovery below.
  let failure: PErr | null = null;
  if (armless) {
    try {
      p.expectOneOf([','], ['}']);
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
      failure = e;
    }
  } else {
    try {
      p.expect('=>');
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
      if (!isAlmostFatArrow) throw e;
      e.diag.suggestion(p.tokSpan(), 'use a fat arrow to start a match arm', '=>', 'MachineApplicable');
      // `0..=> {}` is reported by the inclusive-range recovery instead.
      if (!(p.prevToken.kind === '..=' && p.at('>'))) p.emit(e.diag);
      p.bump();
    }
    const arrowSpan = p.prevSpan();
    const armStartSpan = p.tokSpan();
    const bodyAttrs = parseOuterAttributes(p);
    let expr: Expr;
    try {
      expr = parseExprResWithAttrs(p, R_STMT_EXPR, bodyAttrs);
    } catch (e) {
      if (e instanceof PErr) e.diag.label(arrowSpan, 'while parsing the `match` arm starting here');
      throw e;
    }
    const requireComma = exprRequiresSemiToBeStmt(expr) && !p.at('}');
    if (!requireComma) {
      body = expr;
      p.eat(',');
    } else {
      const missing = parseArmBodyMissingBraces(p, expr, arrowSpan);
      if (missing) {
        body = missing;
      } else {
        body = expr;
        try {
          p.expectOneOf([','], ['}']);
        } catch (e) {
          if (!(e instanceof PErr)) throw e;
          if (p.at('=>')) {
            if (p.text.line(expr.span.hi) === p.text.line(expr.span.lo) + 1) {
              const armStartLineEnd = p.text.line(armStartSpan.hi) === p.text.line(armStartSpan.lo) && p.text.line(armStartSpan.lo) === p.text.line(expr.span.lo);
              if (armStartLineEnd && armStartSpan.hi === endOfFirstLine(p, expr.span)) {
                e.diag.suggestionShort(span(armStartSpan.hi, armStartSpan.hi), 'missing a comma here to end this `match` arm', ',', 'MachineApplicable');
              } else if (armStartLineEnd && armStartSpan.hi + 1 === endOfFirstLine(p, expr.span)) {
                // A `.` or `/` typed for the `,` at the end of the line.
                const commaSpan = span(armStartSpan.hi, armStartSpan.hi + 1);
                const c = p.text.snippet(commaSpan);
                if (c === '.' || c === '/') e.diag.suggestionShort(commaSpan, 'you might have meant to write a `,` to end this `match` arm', ',', 'MachineApplicable');
              }
            }
          } else {
            e.diag.label(arrowSpan, 'while parsing the `match` arm starting here');
          }
          failure = e;
        }
      }
    }
  }
  const hi = body ? body.span : spanBeforeBody;
  const armSpan = span(lo.lo, hi.hi);
  if (failure) {
    // `Some(_) => foo()` followed by `None => ...` on the next line: a missing comma.
    if (body !== null || couldBeNeverPattern(pat)) {
      const s = p.snapshot();
      const diagCount = p.diagnostics.length;
      let patternFollows = false;
      try {
        parsePatAllowTopAlt(p, { expected: null, recoverComma: true, recoverColon: true, commaRecovery: 'eitherTupleOrPipe' });
        patternFollows = p.check('=>');
      } catch (e) {
        if (!(e instanceof PErr)) throw e;
      }
      p.restore(s);
      p.diagnostics.length = diagCount;
      if (patternFollows) {
        const at = span(armSpan.hi, armSpan.hi);
        p.emit(p.err('expected `,` following `match` arm', at).suggestionVerbose(at, 'missing a comma here to end this `match` arm', ',', 'MachineApplicable'));
        return { id: p.nextId(), attrs, pat, guard, body, span: armSpan };
      }
    }
    throw failure;
  }
  return { id: p.nextId(), attrs, pat, guard, body, span: armSpan };
}

/** The position where the first line of `sp` ends (rustc's `lines[0].end_col`, as a position). */
function endOfFirstLine(p: Parser, sp: Span): number {
  const nl = p.text.src.indexOf('\n', p.text.index(sp.lo));
  return nl < 0 ? sp.hi : Math.min(sp.hi, p.text.pos(nl));
}

function couldBeNeverPattern(pat: Pat): boolean {
  switch (pat.kind) {
    case 'never': return true;
    case 'or': return pat.alts.every(couldBeNeverPattern);
    case 'paren': return couldBeNeverPattern(pat.pat);
    default: return false;
  }
}

/**
 * `pat => a; b` in a match arm (rustc's `parse_arm_body_missing_braces`): either a `;` typed for
 * `,`, or statements that need braces. Leaves the parser after the statements.
 */
function parseArmBodyMissingBraces(p: Parser, first: Expr, arrowSpan: Span): Expr | null {
  if (!p.at(';')) return null;
  const start = p.snapshot();
  const semi = p.tokSpan();
  p.bump();
  const stmts: Span[] = [first.span];
  const report = (): Expr => {
    const sp = span(stmts[0]!.lo, stmts[stmts.length - 1]!.hi);
    const one = stmts.length === 1;
    const d = p.err('`match` arm body without braces', sp)
      .label(sp, one ? 'this statement is not surrounded by a body' : 'these statements are not surrounded by a body')
      .label(arrowSpan, 'while parsing the `match` arm starting here');
    if (one) d.suggestionVerbose(semi, 'replace `;` with `,` to end a `match` arm expression', ',', 'MachineApplicable');
    else d.multipart('surround the statements with a body', [{ span: span(sp.lo, sp.lo), snippet: '{ ' }, { span: span(sp.hi, sp.hi), snippet: ' }' }], 'MachineApplicable');
    p.emit(d);
    return mkExpr(p, sp, { kind: 'err' });
  };
  for (;;) {
    if (p.at('}')) return report();
    if (p.at(',')) {
      p.restore(start);
      return null;
    }
    const prePat = p.snapshot();
    const diagCount = p.diagnostics.length;
    let armFollows = false;
    try {
      parsePatNoTopAlt(p, null, null);
      armFollows = p.at('=>');
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
    }
    p.restore(prePat);
    p.diagnostics.length = diagCount;
    if (armFollows) return report();
    let stmt: Stmt | null = null;
    try {
      stmt = parseStmtWithoutRecovery(p, true, false);
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
    }
    if (!stmt) {
      p.restore(start);
      return null;
    }
    stmts.push(stmt.span);
  }
}

function parseMatchArmPatAndGuard(p: Parser): [Pat, Expr | null] {
  const left = p.tokSpan();
  const parenStart = p.at('(');
  const pat = parsePatAllowTopAlt(p, { expected: null, recoverComma: true, recoverColon: true, commaRecovery: 'eitherTupleOrPipe' });
  if (parenStart && pat.kind === 'paren' && pat.pat.kind === 'guard') {
    // `(pat if cond) => ...`: the guard belongs outside.
    const right = p.prevSpan();
    const cond = pat.pat.guard;
    checkCond(p, cond, true);
    p.emit(p.err('unexpected parentheses surrounding `match` arm pattern', [left, right])
      .multipart('remove parentheses surrounding the pattern', [{ span: left, snippet: '' }, { span: right, snippet: '' }], 'MachineApplicable'));
    return [mkPat(p, pat.span, { kind: 'wild' }), cond];
  }
  if (p.eatKeyword('if')) {
    const attrs = parseOuterAttributes(p);
    const cond = parseExprResWithAttrs(p, R_ALLOW_LET, attrs);
    // Match guards allow let chains in every edition (`if_let_guard` is gated separately).
    checkCond(p, cond, true);
    return [pat, cond];
  }
  return [pat, null];
}

export { isNonReservedIdent };
