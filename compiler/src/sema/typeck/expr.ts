/**
 * Checking expressions (rustc's `check_expr_*`): every expression kind of the subset, with
 * expectations flowing down (integer literals, blocks, `if`/`match` arms and call arguments take
 * the expected type as their coercion target, as rustc does, so errors land where rustc puts
 * them), divergence tracking, and the errors of each construct.
 *
 * Owns: expression typing. Must not: emit (diagnostics go to the FnCtxt in walk order).
 */
import type * as A from '../../syntax/ast.js';
import { indentationBefore } from '../patterns/check-match.js';
import type { NodeId } from '../../syntax/ast.js';
import type { Span } from '../../syntax/source-map.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import type { DefId } from '../defs.js';
import type { GenericArg, Ty } from '../ty/ty.js';
import { BOOL, CHAR, ERROR, NEVER, STATIC, STR, UNIT, U8, USIZE, isTy, mkAdt, mkConst, mkRef, mkTuple, subst, isIntegral, isNumeric, isScalar, primTy, tyEq, hasInfer, peelRefs } from '../ty/ty.js';
import { sx, type FormatArgsExpr, type SExpr } from '../ast-ext.js';
import type { Diverges, FnCtxt, ObligationCause } from './fcx.js';
import { NO_EXPECTATION, expectHas, onlyHasType, type Expectation } from './expect.js';
import { coerce, autoderefSteps, derefOnce } from './coerce.js';
import { reportMismatch, sortString, type MismatchOrigin } from './errors.js';
import { checkPat, checkLetPat } from './pat.js';
import { checkCall, checkMethodCall, checkValuePath } from './call.js';
import { probeMethod, isVisibleInBody } from './method.js';
import { guessHeadSpan } from '../spans.js';
import { checkBinary, checkAssignOp, checkUnary } from './op.js';
import { typeck as msg } from '../../diagnostics/messages.js';
import { error } from '../../diagnostics/diagnostic.js';
import { lowerSegmentArgs } from '../ty/lower.js';
import { printTy } from '../ty/print.js';
import { printEnv } from '../context.js';
import { parseIntLit } from '../collect/const-eval.js';
import { lintUnreachable } from './unreachable.js';
import { findBestMatchForName } from '../../syntax/parser/diagnostics.js';

/** Expressions not warned about for diverging children (`ret`/`break`/`continue` diverge themselves). */
const WARNS_NOT_FOR_CHILDREN = new Set<string>(['block', 'if', 'let', 'loop', 'while', 'forLoop', 'match', 'paren', 'tryBlock', 'constBlock', 'ret', 'break', 'continue', 'become']);

export function checkExpr(fcx: FnCtxt, e: A.Expr, expect: Expectation = NO_EXPECTATION): Ty {
  lintUnreachable(fcx, e.span, 'expression');
  const oldDiverges = fcx.diverges;
  fcx.diverges = { kind: 'maybe' };
  let ty = checkExprKind(fcx, e, expect);
  fcx.recordExpr(e.id, ty);
  // rustc warns for a non-block expression whose children diverged: "unreachable call" at the
  // callee (or method name) of a call, "unreachable expression" otherwise.
  const dv = fcx.diverges as Diverges;
  // (A never-returning call marks itself diverging: that is not a diverging child.)
  if (dv.kind === 'always' && !(dv.span.lo === e.span.lo && dv.span.hi === e.span.hi) && !WARNS_NOT_FOR_CHILDREN.has(e.kind)) {
    if (e.kind === 'call') lintUnreachable(fcx, e.func.span, 'call');
    else if (e.kind === 'methodCall') lintUnreachable(fcx, e.seg.ident.span, 'call');
    else lintUnreachable(fcx, e.span, 'expression');
  }
  if (fcx.shallow(ty).k === 'never' && fcx.diverges.kind === 'maybe') fcx.diverges = { kind: 'always', span: e.span, customNote: null };
  // Divergence is sticky: an expression after a diverging one diverges too.
  if (oldDiverges.kind !== 'maybe') fcx.diverges = oldDiverges;
  ty = ty;
  return ty;
}

/** Checks `e` and demands that its type equals `ty` (no coercion): conditions. */
export function checkExprHasType(fcx: FnCtxt, e: A.Expr, ty: Ty): Ty {
  const t = checkExpr(fcx, e, expectHas(ty));
  if (!fcx.infcx.unify(t, ty) && fcx.shallow(t).k !== 'never') reportMismatch(fcx, e.span, ty, t, { kind: 'misc' }, e);
  return ty;
}

/** Checks `e` and coerces it to `target`, reporting E0308 with `origin` on failure. */
export function checkExprCoercible(fcx: FnCtxt, e: A.Expr, target: Ty, origin: MismatchOrigin): Ty {
  const t = checkExpr(fcx, e, expectHas(target));
  demandCoerce(fcx, e, t, target, origin);
  return target;
}

export function demandCoerce(fcx: FnCtxt, e: A.Expr, t: Ty, target: Ty, origin: MismatchOrigin): boolean {
  if (coerce(fcx, t, target)) return true;
  // A block or `if`/`match` already reported inside (its tail had the target as expectation).
  reportMismatch(fcx, mismatchSpan(e), target, t, origin, e);
  return false;
}

function mismatchSpan(e: A.Expr): Span {
  return e.span;
}

function checkExprKind(fcx: FnCtxt, e: A.Expr, expect: Expectation): Ty {
  const x = sx(e);
  switch (x.kind) {
    case 'lit':
      return checkLit(fcx, x.lit, expect);
    case 'paren':
      return checkExpr(fcx, x.expr, expect);
    case 'path':
      return checkValuePath(fcx, x, expect);
    case 'call':
      return checkCall(fcx, x, expect);
    case 'methodCall':
      return checkMethodCall(fcx, x, expect);
    case 'binary':
      return checkBinary(fcx, x, expect);
    case 'unary':
      return checkUnary(fcx, x, expect);
    case 'assignOp':
      return checkAssignOp(fcx, x);
    case 'assign':
      return checkAssign(fcx, x, expect);
    case 'block':
      return checkBlockExpr(fcx, x, expect);
    case 'if':
      return checkIf(fcx, x, expect);
    case 'match':
      return checkMatch(fcx, x, expect);
    case 'let':
      return checkLetExpr(fcx, x);
    case 'while':
      return checkWhile(fcx, x);
    case 'loop':
      return checkLoop(fcx, x, expect);
    case 'forLoop':
      return checkFor(fcx, x);
    case 'break':
      return checkBreak(fcx, x);
    case 'continue':
      fcx.diverges = { kind: 'always', span: x.span, customNote: null };
      return NEVER;
    case 'ret':
      return checkReturn(fcx, x);
    case 'tuple':
      return checkTuple(fcx, x, expect);
    case 'array':
      return checkArray(fcx, x, expect);
    case 'repeat':
      return checkRepeat(fcx, x, expect);
    case 'addrOf':
      return checkAddrOf(fcx, x, expect);
    case 'field':
      return checkField(fcx, x);
    case 'index':
      return checkIndex(fcx, x);
    case 'range':
      return checkRange(fcx, x, expect);
    case 'cast':
      return checkCast(fcx, x);
    case 'struct':
      return checkStruct(fcx, x, expect);
    case 'try':
      return checkTry(fcx, x);
    case 'closure':
      return checkClosure(fcx, x, expect);
    case 'formatArgs':
      return checkFormatArgs(fcx, x);
    case 'err':
      // An expression that already failed (a macro's argument error): rustc's typeck results are
      // then tainted by errors, which silences the body's liveness lints.
      fcx.hasErrors = true;
      return ERROR;
    case 'underscore':
      return fcx.infcx.newVar('ty', x.span);
    default:
      fcx.report(error(`weftc does not support this expression yet`, x.span).build());
      return ERROR;
  }
}

// -- literals -------------------------------------------------------------------------------------

export function checkLit(fcx: FnCtxt, lit: A.Lit, expect: Expectation): Ty {
  switch (lit.kind) {
    case 'bool':
      return BOOL;
    case 'char':
      return CHAR;
    case 'byte':
      return U8;
    case 'str':
    case 'strRaw':
      return mkRef(STR, false, STATIC);
    case 'byteStr':
    case 'byteStrRaw':
      return mkRef({ k: 'array', ty: U8, len: mkConst(byteStrLen(lit)) }, false, STATIC);
    case 'integer': {
      if (lit.suffix) return suffixTy(lit.suffix) ?? fcx.infcx.newVar('int', lit.span);
      const e = onlyHasType(expect) ?? (expect.kind === 'castable' ? expect.ty : null);
      if (e) {
        const s = fcx.shallow(e);
        if (s.k === 'int' || s.k === 'uint') return s;
        if (s.k === 'infer' && s.kind === 'int') return s;
      }
      return fcx.infcx.newVar('int', lit.span);
    }
    case 'float': {
      if (lit.suffix) return suffixTy(lit.suffix) ?? fcx.infcx.newVar('float', lit.span);
      const e = onlyHasType(expect);
      if (e) {
        const s = fcx.shallow(e);
        if (s.k === 'float') return s;
      }
      return fcx.infcx.newVar('float', lit.span);
    }
    default:
      return ERROR;
  }
}

function suffixTy(s: string): Ty | null {
  try {
    return primTy(s);
  } catch {
    return null;
  }
}

function byteStrLen(lit: A.Lit): number {
  let n = 0;
  const s = lit.symbol;
  for (let i = 0; i < s.length; i++) {
    if (lit.kind === 'byteStr' && s[i] === '\\') {
      const c = s[i + 1];
      if (c === 'x') i += 3;
      else if (c === '\n') {
        i++;
        while (i + 1 < s.length && /\s/.test(s[i + 1]!)) i++;
        continue;
      } else i += 1;
    }
    n++;
  }
  return n;
}

// -- blocks ---------------------------------------------------------------------------------------

function checkBlockExpr(fcx: FnCtxt, x: A.Expr & { kind: 'block' }, expect: Expectation): Ty {
  if (x.label) {
    fcx.loops.push({ id: x.id, label: x.label.ident.name, breakTy: fcx.infcx.newVar('ty', x.span), mayBreak: false });
    const t = checkBlock(fcx, x.block, expect);
    const l = fcx.loops.pop()!;
    if (l.mayBreak) {
      coerce(fcx, t, l.breakTy!);
      return l.breakTy!;
    }
    return t;
  }
  return checkBlock(fcx, x.block, expect);
}

function markReturnBlocks(fcx: FnCtxt, e: A.Expr): void {
  if (e.kind === 'block' && e.label === null) fcx.returnBlocks.add(e.block);
  else if (e.kind === 'if') {
    fcx.returnBlocks.add(e.then);
    if (e.els) markReturnBlocks(fcx, e.els);
  } else if (e.kind === 'match') for (const a of e.arms) if (a.body) markReturnBlocks(fcx, a.body);
}

/**
 * Checks a block. With an expected type, the tail is coerced to it here (and mismatches are
 * reported at the tail); the block then has the expected type.
 */
export function checkBlock(fcx: FnCtxt, b: A.Block, expect: Expectation, origin: MismatchOrigin = { kind: 'misc' }): Ty {
  const stmts = b.stmts;
  let tail: A.Expr | null = null;
  let last = stmts.length;
  const lastStmt = stmts[stmts.length - 1];
  if (lastStmt && lastStmt.kind === 'expr') {
    tail = lastStmt.expr;
    last = stmts.length - 1;
  }
  for (let i = 0; i < last; i++) checkStmt(fcx, stmts[i]!);
  const target = onlyHasType(expect);
  // rustc's `get_fn_id_for_return_block`: a block whose value is the fn's return value (through
  // nested blocks and `if`/`else` branches) points at the return type when its tail mismatches.
  if (fcx.returnBlocks.has(b)) {
    if (origin.kind === 'misc' && fcx.retTySpan) origin = { kind: 'return', retSpan: fcx.retTySpan };
    if (tail) markReturnBlocks(fcx, tail);
  }
  if (tail) {
    const t = checkExpr(fcx, tail, expect);
    if (target) {
      if (!coerce(fcx, t, target)) reportMismatch(fcx, tail.span, target, t, origin, tail);
      return target;
    }
    return t;
  }
  if (fcx.diverges.kind !== 'maybe') return target && fcx.shallow(target).k !== 'infer' ? target : NEVER;
  if (target && !coerce(fcx, UNIT, target)) {
    if (fcx.fnBody && fcx.fnBody.block === b && fcx.retTySpan) reportMissingTail(fcx, b, target);
    else reportMismatch(fcx, b.span, target, UNIT, origin, null);
    return target;
  }
  return UNIT;
}

/**
 * rustc's `coerce_forced_unit` for a fn body without a tail: the error points at the return type,
 * the fn's name "implicitly returns `()`", and a last statement `x;` of the right type is offered
 * as the tail ("remove this semicolon to return this value").
 */
function reportMissingTail(fcx: FnCtxt, b: A.Block, target: Ty): void {
  const retSpan = fcx.retTySpan!;
  const d = error('mismatched types', retSpan).withCode('E0308');
  d.label(retSpan, `expected \`${fcx.print(target)}\`, found \`()\``);
  d.label(fcx.fnBody!.ident, 'implicitly returns `()` as its body has no tail or `return` expression');
  const last = b.stmts[b.stmts.length - 1];
  if (last && last.kind === 'semi') {
    const t = fcx.exprTypes.get(last.expr.id);
    if (t && fcx.infcx.probe(() => fcx.infcx.unify(t, target)) && last.span.hi > last.expr.span.hi) {
      d.suggest('remove this semicolon to return this value', [{ span: mkSpan(last.span.hi - 1, last.span.hi), snippet: '' }], 'MachineApplicable', 'HideCodeInline');
    }
  }
  fcx.report(d.build());
}

export function checkStmt(fcx: FnCtxt, s: A.Stmt): void {
  switch (s.kind) {
    case 'let':
      lintUnreachable(fcx, s.span, 'statement');
      checkLet(fcx, s);
      return;
    case 'item':
      return;
    case 'expr': {
      lintUnreachable(fcx, s.span, 'statement');
      // A block-like expression statement must be `()` (or diverge).
      const t = checkExpr(fcx, s.expr, expectHas(UNIT));
      const r = fcx.shallow(t);
      if (r.k !== 'never' && !coerce(fcx, t, UNIT)) reportMismatch(fcx, s.expr.span, UNIT, t, { kind: 'misc' }, s.expr);
      return;
    }
    case 'semi': {
      // A macro statement (`println!(..);`) spans the macro call, without its `;`.
      let sp = s.span;
      if (s.expr.span.ctxt !== 0 && fcx.sm.snippet(sp).endsWith(';')) sp = mkSpan(sp.lo, sp.hi - 1, sp.ctxt);
      lintUnreachable(fcx, sp, 'statement');
      checkExpr(fcx, s.expr, NO_EXPECTATION);
      return;
    }
    default:
      return;
  }
}

function checkLet(fcx: FnCtxt, s: A.LetStmt): void {
  let declTy: Ty | null = s.ty ? fcx.lowerTy(s.ty) : null;
  let initTy: Ty | null = null;
  if (s.init.kind !== 'decl') {
    const init = s.init.expr;
    if (declTy) {
      checkExprCoercible(fcx, init, declTy, { kind: 'let', tySpan: s.ty!.span });
      initTy = declTy;
    } else {
      initTy = checkExpr(fcx, init, NO_EXPECTATION);
    }
    // rustc coerces the initializer to the binding's type, a fresh variable when it is not
    // written; a coercion between types with variables first selects what obligations it can
    // (`resolve_vars_with_obligations`), which reports those that already fail.
    if (!declTy || hasInfer(fcx.resolve(declTy)) || hasInfer(fcx.resolve(initTy))) fcx.fulfill.selectWherePossible();
  }
  const ty = declTy ?? initTy ?? fcx.infcx.newVar('ty', s.pat.span);
  checkLetPat(fcx, s.pat, ty, s.init.kind !== 'decl' ? s.init.expr.span : null);
  if (s.init.kind === 'initElse') {
    // The `else` block must diverge; the statement itself does not (what follows is reachable).
    const before = fcx.diverges;
    const t = checkBlock(fcx, s.init.els, NO_EXPECTATION);
    fcx.diverges = before;
    if (fcx.shallow(t).k !== 'never') coerce(fcx, t, NEVER);
  }
  declTy = declTy;
}

// -- control flow ---------------------------------------------------------------------------------

function checkIf(fcx: FnCtxt, x: A.Expr & { kind: 'if' }, expect: Expectation): Ty {
  const condDiverges = (() => {
    checkExprHasType(fcx, x.cond, BOOL);
    return fcx.diverges;
  })();
  const target = onlyHasType(expect);
  fcx.diverges = { kind: 'maybe' };
  if (!x.els) {
    const t = checkBlock(fcx, x.then, target ? expectHas(UNIT) : NO_EXPECTATION);
    if (fcx.shallow(t).k !== 'never' && !coerce(fcx, t, UNIT)) {
      const d = error('`if` may be missing an `else` clause', x.span).withCode('E0317');
      fcx.report(d.build());
    }
    fcx.diverges = condDiverges;
    return UNIT;
  }
  // rustc's `adjust_for_branches`: the branches see the expected type only when it is known.
  const branchExpect = target && fcx.shallow(target).k !== 'infer' ? expectHas(target) : NO_EXPECTATION;
  const coerceTo = target ?? fcx.infcx.newVar('ty', x.span);
  const thenTy = checkBlock(fcx, x.then, branchExpect);
  if (branchExpect === NO_EXPECTATION && !coerce(fcx, thenTy, coerceTo)) {
    const thenLast = x.then.stmts[x.then.stmts.length - 1];
    const tail = thenLast && thenLast.kind === 'expr' ? thenLast.expr : null;
    reportMismatch(fcx, tail ? tail.span : x.then.span, coerceTo, thenTy, { kind: 'misc' }, tail);
  }
  const thenDiv = fcx.diverges;
  fcx.diverges = { kind: 'maybe' };
  const elsExpr = x.els;
  const elseTy = checkExpr(fcx, elsExpr, branchExpect);
  const elseDiv = fcx.diverges;
  fcx.diverges = condDiverges.kind !== 'maybe' ? condDiverges : thenDiv.kind !== 'maybe' && elseDiv.kind !== 'maybe' ? thenDiv : { kind: 'maybe' };
  void thenTy;
  if (!coerce(fcx, elseTy, coerceTo)) {
    const tailOf = (e: A.Expr): A.Expr => {
      if (e.kind === 'block' && e.block.stmts.length > 0) {
        const l = e.block.stmts[e.block.stmts.length - 1]!;
        if (l.kind === 'expr') return tailOf(l.expr);
      }
      return e;
    };
    const elseTail = tailOf(elsExpr);
    const thenLast = x.then.stmts[x.then.stmts.length - 1];
    const thenTail = thenLast && thenLast.kind === 'expr' ? thenLast.expr : null;
    // rustc's `if_cause`: the whole `if` is labelled only when it spans lines (up to the
    // condition when the `else` block is empty).
    let ifSpan: Span | null = fcx.sm.snippet(x.span).includes('\n') ? mkSpan(x.span.lo, x.span.hi) : null;
    if (ifSpan && elsExpr.kind === 'block' && elsExpr.block.stmts.length === 0) ifSpan = mkSpan(x.span.lo, x.cond.span.hi);
    reportMismatch(fcx, elseTail.span, coerceTo, elseTy, { kind: 'ifElse', thenSpan: thenTail ? thenTail.span : x.then.span, ifSpan, thenTy: coerceTo }, elseTail);
  }
  return coerceTo;
}

function checkMatch(fcx: FnCtxt, x: A.Expr & { kind: 'match' }, expect: Expectation): Ty {
  const scrutTy = checkExpr(fcx, x.scrutinee, NO_EXPECTATION);
  const scrutDiv = fcx.diverges;
  for (const a of x.arms) checkPat(fcx, a.pat, scrutTy, { scrutSpan: x.scrutinee.span, topTy: scrutTy });
  const target = onlyHasType(expect);
  const armExpect = target && fcx.shallow(target).k !== 'infer' ? expectHas(target) : NO_EXPECTATION;
  const coerceTo = target ?? fcx.infcx.newVar('ty', x.span);
  let allDiverge = x.arms.length > 0;
  const prior: { span: Span; ty: Ty }[] = [];
  for (const a of x.arms) {
    fcx.diverges = { kind: 'maybe' };
    if (a.guard) checkExprHasType(fcx, a.guard, BOOL);
    if (!a.body) continue;
    const t = checkExpr(fcx, a.body, armExpect);
    if (fcx.diverges.kind === 'maybe') allDiverge = false;
    const bodySpan = armTailSpan(a.body);
    if (!coerce(fcx, t, coerceTo)) {
      // rustc: the first arm fails as a block tail; later ones as "`match` arms have incompatible types".
      if (prior.length === 0) reportMismatch(fcx, bodySpan, coerceTo, t, { kind: 'misc' }, a.body);
      else {
        const multiline = (sp: Span) => fcx.sm.snippet(sp).includes('\n');
        const shown = prior.length <= 4 ? prior : prior.slice(-1);
        const anyMultiline = multiline(bodySpan) || shown.some((p) => multiline(p.span));
        const matchSpan = anyMultiline || !multiline(x.span) ? mkSpan(x.span.lo, x.scrutinee.span.hi) : x.span;
        reportMismatch(fcx, bodySpan, coerceTo, t, { kind: 'matchArms', matchSpan, prior: shown, allPrior: prior.length > 4 }, a.body);
      }
    } else if (fcx.shallow(t).k !== 'never') {
      prior.push({ span: bodySpan, ty: t });
    }
  }
  fcx.diverges = scrutDiv.kind !== 'maybe' ? scrutDiv : allDiverge ? { kind: 'always', span: x.span, customNote: null } : { kind: 'maybe' };
  if (x.arms.length === 0) return NEVER;
  return coerceTo;
}

function armTailSpan(e: A.Expr): Span {
  if (e.kind === 'block' && e.block.stmts.length > 0) {
    const l = e.block.stmts[e.block.stmts.length - 1]!;
    if (l.kind === 'expr') return armTailSpan(l.expr);
  }
  return e.span;
}

function checkLetExpr(fcx: FnCtxt, x: A.Expr & { kind: 'let' }): Ty {
  const t = checkExpr(fcx, x.expr, NO_EXPECTATION);
  checkPat(fcx, x.pat, t, { scrutSpan: x.expr.span, topTy: t });
  return BOOL;
}

function checkWhile(fcx: FnCtxt, x: A.Expr & { kind: 'while' }): Ty {
  fcx.loops.push({ id: x.id, label: x.label?.ident.name ?? null, breakTy: null, mayBreak: false });
  checkExprHasType(fcx, x.cond, BOOL);
  const div = fcx.diverges;
  const t = checkBlock(fcx, x.body, expectHas(UNIT));
  void t;
  fcx.loops.pop();
  // The body may not run: the loop itself does not diverge unless its condition does.
  fcx.diverges = div;
  return UNIT;
}

function checkLoop(fcx: FnCtxt, x: A.Expr & { kind: 'loop' }, expect: Expectation): Ty {
  const breakTy = onlyHasType(expect) ?? fcx.infcx.newVar('ty', x.span);
  fcx.loops.push({ id: x.id, label: x.label?.ident.name ?? null, breakTy, mayBreak: false });
  checkBlock(fcx, x.body, expectHas(UNIT));
  const l = fcx.loops.pop()!;
  if (!l.mayBreak) {
    fcx.diverges = { kind: 'always', span: x.span, customNote: null };
    return NEVER;
  }
  fcx.diverges = { kind: 'maybe' };
  return breakTy;
}

function checkFor(fcx: FnCtxt, x: A.Expr & { kind: 'forLoop' }): Ty {
  const iterTy = checkExpr(fcx, x.iter, NO_EXPECTATION);
  const lang = fcx.ctx.sigs.lang;
  const intoIter = lang.get('IntoIterator');
  const iterator = lang.get('iterator');
  const itemDef = lang.get('Item');
  let itemTy: Ty = ERROR;
  if (intoIter !== undefined && iterator !== undefined && itemDef !== undefined) {
    const intoIterItem = fcx.assocItems(intoIter).find((a) => a.name === 'IntoIter');
    const cause: ObligationCause = { span: x.iter.span, kind: 'forLoop' };
    fcx.fulfill.register({ kind: 'trait', trait: intoIter, args: [iterTy], cause });
    fcx.fulfill.selectWherePossible();
    if (intoIterItem) {
      const it = fcx.normalize({ k: 'alias', trait: intoIter, item: intoIterItem.def, args: [iterTy] }, x.iter.span);
      itemTy = fcx.normalize({ k: 'alias', trait: iterator, item: itemDef, args: [it] }, x.iter.span);
    }
  }
  fcx.loops.push({ id: x.id, label: x.label?.ident.name ?? null, breakTy: null, mayBreak: false });
  checkPat(fcx, x.pat, itemTy, { scrutSpan: x.iter.span, topTy: itemTy, forLoop: true });
  const div = fcx.diverges;
  checkBlock(fcx, x.body, expectHas(UNIT));
  fcx.loops.pop();
  fcx.diverges = div;
  return UNIT;
}

function findLoop(fcx: FnCtxt, label: A.Label | null): import('./fcx.js').LoopCtxt | null {
  if (!label) return fcx.loops[fcx.loops.length - 1] ?? null;
  for (let i = fcx.loops.length - 1; i >= 0; i--) if (fcx.loops[i]!.label === label.ident.name) return fcx.loops[i]!;
  return null;
}

function checkBreak(fcx: FnCtxt, x: A.Expr & { kind: 'break' }): Ty {
  const l = findLoop(fcx, x.label);
  if (l) l.mayBreak = true;
  if (x.expr) {
    if (l && l.breakTy) checkExprCoercible(fcx, x.expr, l.breakTy, { kind: 'misc' });
    else checkExpr(fcx, x.expr, NO_EXPECTATION);
  } else if (l && l.breakTy) {
    if (!coerce(fcx, UNIT, l.breakTy)) reportMismatch(fcx, x.span, l.breakTy, UNIT, { kind: 'misc' }, null);
  }
  fcx.diverges = { kind: 'always', span: x.span, customNote: null };
  return NEVER;
}

function checkReturn(fcx: FnCtxt, x: A.Expr & { kind: 'ret' }): Ty {
  const origin: MismatchOrigin = fcx.retTySpan ? { kind: 'return', retSpan: fcx.retTySpan } : { kind: 'misc' };
  if (x.expr) checkExprCoercible(fcx, x.expr, fcx.retCoerceTy, origin);
  else if (!coerce(fcx, UNIT, fcx.retCoerceTy)) reportMismatch(fcx, x.span, fcx.retCoerceTy, UNIT, origin, null);
  fcx.diverges = { kind: 'always', span: x.span, customNote: null };
  return NEVER;
}

// -- aggregates -------------------------------------------------------------------------------------

function checkTuple(fcx: FnCtxt, x: A.Expr & { kind: 'tuple' }, expect: Expectation): Ty {
  const e = onlyHasType(expect);
  const es = e ? fcx.shallow(e) : null;
  const elems = x.elems.map((el, i) => {
    const hint = es && es.k === 'tuple' ? es.elems[i] : undefined;
    // rustc's `check_expr_tuple`: each element is coerced to its expected type (and a mismatch
    // is reported at the element).
    if (hint) return checkExprCoercible(fcx, el, hint, { kind: 'misc' });
    return checkExpr(fcx, el, NO_EXPECTATION);
  });
  return mkTuple(elems);
}

function checkArray(fcx: FnCtxt, x: A.Expr & { kind: 'array' }, expect: Expectation): Ty {
  const e = onlyHasType(expect);
  const es = e ? fcx.shallow(e) : null;
  const hint = es && (es.k === 'array' || es.k === 'slice') ? es.ty : null;
  let elemTy: Ty | null = hint;
  for (const el of x.elems) {
    const t = checkExpr(fcx, el, elemTy ? expectHas(elemTy) : NO_EXPECTATION);
    if (elemTy === null) {
      elemTy = t;
      continue;
    }
    if (!coerce(fcx, t, elemTy)) reportMismatch(fcx, el.span, elemTy, t, { kind: 'misc' }, el);
  }
  return { k: 'array', ty: elemTy ?? fcx.infcx.newVar('ty', x.span), len: mkConst(x.elems.length) };
}

function checkRepeat(fcx: FnCtxt, x: A.Expr & { kind: 'repeat' }, expect: Expectation): Ty {
  const e = onlyHasType(expect);
  const es = e ? fcx.shallow(e) : null;
  const hint = es && es.k === 'array' ? es.ty : null;
  const t = hint ? checkExprCoercible(fcx, x.expr, hint, { kind: 'misc' }) : checkExpr(fcx, x.expr, NO_EXPECTATION);
  checkExprCoercible(fcx, x.count.value, USIZE, { kind: 'misc' });
  const n = fcx.lowerCx.evalConst(x.count.value, fcx.def);
  return { k: 'array', ty: t, len: mkConst(n) };
}

function checkAddrOf(fcx: FnCtxt, x: A.Expr & { kind: 'addrOf' }, expect: Expectation): Ty {
  const e = onlyHasType(expect);
  const es = e ? fcx.shallow(e) : null;
  let hint: Expectation = NO_EXPECTATION;
  if (es && es.k === 'ref') {
    const inner = fcx.shallow(es.ty);
    // `&[1, 2]` expected as `&[T]`: the array is checked against the slice's element type.
    hint = inner.k === 'slice' || inner.k === 'str' || inner.k === 'dyn' ? NO_EXPECTATION : expectHas(inner);
    if (inner.k === 'slice') hint = expectHas({ k: 'array', ty: inner.ty, len: { k: 'const', value: null, param: null, infer: null } });
  }
  const t = checkExpr(fcx, x.expr, hint);
  if (x.mutability === 'mut') markMutBorrow(fcx, x.expr);
  if (x.borrowKind === 'raw') return { k: 'ptr', mut: x.mutability === 'mut', ty: t };
  return mkRef(t, x.mutability === 'mut');
}

/** Records that a place expression is borrowed mutably (liveness decides what that means for `mut`). */
export function markMutBorrow(fcx: FnCtxt, e: A.Expr): void {
  fcx.mutBorrows.add(e.id);
}

// -- places -----------------------------------------------------------------------------------------

function checkField(fcx: FnCtxt, x: A.Expr & { kind: 'field' }): Ty {
  const base = checkExpr(fcx, x.expr, NO_EXPECTATION);
  const name = x.ident.name;
  const steps = autoderefSteps(fcx, base);
  for (const s of steps) {
    const t = fcx.shallow(s.ty);
    if (t.k === 'adt') {
      const adt = fcx.ctx.sigs.adts[t.def];
      if (!adt || adt.kind === 'enum') continue;
      const f = adt.variants[0]!.fields.find((ff) => ff.name === name);
      if (f) {
        fcx.fieldDefs.set(x.id, f.def);
        if (!isVisibleInBody(fcx, f.vis)) {
          // rustc's `def_path_str`: trimmed only when the name is unique (`a::Cursor` otherwise).
          const d = error(`field \`${name}\` of struct \`${fcx.print(mkAdt(t.def, []))}\` is private`, x.ident.span).withCode('E0616').label(x.ident.span, 'private field');
          suggestMethodCall(fcx, d, base, x);
          fcx.report(d.build());
        }
        return fcx.normalize(subst(f.ty, t.args), x.span);
      }
    } else if (t.k === 'tuple') {
      const i = /^\d+$/.test(name) ? Number(name) : -1;
      if (i >= 0 && i < t.elems.length) return t.elems[i]!;
    } else if (t.k === 'infer' && t.kind === 'ty') {
      fcx.report(msg.typeAnnotationsNeeded(x.expr.span).build());
      return ERROR;
    } else if (t.k === 'error') {
      return ERROR;
    }
  }
  reportNoField(fcx, base, x);
  return ERROR;
}


/** rustc's "available field is: `a`" / "available fields are: `a`, `b`". */
function availableFields(names: readonly string[]): string {
  return `available field${names.length === 1 ? ' is' : 's are'}: ${names.map((f) => `\`${f}\``).join(', ')}`;
}

function reportNoField(fcx: FnCtxt, base: Ty, x: A.Expr & { kind: 'field' }): void {
  const t = fcx.resolve(base);
  if (t.k === 'error') return;
  if (takesValueOfMethod(fcx, t, x)) return;
  const peeled = autoderefSteps(fcx, t).map((s) => fcx.shallow(s.ty));
  const last = peeled[peeled.length - 1]!;
  if (last.k === 'int' || last.k === 'uint' || last.k === 'float' || last.k === 'bool' || last.k === 'char' || (last.k === 'infer' && last.kind !== 'ty')) {
    const d = error(`\`${fcx.print(last)}\` is a primitive type and therefore doesn't have fields`, x.ident.span).withCode('E0610');
    fcx.report(d.build());
    return;
  }
  const d = msg.noField(x.ident.name, fcx.print(t), x.ident.span).label(x.ident.span, msg.unknownField);
  const adtTy = peeled.find((p) => p.k === 'adt');
  if (adtTy && adtTy.k === 'adt') {
    const adt = fcx.ctx.sigs.adts[adtTy.def];
    if (adt && adt.kind !== 'enum') {
      const fields = adt.variants[0]!.fields.filter((f) => isVisibleInBody(fcx, f.vis)).map((f) => f.name);
      if (/^\d+$/.test(x.ident.name)) {
        // A tuple index out of range: the fields are listed.
        if (fields.length > 0) d.note(availableFields(fields));
      } else {
        const named = fields.filter((f) => !/^\d+$/.test(f));
        const best = findBestMatchForName(named, x.ident.name, null);
        if (best !== null) d.suggest('a field with a similar name exists', [{ span: x.ident.span, snippet: best }], 'MaybeIncorrect', 'ShowAlways');
        else if (named.length > 0) d.note(availableFields(named));
      }
    }
  }
  const tupleTy = peeled.find((p) => p.k === 'tuple');
  if (tupleTy && tupleTy.k === 'tuple' && !adtTy && tupleTy.elems.length > 0) d.note(availableFields(tupleTy.elems.map((_, i) => `${i}`)));
  suggestMethodCall(fcx, d, t, x);
  fcx.report(d.build());
}

/**
 * rustc's `ban_take_value_of_method` (E0615): the field is a method of the type, so "use
 * parentheses to call the method", with `_` for each argument.
 */
function takesValueOfMethod(fcx: FnCtxt, t: Ty, x: A.Expr & { kind: 'field' }): boolean {
  if (/^\d+$/.test(x.ident.name)) return false;
  const module = fcx.ctx.methodScopes.get(x.id) ?? null;
  const params = fcx.infcx.probe(() => {
    const pick = probeMethod(fcx, t, x.ident.name, module).pick;
    const sig = pick ? fcx.ctx.sigs.fnSigs[pick.def] : undefined;
    return sig ? sig.inputs.length - 1 : null;
  });
  if (params === null) return false;
  const d = error(`attempted to take value of method \`${x.ident.name}\` on type \`${fcx.print(t)}\``, x.ident.span).withCode('E0615').label(x.ident.span, 'method, not a field');
  const placeholders = Array.from({ length: Math.max(0, params) }, () => '_').join(', ');
  d.suggest('use parentheses to call the method', [{ span: mkSpan(x.span.hi, x.span.hi), snippet: `(${placeholders})` }], params > 0 ? 'HasPlaceholders' : 'MaybeIncorrect', 'ShowAlways');
  fcx.report(d.build());
  return true;
}

/** rustc's `suggest_method_call` for a field access: "a method `len` also exists, call it with parentheses". */
function suggestMethodCall(fcx: FnCtxt, d: import('../../diagnostics/diagnostic.js').DiagnosticBuilder, t: Ty, x: A.Expr & { kind: 'field' }): void {
  if (/^\d+$/.test(x.ident.name)) return;
  const module = fcx.ctx.methodScopes.get(x.id) ?? null;
  if (fcx.infcx.probe(() => probeMethod(fcx, t, x.ident.name, module).pick !== null)) {
    d.suggest(`a method \`${x.ident.name}\` also exists, call it with parentheses`, [{ span: mkSpan(x.ident.span.hi, x.ident.span.hi), snippet: '()' }], 'MaybeIncorrect', 'ShowAlways');
  }
}

function checkIndex(fcx: FnCtxt, x: A.Expr & { kind: 'index' }): Ty {
  const base = checkExpr(fcx, x.expr, NO_EXPECTATION);
  const idx = checkExpr(fcx, x.index, NO_EXPECTATION);
  const lang = fcx.ctx.sigs.lang;
  const indexTrait = lang.get('index');
  const outputItem = indexTrait !== undefined ? fcx.assocItems(indexTrait).find((a) => a.name === 'Output') : undefined;
  for (const s of autoderefSteps(fcx, base)) {
    const t = fcx.shallow(s.ty);
    if (t.k === 'error') return ERROR;
    // Builtin indexing of arrays and slices by `usize`.
    if ((t.k === 'array' || t.k === 'slice') && isIntegral(fcx.shallow(idx))) {
      if (fcx.infcx.unify(idx, USIZE)) return t.ty;
    }
    if (indexTrait === undefined || !outputItem) break;
    // An impl whose header matches is taken (as rustc's `lookup_op_method`); its where-clauses
    // (`I: SliceIndex<[T]>`) are then reported at the index when they fail.
    const r = fcx.infcx.probe(() => fcx.fulfill.select(indexTrait, [t, idx]).kind);
    if (r === 'no') continue;
    fcx.fulfill.register({ kind: 'trait', trait: indexTrait, args: [t, idx], cause: { span: x.index.span, kind: 'misc' } });
    return fcx.normalize({ k: 'alias', trait: indexTrait, item: outputItem.def, args: [t, idx] }, x.index.span);
  }
  const t = fcx.resolve(base);
  const d = msg.cannotIndex(fcx.print(t), x.span);
  fcx.report(d.build());
  return ERROR;
}

function checkRange(fcx: FnCtxt, x: A.Expr & { kind: 'range' }, expect: Expectation): Ty {
  const lang = fcx.ctx.sigs.lang;
  const e = onlyHasType(expect);
  const es = e ? fcx.shallow(e) : null;
  const hint = es && es.k === 'adt' && es.args[0] && isTy(es.args[0]) ? (es.args[0] as Ty) : null;
  let idx: Ty | null = hint;
  const part = (p: A.Expr | null) => {
    if (!p) return;
    const t = checkExpr(fcx, p, idx ? expectHas(idx) : NO_EXPECTATION);
    if (idx === null) idx = t;
    else if (!coerce(fcx, t, idx)) reportMismatch(fcx, p.span, idx, t, { kind: 'misc' }, p);
  };
  part(x.start);
  part(x.end);
  const name = x.start && x.end ? (x.limits === 'closed' ? 'RangeInclusive' : 'Range') : x.start ? 'RangeFrom' : x.end ? (x.limits === 'closed' ? 'RangeToInclusive' : 'RangeTo') : 'RangeFull';
  const def = lang.get(name);
  if (def === undefined) return ERROR;
  if (name === 'RangeFull') return mkAdt(def, []);
  return mkAdt(def, [idx ?? fcx.infcx.newVar('ty', x.span)]);
}

function checkCast(fcx: FnCtxt, x: A.Expr & { kind: 'cast' }): Ty {
  const target = fcx.lowerTy(x.ty);
  const t = checkExpr(fcx, x.expr, { kind: 'castable', ty: target });
  // An integer literal cast to `char` is a `u8` (rustc's `check_lit` under `ExpectCastableToType`).
  let lit = x.expr;
  while (lit.kind === 'paren') lit = lit.expr;
  if (lit.kind === 'lit' && lit.lit.kind === 'integer' && fcx.shallow(target).k === 'char') fcx.infcx.unify(t, U8);
  // `1 as u8` leaves the literal's type to fallback unless the cast fixes it (rustc does the same);
  // the cast itself is checked at the end of the body (rustc's deferred cast checks).
  fcx.deferredCasts.push({ x, from: t, to: target });
  return target;
}

/** The type rustc names for a cast's or an operator's operand: a string literal is `&'static str`. */
export function operandTyText(fcx: FnCtxt, e: A.Expr, t: Ty): string {
  let inner = e;
  while (inner.kind === 'paren') inner = inner.expr;
  if (inner.kind === 'lit' && (inner.lit.kind === 'str' || inner.lit.kind === 'strRaw') && t.k === 'ref' && t.ty.k === 'str') return "&'static str";
  return fcx.print(t);
}

/** rustc's `CastCheck::check` for one cast (E0054, E0604, E0605, E0606), after the body is checked. */
export function checkDeferredCast(fcx: FnCtxt, c: { readonly x: A.Expr & { kind: 'cast' }; readonly from: Ty; readonly to: Ty }): void {
  const { x } = c;
  const s = fcx.resolve(c.from);
  const tt = fcx.resolve(c.to);
  if (s.k === 'error' || tt.k === 'error') return;
  const from = operandTyText(fcx, x.expr, s);
  const invalid = () => error(`casting \`${from}\` as \`${fcx.print(tt)}\` is invalid`, x.span).withCode('E0606');
  // A trivial cast (the same type) is a coercion.
  if (tyEq(s, tt)) return;
  if (tt.k === 'bool' && isScalar(s)) {
    const d = error(`cannot cast \`${from}\` as \`bool\``, x.span).withCode('E0054');
    if (isNumeric(s)) d.suggest('compare with zero instead', [{ span: mkSpan(x.expr.span.hi, x.span.hi), snippet: ' != 0' }], 'MachineApplicable', 'ShowAlways');
    else d.label(x.span, 'unsupported cast');
    fcx.report(d.build());
    return;
  }
  if (tt.k === 'char' && isScalar(s) && !(s.k === 'uint' && s.t === 'u8')) {
    const d = error(`only \`u8\` can be cast as \`char\`, not \`${from}\``, x.span).withCode('E0604').label(x.span, 'invalid cast');
    if (isNumeric(s)) {
      if (s.k === 'uint' && s.t === 'u32') {
        d.suggest('consider using `char::from_u32` instead', [{ span: mkSpan(x.expr.span.lo, x.expr.span.lo), snippet: 'char::from_u32(' }, { span: mkSpan(x.expr.span.hi, x.span.hi), snippet: ')' }], 'MachineApplicable', 'ShowAlways');
      } else if (s.k === 'int' && s.t === 'i8') {
        d.child({ level: 'help', message: 'consider casting from `u8` instead', span: { primary: [x.span], labels: [] } });
      } else {
        d.child({ level: 'help', message: 'consider using `char::from_u32` instead (via a `u32`)', span: { primary: [x.span], labels: [] } });
      }
    }
    fcx.report(d.build());
    return;
  }
  if ((s.k === 'bool' || s.k === 'char') && tt.k === 'float') {
    fcx.report(invalid().help('cast through an integer first').build());
    return;
  }
  if (s.k === 'ref' && isNumeric(tt)) {
    const inner = fcx.resolve(s.ty);
    if (isNumeric(inner)) {
      const d = invalid();
      let e = x.expr;
      while (e.kind === 'paren') e = e.expr;
      if (e.kind === 'addrOf') {
        let peeled: A.Expr = e;
        while (peeled.kind === 'addrOf') peeled = peeled.expr;
        d.suggest('remove the unneeded borrow', [{ span: mkSpan(x.expr.span.lo, peeled.span.lo), snippet: '' }], 'MachineApplicable', 'ShowAlways');
      } else {
        d.suggest('dereference the expression', [{ span: mkSpan(x.expr.span.lo, x.expr.span.lo), snippet: '*' }], 'MachineApplicable', 'ShowAlways');
      }
      fcx.report(d.build());
    } else if (inner.k !== 'error') {
      fcx.report(invalid().help('cast through a raw pointer first').build());
    }
    return;
  }
  if (!castOk(fcx, s, tt)) {
    const d = error(`non-primitive cast: \`${from}\` as \`${fcx.print(tt)}\``, x.span).withCode('E0605').label(x.span, 'an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object');
    fcx.report(d.build());
  }
}

function castOk(fcx: FnCtxt, s: Ty, t: Ty): boolean {
  if (isNumeric(s) && isNumeric(t)) return true;
  if ((s.k === 'bool' || s.k === 'char') && isIntegral(t)) return true;
  if (s.k === 'uint' && s.t === 'u8' && t.k === 'char') return true;
  if (s.k === 'adt' && isIntegral(t)) {
    const adt = fcx.ctx.sigs.adts[s.def];
    return !!adt && adt.kind === 'enum' && adt.variants.every((v) => v.fields.length === 0);
  }
  if (s.k === 'ref' || s.k === 'ptr' || t.k === 'ptr') return true;
  if (s.k === 'fnDef' || s.k === 'fnPtr') return true;
  if (s.k === 'infer' || t.k === 'infer') return true;
  return coerce(fcx, s, t);
}

// -- assignment -------------------------------------------------------------------------------------

function checkAssign(fcx: FnCtxt, x: A.Expr & { kind: 'assign' }, expect: Expectation = NO_EXPECTATION): Ty {
  // rustc's `expr_assign_expected_bool_error`: `if a = b`, most likely meant as `a == b`.
  const expected = onlyHasType(expect);
  if (expected && fcx.shallow(expected).k === 'bool') {
    const lt = checkExpr(fcx, x.lhs, NO_EXPECTATION);
    const rt = checkExpr(fcx, x.rhs, NO_EXPECTATION);
    if (fcx.resolve(lt).k === 'error' || fcx.resolve(rt).k === 'error') return ERROR;
    const d = msg.mismatchedTypes(x.span).label(x.span, 'expected `bool`, found `()`');
    const refOf = (t: Ty): Ty => mkRef(peelRefs(fcx.resolve(t)));
    const direct = fcx.infcx.probe(() => coerce(fcx, rt, lt));
    if (direct || fcx.infcx.probe(() => coerce(fcx, refOf(lt), refOf(rt)))) {
      d.suggest('you might have meant to compare for equality', [{ span: mkSpan(x.eqSpan.hi, x.eqSpan.hi, x.eqSpan.ctxt), snippet: '=' }], direct ? 'MachineApplicable' : 'MaybeIncorrect', 'ShowAlways');
    }
    fcx.report(d.build());
    return ERROR;
  }
  if (x.lhs.kind === 'underscore') {
    checkExpr(fcx, x.rhs, NO_EXPECTATION);
    return UNIT;
  }
  if (x.lhs.kind === 'tuple' || x.lhs.kind === 'array' || x.lhs.kind === 'call' || x.lhs.kind === 'struct') {
    // Destructuring assignment.
    const rt = checkExpr(fcx, x.rhs, NO_EXPECTATION);
    const lt = checkExpr(fcx, x.lhs, expectHas(rt));
    coerce(fcx, rt, lt);
    return UNIT;
  }
  const lt = checkExpr(fcx, x.lhs, NO_EXPECTATION);
  if (!isPlace(fcx, x.lhs)) {
    const d = error('invalid left-hand side of assignment', x.eqSpan).withCode('E0070').label(x.lhs.span, 'cannot assign to this expression');
    fcx.report(d.build());
  }
  const rt = checkExpr(fcx, x.rhs, expectHas(lt));
  if (!coerce(fcx, rt, lt)) {
    let origin: MismatchOrigin = { kind: 'misc' };
    if (x.lhs.kind === 'path') {
      const r = fcx.ctx.resolutions.get(x.lhs.id);
      if (r && r.res.kind === 'local') origin = { kind: 'assign', valueSpan: fcx.localInits.get(r.res.id) ?? null, what: 'value' };
    }
    reportMismatch(fcx, x.rhs.span, lt, rt, origin, x.rhs);
  }
  return UNIT;
}

export function isPlace(fcx: FnCtxt, e: A.Expr): boolean {
  switch (e.kind) {
    case 'path': {
      const r = fcx.ctx.resolutions.get(e.id);
      return !r || r.res.kind === 'local' || (r.res.kind === 'def' && r.res.defKind === 'static') || r.res.kind === 'err';
    }
    case 'field':
    case 'index':
      return true;
    case 'unary':
      return e.op === 'deref';
    case 'paren':
      return isPlace(fcx, e.expr);
    case 'err':
      return true;
    default:
      return false;
  }
}

// -- structs ------------------------------------------------------------------------------------------

function checkStruct(fcx: FnCtxt, x: A.Expr & { kind: 'struct' }, expect: Expectation): Ty {
  const r = fcx.ctx.resolutions.get(x.id);
  const fail = () => {
    for (const f of x.fields) checkExpr(fcx, f.expr, NO_EXPECTATION);
    if (x.rest.kind === 'base') checkExpr(fcx, x.rest.expr, NO_EXPECTATION);
    return ERROR;
  };
  if (!r || r.res.kind === 'err') return fail();
  let adtDef: DefId | null = null;
  let variantIndex = 0;
  let args: GenericArg[] = [];
  const lastSeg = x.path.segments[x.path.segments.length - 1]!;
  const res = r.res;
  if (res.kind === 'def' && (res.defKind === 'struct' || res.defKind === 'union') && r.unresolved === 0) {
    adtDef = res.def;
    args = lowerSegmentArgs(fcx.lowerCx, { owner: fcx.def }, res.def, lastSeg, x.path.span, false);
  } else if (res.kind === 'def' && res.defKind === 'variant') {
    adtDef = fcx.ctx.r.table.defs[res.def]!.parent!;
    variantIndex = fcx.ctx.r.table.defs[res.def]!.index ?? 0;
    const enumSeg = x.path.segments[x.path.segments.length - 2];
    args = enumSeg ? lowerSegmentArgs(fcx.lowerCx, { owner: fcx.def }, adtDef, enumSeg, x.path.span, false) : fcx.freshArgs(adtDef, x.span);
  } else if (res.kind === 'selfTy' || (res.kind === 'def' && res.defKind === 'tyAlias')) {
    const t = res.kind === 'selfTy' && res.impl !== null ? fcx.ctx.sigs.types[res.impl] : res.kind === 'def' ? fcx.ctx.sigs.types[res.def] : undefined;
    if (t && t.k === 'adt') {
      adtDef = t.def;
      args = [...t.args];
    }
  }
  if (adtDef === null) return fail();
  const adt = fcx.ctx.sigs.adts[adtDef];
  if (!adt) return fail();
  const variant = adt.variants[variantIndex]!;
  const ty = mkAdt(adtDef, args);
  const e = onlyHasType(expect);
  if (e) fcx.infcx.commitIf(() => fcx.infcx.unify(ty, e));
  const seen = new Set<string>();
  for (const f of x.fields) {
    const fd = variant.fields.find((v) => v.name === f.ident.name);
    if (!fd) {
      checkExpr(fcx, f.expr, NO_EXPECTATION);
      const isVariant = adt.kind === 'enum';
      // rustc's `report_unknown_field` prints the type with its arguments as inferred so far
      // (`a::Product<{integer}>`), the enum for a variant (`a::Shape::Square`), with the usual
      // trimming; the struct's label prints it unresolved (`a::Product<_>`).
      const name = isVariant ? `${fcx.print(ty)}::${variant.name}` : fcx.print(ty);
      const labelName = isVariant ? name : printTy(printEnv(fcx.ctx), ty);
      const d = isVariant
        ? error(`variant \`${name}\` has no field named \`${f.ident.name}\``, f.ident.span).withCode('E0559')
        : msg.structHasNoField(name, f.ident.name, f.ident.span);
      // rustc's `report_unknown_field`: a similar unassigned field is suggested; otherwise the
      // unassigned fields are listed (always "fields are"), or all are already assigned.
      const avail = variant.fields.filter((v) => !x.fields.some((xf) => xf.ident.name === v.name)).map((v) => v.name);
      const best = findBestMatchForName(avail, f.ident.name, null);
      if (best !== null) {
        d.label(f.ident.span, msg.unknownField);
        d.suggest('a field with a similar name exists', [{ span: f.ident.span, snippet: best }], 'MaybeIncorrect', 'ShowAlways');
      } else {
        d.label(f.ident.span, `\`${labelName}\` does not have this field`);
        if (avail.length > 0) d.note(`available fields are: ${avail.map((a) => `\`${a}\``).join(', ')}`);
        else d.note('all struct fields are already assigned');
      }
      fcx.report(d.build());
      continue;
    }
    seen.add(fd.name);
    const fty = fcx.normalize(subst(fd.ty, args), f.span);
    checkExprCoercible(fcx, f.expr, fty, { kind: 'misc' });
  }
  if (x.rest.kind === 'base') {
    checkExprCoercible(fcx, x.rest.expr, ty, { kind: 'misc' });
  } else if (x.rest.kind === 'none') {
    const missing = variant.fields.filter((v) => !seen.has(v.name)).map((v) => v.name);
    if (missing.length > 0 && !x.fields.some((f) => !variant.fields.some((v) => v.name === f.ident.name))) {
      // rustc's `report_missing_fields` names the ADT (the enum for a variant), unresolved.
      const structName = printTy(printEnv(fcx.ctx), ty);
      const shown = missing.length > 3 ? missing.slice(0, 3) : missing;
      const d = msg.missingFields(shown, structName, x.path.span);
      if (missing.length > 3) {
        const dd = error(`missing fields ${shown.map((m) => `\`${m}\``).join(', ')} and ${missing.length - 3} other field${missing.length - 3 === 1 ? '' : 's'} in initializer of \`${structName}\``, x.path.span).withCode('E0063');
        dd.label(x.path.span, `missing ${shown.map((m) => `\`${m}\``).join(', ')} and ${missing.length - 3} other field${missing.length - 3 === 1 ? '' : 's'}`);
        fcx.report(dd.build());
      } else {
        d.label(x.path.span, `missing ${missing.map((m) => `\`${m}\``).join(', ').replace(/, ([^,]*)$/, ' and $1')}`);
        fcx.report(d.build());
      }
    }
  }
  return ty;
}

// -- `?` ----------------------------------------------------------------------------------------------

function checkTry(fcx: FnCtxt, x: A.Expr & { kind: 'try' }): Ty {
  const t = checkExpr(fcx, x.expr, NO_EXPECTATION);
  const s = fcx.shallow(t);
  const lang = fcx.ctx.sigs.lang;
  const ret = fcx.shallow(fcx.retTy);
  if (s.k === 'adt' && s.def === lang.get('Result')) {
    const ok = s.args[0] as Ty;
    const err = s.args[1] as Ty;
    if (ret.k === 'infer' && fcx.closure) fcx.closure.pendingTry.push({ x, what: 'Result', err });
    else questionMarkInto(fcx, x, ret, 'Result', err);
    return ok;
  }
  if (s.k === 'adt' && s.def === lang.get('Option')) {
    if (ret.k === 'infer' && fcx.closure) fcx.closure.pendingTry.push({ x, what: 'Option', err: null });
    else questionMarkInto(fcx, x, ret, 'Option', null);
    return s.args[0] as Ty;
  }
  if (s.k === 'error') return ERROR;
  if (s.k === 'infer') {
    fcx.report(msg.typeAnnotationsNeeded(x.expr.span).build());
    return ERROR;
  }
  const d = error(`the \`?\` operator can only be applied to values that implement \`Try\``, x.span).withCode('E0277');
  d.label(x.span, `the \`?\` operator cannot be applied to type \`${fcx.print(s)}\``);
  d.help(`the trait \`Try\` is not implemented for \`${fcx.print(s)}\``);
  fcx.report(d.build());
  return ERROR;
}

/**
 * `?` on a `Result` or an `Option` where the enclosing fn or closure returns `ret`: the error
 * converts with `From` into a `Result`'s; anything but the same kind of type is E0277.
 */
function questionMarkInto(fcx: FnCtxt, x: A.Expr & { kind: 'try' }, ret: Ty, what: 'Result' | 'Option', err: Ty | null, closureDecl: Span | null = null): void {
  const lang = fcx.ctx.sigs.lang;
  if (ret.k === 'error') return;
  if (ret.k === 'adt' && ret.def === lang.get(what)) {
    const from = lang.get('From');
    if (err && from !== undefined) fcx.fulfill.register({ kind: 'trait', trait: from, args: [ret.args[1] as Ty, err], cause: { span: x.span, kind: 'question' } });
    return;
  }
  reportQuestionMarkContext(fcx, x, what, ret, closureDecl);
}

/** The `?` expressions of a closure just checked, now that its return type is known. */
function settlePendingTry(fcx: FnCtxt, closure: NonNullable<FnCtxt['closure']>): void {
  for (const p of closure.pendingTry) questionMarkInto(fcx, p.x, fcx.shallow(fcx.resolve(fcx.retTy)), p.what, p.err, closure.declSpan);
}

function reportQuestionMarkContext(fcx: FnCtxt, x: A.Expr & { kind: 'try' }, what: 'Result' | 'Option', ret: Ty, closureDecl: Span | null): void {
  const owner = fcx.ctx.r.table.defs[fcx.def]!;
  // rustc's `describe_enclosure` (on_unimplemented's `ItemContext`): a closure, or any fn of an
  // impl or trait is a method.
  const kind = fcx.closure ? 'closure' : owner.kind === 'fn' ? 'function' : owner.kind === 'assocFn' ? 'method' : 'item';
  const d = error(`the \`?\` operator can only be used in a ${kind} that returns \`Result\` or \`Option\` (or another type that implements \`FromResidual\`)`, mkSpan(x.span.hi - 1, x.span.hi)).withCode('E0277');
  d.label(mkSpan(x.span.hi - 1, x.span.hi), `cannot use the \`?\` operator in a ${kind} that returns \`${fcx.print(ret)}\``);
  // The fn's signature, or the closure's `|..|`, is pointed at.
  const data = fcx.ctx.r.table.defs[fcx.def]!;
  const inFn = kind !== 'item' && kind !== 'closure' && fcx.fnBody && fcx.retTy === fcx.fnBody.ret;
  const closureHead = closureDecl ?? fcx.closure?.declSpan ?? null;
  if (inFn) d.label(guessHeadSpan(fcx.sm, data.itemSpan), 'this function should return `Result` or `Option` to accept `?`');
  else if (kind === 'closure' && closureHead) d.label(closureHead, 'this function should return `Result` or `Option` to accept `?`');
  // rustc's `suggest_add_result_as_return_type`: a free fn without a return type, on a `Result`.
  const node = data.node as A.Item | null;
  if (inFn && what === 'Result' && node && node.kind === 'fn' && node.sig.decl.output.kind === 'default' && node.body && ret.k === 'tuple' && ret.elems.length === 0) {
    const parts = [{ span: node.sig.decl.output.span, snippet: ' -> Result<(), Box<dyn std::error::Error>>' }];
    const last = node.body.stmts[node.body.stmts.length - 1];
    if (!last || last.kind !== 'expr') {
      const close = mkSpan(node.body.span.hi - 1, node.body.span.hi - 1);
      parts.push({ span: close, snippet: `    Ok(())\n${indentationBefore(fcx, close)}` });
    }
    d.suggest('consider adding return type', parts, 'MaybeIncorrect', 'ShowAlways');
  }
  fcx.report(d.build());
}

// -- closures ------------------------------------------------------------------------------------------

function checkClosure(fcx: FnCtxt, x: A.Expr & { kind: 'closure' }, expect: Expectation): Ty {
  const decl = x.closure.decl;
  let expected = deduceClosureSig(fcx, onlyHasType(expect) ?? (expect.kind === 'castable' ? null : null));
  // A closure returned where the fn returns `impl Fn(..)` (its expected type is the opaque type's
  // hidden type, still unknown, or an unmodelled `impl Trait`).
  const et = onlyHasType(expect);
  if (!expected && fcx.retImplFnSig && et && (fcx.shallow(et).k === 'error' || fcx.shallow(et).k === 'infer') && fcx.retTy === et) expected = fcx.retImplFnSig;
  const inputs = decl.inputs.map((p, i) => {
    const declared = p.ty.kind === 'infer' ? null : fcx.lowerTy(p.ty);
    const hint = expected && expected.inputs[i] ? expected.inputs[i]! : null;
    // Expected to be of an unmodelled type (an argument-position `impl Fn(..)`): its parameters
    // are unknown too, without "type annotations needed".
    const unknown = et !== null && fcx.shallow(et).k === 'error' && !expected;
    const t = declared ?? hint ?? (unknown ? ERROR : fcx.infcx.newVar('ty', p.pat.span));
    if (declared && hint) fcx.infcx.unify(declared, hint);
    return t;
  });
  const output = decl.output.kind === 'ty' ? fcx.lowerTy(decl.output.ty) : (expected?.output ?? fcx.infcx.newVar('ty', x.closure.body.span));
  decl.inputs.forEach((p, i) => {
    fcx.closureParams.set(p.pat.id, inputs[i]!);
    fcx.patNodes.set(p.pat.id, p.pat);
  });
  decl.inputs.forEach((p, i) => checkPat(fcx, p.pat, inputs[i]!, { scrutSpan: null, topTy: inputs[i]! }));
  const savedRet = fcx.retTy;
  const savedCoerce = fcx.retCoerceTy;
  const savedSpan = fcx.retTySpan;
  const savedLoops = fcx.loops.splice(0);
  const savedDiv = fcx.diverges;
  const savedClosure = fcx.closure;
  fcx.retTy = output;
  fcx.retCoerceTy = output;
  fcx.retTySpan = null;
  fcx.closure = { declSpan: x.closure.declSpan, pendingTry: [] };
  checkExprCoercible(fcx, x.closure.body, output, { kind: 'misc' });
  settlePendingTry(fcx, fcx.closure);
  fcx.closure = savedClosure;
  fcx.retTy = savedRet;
  fcx.retCoerceTy = savedCoerce;
  fcx.retTySpan = savedSpan;
  fcx.loops.push(...savedLoops);
  fcx.diverges = savedDiv;
  return { k: 'closure', id: x.id, inputs, output, kind: 'Fn' };
}

/** The signature a closure is expected to have, from a pending `Fn*` obligation on the expected type. */
function deduceClosureSig(fcx: FnCtxt, expected: Ty | null): { inputs: readonly Ty[]; output: Ty | null } | null {
  if (!expected) return null;
  const e = fcx.shallow(expected);
  if (e.k === 'fnPtr') return { inputs: e.inputs, output: e.output };
  if (e.k !== 'infer') return null;
  return fcx.fulfill.closureSigFor(e);
}

// -- format_args! ----------------------------------------------------------------------------------------

function checkFormatArgs(fcx: FnCtxt, x: FormatArgsExpr): Ty {
  const tys = x.args.map((a) => {
    const t = checkExpr(fcx, a.expr, NO_EXPECTATION);
    return t;
  });
  const lang = fcx.ctx.sigs.lang;
  for (const p of x.placeholders) {
    const trait = lang.get(p.trait);
    const arg = x.args[p.arg];
    if (trait === undefined || !arg) continue;
    const cause: ObligationCause =
      x.boundSpan === 'arg' ? { span: arg.expr.span, kind: 'formatArg', placeholder: p.span } : { span: x.boundSpan.callSite, kind: 'formatMacro', callSpan: x.boundSpan.callSite };
    fcx.fulfill.register({ kind: 'trait', trait, args: [tys[p.arg]!], cause });
  }
  for (const c of x.counts) {
    const t = tys[c.arg];
    const arg = x.args[c.arg];
    if (t && arg && !fcx.infcx.unify(t, USIZE)) reportMismatch(fcx, arg.expr.span, USIZE, t, { kind: 'misc' }, arg.expr);
  }
  fcx.fulfill.selectWherePossible();
  const args = lang.get('format_arguments');
  return args !== undefined ? mkAdt(args, [{ k: 'region', name: null }]) : ERROR;
}

export { sortString, derefOnce, parseIntLit };
export type { SExpr, NodeId };
