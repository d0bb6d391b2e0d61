/**
 * Operators (rustc's `op.rs`): `&&`/`||` on `bool`; arithmetic, bit and comparison operators on
 * scalars checked as builtin operations (both sides the same type, so literals take the other
 * side's type); everything else through the `std::ops` / `PartialEq` / `PartialOrd` traits, with
 * E0369 when the left operand's type has no impl of the operator's trait at all and E0277 (std's
 * "cannot add `&str` to `{integer}`") when it has impls for other right-hand types.
 *
 * Owns: operator typing and its errors. Must not: emit.
 */
import type * as A from '../../syntax/ast.js';
import { parseIntLit } from '../collect/const-eval.js';
import type { DefId } from '../defs.js';
import type { Ty } from '../ty/ty.js';
import { BOOL, ERROR, anyTy, isIntegral, isNumeric, isTy, mkRef, peelRefs, tyEq } from '../ty/ty.js';
import type { FnCtxt, ObligationCause } from './fcx.js';
import { NO_EXPECTATION, expectHas, onlyHasType, type Expectation } from './expect.js';
import { checkExpr, checkExprHasType, isPlace, operandTyText } from './expr.js';
import { coerce, overloadedDerefTarget } from './coerce.js';
import { reportMismatch } from './errors.js';
import { reportFulfillmentError, suggestRestrictingParam } from './errors.js';
import { typeck as msg } from '../../diagnostics/messages.js';
import { error } from '../../diagnostics/diagnostic.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import { defSpan } from '../spans.js';

const LANG_OF: Record<string, string> = {
  add: 'add', sub: 'sub', mul: 'mul', div: 'div', rem: 'rem', bitAnd: 'bitand', bitOr: 'bitor', bitXor: 'bitxor', shl: 'shl', shr: 'shr',
  eq: 'eq', ne: 'eq', lt: 'partial_ord', le: 'partial_ord', gt: 'partial_ord', ge: 'partial_ord',
};

const OP_STR: Record<string, string> = {
  add: '+', sub: '-', mul: '*', div: '/', rem: '%', and: '&&', or: '||', bitXor: '^', bitAnd: '&', bitOr: '|', shl: '<<', shr: '>>',
  eq: '==', lt: '<', le: '<=', ne: '!=', ge: '>=', gt: '>',
};

function isComparison(op: A.BinOpKind): boolean {
  return op === 'eq' || op === 'ne' || op === 'lt' || op === 'le' || op === 'gt' || op === 'ge';
}

function isFloatish(t: Ty): boolean {
  return t.k === 'float' || (t.k === 'infer' && t.kind === 'float');
}

function isShift(op: A.BinOpKind): boolean {
  return op === 'shl' || op === 'shr';
}

/** Types for which rustc treats the operator as builtin when both sides have them. */
function builtinCompatible(fcx: FnCtxt, op: A.BinOpKind, l0: Ty, r0: Ty): boolean {
  const l = fcx.shallow(l0);
  const r = fcx.shallow(r0);
  if (isShift(op)) return isIntegral(l) && isIntegral(r);
  if (op === 'bitAnd' || op === 'bitOr' || op === 'bitXor') return (isIntegral(l) && isIntegral(r)) || (l.k === 'bool' && r.k === 'bool');
  if (isComparison(op)) return (isNumeric(l) && isNumeric(r)) || (l.k === 'bool' && r.k === 'bool') || (l.k === 'char' && r.k === 'char') || (l.k === 'ptr' && r.k === 'ptr');
  // Math: both integral or both floating point (`1.0 + 1u32` is an overloaded `Add` only).
  return (isIntegral(l) && isIntegral(r)) || (isFloatish(l) && isFloatish(r));
}

export function checkBinary(fcx: FnCtxt, x: A.Expr & { kind: 'binary' }, expect: Expectation): Ty {
  const op = x.op.kind;
  if (op === 'and' || op === 'or') {
    checkExprHasType(fcx, x.lhs, BOOL);
    const div = fcx.diverges;
    checkExprHasType(fcx, x.rhs, BOOL);
    fcx.diverges = div;
    return BOOL;
  }
  const lhs = checkExpr(fcx, x.lhs, NO_EXPECTATION);
  const l = fcx.shallow(lhs);
  void expect;
  // rustc's `check_overloaded_binop`: the right operand is coerced to the operator trait's `Rhs`,
  // which is known when the left type has a single impl of the trait (`u8: PartialOrd<u8>`);
  // a mismatch there is the one error (pointing at the left operand).
  const trait = fcx.ctx.sigs.lang.get(LANG_OF[op]!);
  const rhsTarget = !isShift(op) && trait !== undefined ? uniqueRhs(fcx, trait, l) : null;
  if (rhsTarget) {
    const t = checkExpr(fcx, x.rhs, expectHas(rhsTarget));
    if (!coerce(fcx, t, rhsTarget)) {
      reportMismatch(fcx, x.rhs.span, rhsTarget, t, { kind: 'compareLhs', lhs: x.lhs }, x.rhs);
      return isComparison(op) ? BOOL : ERROR;
    }
    return checkOverloaded(fcx, x, op, lhs, rhsTarget, false);
  }
  // Otherwise the left's type is the expectation when that is a scalar.
  const rhsExpect = isNumeric(l) || l.k === 'bool' || l.k === 'char' ? expectHas(l) : NO_EXPECTATION;
  const rhs = checkExpr(fcx, x.rhs, isShift(op) ? NO_EXPECTATION : rhsExpect);
  return checkOverloaded(fcx, x, op, lhs, rhs, false);
}

/** The `Rhs` of the only impl of `trait` whose self type is `self` (null when none or several). */
function uniqueRhs(fcx: FnCtxt, trait: DefId, self: Ty): Ty | null {
  if (self.k === 'infer' || self.k === 'error' || self.k === 'param' || self.k === 'never') return null;
  const key = simpleKey(self);
  // Primitives and ADTs without arguments: the answer depends on the type only.
  const cacheable = (self.k !== 'adt' || self.args.length === 0) && self.k !== 'ref' && self.k !== 'tuple' && self.k !== 'array' && self.k !== 'slice';
  let cache = UNIQUE_RHS.get(fcx.ctx);
  if (!cache) UNIQUE_RHS.set(fcx.ctx, (cache = new Map()));
  const ck = `${trait}|${key}`;
  if (cacheable && cache.has(ck)) return cache.get(ck)!;
  const r = uniqueRhsUncached(fcx, trait, self, key);
  if (cacheable) cache.set(ck, r);
  return r;
}

const UNIQUE_RHS = new WeakMap<object, Map<string, Ty | null>>();

/** A coarse key of a type's outermost constructor (impls whose self type has another key cannot apply). */
function simpleKey(t: Ty): string {
  switch (t.k) {
    case 'adt':
      return `adt:${t.def}`;
    case 'int':
    case 'uint':
    case 'float':
      return t.t;
    default:
      return t.k;
  }
}

function uniqueRhsUncached(fcx: FnCtxt, trait: DefId, self: Ty, key: string): Ty | null {
  let found: Ty | null = null;
  let count = 0;
  for (const i of fcx.ctx.sigs.traitImpls.get(trait) ?? []) {
    const impl = fcx.ctx.sigs.impls[i]!;
    const implSelf0 = impl.traitRef!.args[0];
    if (implSelf0 && isTy(implSelf0) && implSelf0.k !== 'param' && simpleKey(implSelf0) !== key) continue;
    const rhs = fcx.infcx.probe(() => {
      const args = fcx.fulfill.freshImplArgs(impl);
      const implSelf = impl.traitRef!.args[0]!;
      const implRhs = impl.traitRef!.args[1];
      if (!isTy(implSelf) || !implRhs || !isTy(implRhs)) return null;
      if (!fcx.infcx.unify(substTy(implSelf, args), self)) return null;
      // A where-clause on the same trait whose self type is now known settles the rest, as
      // selection would: `&A: PartialOrd<&B> where A: PartialOrd<B>` with `A = u32` gives `B = u32`.
      for (const p of impl.predicates) {
        if (p.kind !== 'trait' || p.trait !== trait || p.args.length !== 2) continue;
        const [ps, pr] = p.args;
        if (!ps || !pr || !isTy(ps) || !isTy(pr)) continue;
        const inner = fcx.resolve(substTy(ps, args));
        if (hasInferVars(inner)) continue;
        const innerRhs = uniqueRhs(fcx, trait, inner);
        if (innerRhs) fcx.infcx.unify(substTy(pr, args), innerRhs);
      }
      const r = fcx.resolve(substTy(implRhs, args));
      return r;
    });
    if (rhs === null) continue;
    count++;
    if (count > 1) return null;
    found = rhs;
  }
  if (found === null || hasInferVars(found)) return null;
  return found;
}

function hasInferVars(t: Ty): boolean {
  return anyTy(t, (y) => y.k === 'infer');
}

/** Shared by binary operators and compound assignment. */
function checkOverloaded(fcx: FnCtxt, x: { span: import('../../syntax/source-map.js').Span; op: A.BinOp; lhs: A.Expr; rhs: A.Expr }, op: A.BinOpKind, lhs: Ty, rhs: Ty, assign: boolean): Ty {
  const l = fcx.shallow(lhs);
  const r = fcx.shallow(rhs);
  if (l.k === 'error' || r.k === 'error') return isComparison(op) ? BOOL : ERROR;
  if (builtinCompatible(fcx, op, l, r)) {
    if (!isShift(op)) {
      if (!fcx.infcx.unify(l, r)) {
        // `1u8 + 1i32`: rustc reports the mismatch on the right operand, then the missing impl.
        // Comparisons coerce the right operand to the left's type (the left is pointed at and
        // may be converted); arithmetic just demands equal types.
        if (isComparison(op)) {
          // The right operand was coerced to the left's type: one error.
          reportMismatch(fcx, x.rhs.span, l, r, { kind: 'compareLhs', lhs: x.lhs }, x.rhs);
          return BOOL;
        }
        reportMismatch(fcx, x.rhs.span, l, r, { kind: 'misc' }, null);
        reportNoImpl(fcx, x, op, l, r, assign);
        return isComparison(op) ? BOOL : l;
      }
    }
    return isComparison(op) || assign ? (assign ? { k: 'tuple', elems: [] } : BOOL) : l;
  }
  // rustc's `is_builtin_binop` looks through one reference on each side: `&u32 + u64` is
  // still builtin-shaped, so besides the missing impl it demands equal operand types (E0308 on
  // the right operand, first). Only for known types: with inference variables, the impl lookup
  // decides.
  if (!isShift(op) && (l.k === 'ref' || r.k === 'ref')) {
    const dl = l.k === 'ref' ? fcx.shallow(l.ty) : l;
    const dr = r.k === 'ref' ? fcx.shallow(r.ty) : r;
    if (builtinCompatible(fcx, op, dl, dr) && !hasInferVars(fcx.resolve(dl)) && !hasInferVars(fcx.resolve(dr)) && !tyEq(fcx.resolve(dl), fcx.resolve(dr))) {
      reportMismatch(fcx, x.rhs.span, dl, dr, { kind: 'misc' }, null);
    }
  }
  const langName = assign ? `${LANG_OF[op]!}_assign` : LANG_OF[op]!;
  const trait = fcx.ctx.sigs.lang.get(langName);
  if (trait === undefined) return ERROR;
  // Comparisons compare by reference: `a == b` is `PartialEq::eq(&a, &b)`.
  const args = [l, r];
  const result = fcx.fulfill.evaluate(trait, args);
  if (result === 'no') {
    // Auto-deref of the right side for `String == &str`-like cases is not done by rustc either.
    reportNoImpl(fcx, x, op, l, r, assign);
    return isComparison(op) ? BOOL : ERROR;
  }
  fcx.fulfill.register({ kind: 'trait', trait, args, cause: binopCause(x) });
  // rustc's `lookup_op_method` selects right away: `sum += &x` with `sum: {integer}` picks the
  // one impl and makes `sum` an `i32` before later statements see it.
  fcx.fulfill.selectWherePossible();
  if (isComparison(op)) return BOOL;
  if (assign) return { k: 'tuple', elems: [] };
  const out = fcx.assocItems(trait).find((a) => a.name === 'Output');
  if (!out) return ERROR;
  return fcx.normalize({ k: 'alias', trait, item: out.def, args }, x.span);
}

function reportNoImpl(fcx: FnCtxt, x: { span: import('../../syntax/source-map.js').Span; op: A.BinOp; lhs: A.Expr; rhs: A.Expr }, op: A.BinOpKind, l: Ty, r: Ty, assign: boolean): void {
  const langName = assign ? `${LANG_OF[op]!}_assign` : LANG_OF[op]!;
  const trait = fcx.ctx.sigs.lang.get(langName);
  if (trait === undefined) return;
  // A reference to a type parameter has std's blanket impls for references, but their
  // where-clauses cannot hold for the parameter: rustc's lookup fails as with no impl at all.
  const peeled = peelRefs(fcx.resolve(l));
  const anyImpl = peeled.k !== 'param' && hasAnyImplForSelf(fcx, trait, l);
  const opStr = OP_STR[op]! + (assign ? '=' : '');
  if (!anyImpl) {
    reportE0369(fcx, x, op, l, r, assign, trait);
    return;
  }
  reportFulfillmentError(fcx, { kind: 'trait', trait, args: [l, r], cause: binopCause(x) });
}

/** The obligation cause of an operator: the operator, and the right operand when it is a literal. */
function binopCause(x: { op: A.BinOp; rhs: A.Expr }): ObligationCause {
  let rhs = x.rhs;
  while (rhs.kind === 'paren') rhs = rhs.expr;
  return rhs.kind === 'lit' ? { span: x.op.span, kind: 'binop', rhsLitSpan: x.rhs.span } : { span: x.op.span, kind: 'binop' };
}

/**
 * rustc's error when the left operand's type has no impl of the operator trait at all: E0369
 * (E0368 for `+=`..., which spans the whole assignment) at the operator, both operands labelled with their types, then
 * `note_unmet_impls_on_type` (the local type "must implement", the trait "must be implemented",
 * `#[derive]` for comparisons; a std type "does not implement") and the `&str + &str` help.
 */
function reportE0369(fcx: FnCtxt, x: { span: import('../../syntax/source-map.js').Span; op: A.BinOp; lhs: A.Expr; rhs: A.Expr }, op: A.BinOpKind, l: Ty, r: Ty, assign: boolean, trait: DefId): void {
  const lt = fcx.print(l);
  const rt = fcx.print(r);
  const opStr = OP_STR[op]!;
  const defs = fcx.ctx.r.table.defs;
  const traitName = defs[trait]!.name;
  let d;
  if (assign) {
    d = error(`binary assignment operation \`${opStr}=\` cannot be applied to type \`${lt}\``, x.span).withCode('E0368');
    d.label(x.lhs.span, `cannot use \`${opStr}=\` on type \`${lt}\``);
  } else {
    const message: Record<string, string> = {
      add: `cannot add \`${rt}\` to \`${lt}\``,
      sub: `cannot subtract \`${rt}\` from \`${lt}\``,
      mul: `cannot multiply \`${lt}\` by \`${rt}\``,
      div: `cannot divide \`${lt}\` by \`${rt}\``,
      rem: `cannot calculate the remainder of \`${lt}\` divided by \`${rt}\``,
      bitAnd: `no implementation for \`${lt} & ${rt}\``,
      bitXor: `no implementation for \`${lt} ^ ${rt}\``,
      bitOr: `no implementation for \`${lt} | ${rt}\``,
      shl: `no implementation for \`${lt} << ${rt}\``,
      shr: `no implementation for \`${lt} >> ${rt}\``,
    };
    d = error(message[op] ?? `binary operation \`${opStr}\` cannot be applied to type \`${lt}\``, x.op.span).withCode('E0369');
    if (x.lhs.span.lo !== x.rhs.span.lo || x.lhs.span.hi !== x.rhs.span.hi) {
      d.label(x.lhs.span, lt);
      d.label(x.rhs.span, rt);
    }
  }
  // `"a" + "b"`.
  const isStrRef = (t: Ty) => t.k === 'ref' && fcx.shallow(t.ty).k === 'str';
  if (op === 'add' && !assign && isStrRef(l) && (isStrRef(r) || (r.k === 'adt' && r.def === fcx.ctx.sigs.lang.get('String')))) {
    if (isStrRef(r)) d.label(x.op.span, '`+` cannot be used to concatenate two `&str` strings');
    else d.label(x.op.span, '`+` cannot be used to concatenate a `&str` with a `String`');
    d.note('string concatenation requires an owned `String` on the left');
    if (isStrRef(r)) d.suggest('create an owned `String` from a string reference', [{ span: mkSpan(x.lhs.span.hi, x.lhs.span.hi), snippet: '.to_owned()' }], 'MachineApplicable', 'ShowAlways');
    fcx.report(d.build());
    return;
  }
  const rl = fcx.resolve(l);
  // A comparison on a generic parameter (or a reference to one): restrict it with the operator's trait.
  const param = peelRefs(rl);
  if (param.k === 'param' && isComparison(op)) suggestRestrictingParam(fcx, d, param.name, trait);
  if (rl.k === 'adt') {
    const data = defs[rl.def]!;
    if (!data.isStd) {
      const head = defSpan(fcx.sm, data);
      const note = error('').note(`an implementation of \`${traitName}\` might be missing for \`${lt}\``, head).build().children[0]!;
      d.child({ ...note, span: { primary: [head], labels: [{ span: head, label: `must implement \`${traitName}\`` }] } });
      if (isComparison(op)) {
        const derive = op === 'eq' || op === 'ne' ? 'PartialEq' : 'PartialEq, PartialOrd';
        const file = fcx.sm.lookupFile(data.itemSpan.lo);
        const rel = data.itemSpan.lo - file.startPos;
        const lineStart = file.src.lastIndexOf('\n', rel - 1) + 1;
        const at = { lo: file.startPos + lineStart, hi: file.startPos + lineStart, ctxt: 0 };
        d.suggest(`consider annotating \`${lt}\` with \`#[derive(${derive})]\``, [{ span: at, snippet: `#[derive(${derive})]\n` }], 'MaybeIncorrect', 'ShowAlways');
      } else {
        d.note(`the trait \`${traitName}\` must be implemented`, defs[trait]!.span);
      }
    } else {
      const args = `${traitName}${isComparison(op) && fcx.print(r) === lt ? '' : `<${rt}>`}`;
      // At the item's head (rustc's `def_span`), as for a local type.
      const at = defSpan(fcx.sm, data);
      const note = error('').note(`\`${lt}\` does not implement \`${args}\``, at).build().children[0]!;
      d.child({ ...note, span: { primary: [at], labels: [{ span: at, label: `\`${lt}\` is defined in another crate` }] } });
    }
  }
  fcx.report(d.build());
}

function guessHead(fcx: FnCtxt, s: import('../../syntax/source-map.js').Span) {
  const text = fcx.sm.snippet(s);
  const brace = text.indexOf('{');
  const head = (brace < 0 ? text : text.slice(0, brace)).trimEnd();
  if (head === '' || head.includes('\n')) return s;
  return { lo: s.lo, hi: s.lo + Buffer.byteLength(head), ctxt: s.ctxt };
}

function hasAnyImplForSelf(fcx: FnCtxt, trait: DefId, self: Ty): boolean {
  const idxs = fcx.ctx.sigs.traitImpls.get(trait) ?? [];
  for (const i of idxs) {
    const impl = fcx.ctx.sigs.impls[i]!;
    const ok = fcx.infcx.probe(() => {
      const args = fcx.fulfill.freshImplArgs(impl);
      const implSelf = impl.traitRef!.args[0]!;
      if (!isTy(implSelf)) return false;
      return fcx.infcx.unify(substTy(implSelf, args), self);
    });
    if (ok) return true;
  }
  // Where-clauses: `T: Add` in scope.
  for (const p of fcx.fulfill.elaboratedEnv()) {
    if (p.kind === 'trait' && p.trait === trait && fcx.infcx.probe(() => fcx.infcx.unify(p.args[0] as Ty, self))) return true;
  }
  return false;
}

import { subst as substTy } from '../ty/ty.js';

export function checkAssignOp(fcx: FnCtxt, x: A.Expr & { kind: 'assignOp' }): Ty {
  const lhs = checkExpr(fcx, x.lhs, NO_EXPECTATION);
  const l = fcx.shallow(lhs);
  const rhsExpect = isNumeric(l) || l.k === 'bool' ? expectHas(l) : NO_EXPECTATION;
  const rhs = checkExpr(fcx, x.rhs, isShift(x.op.kind) ? NO_EXPECTATION : rhsExpect);
  if (!isPlace(fcx, x.lhs)) {
    const d = error('invalid left-hand side of assignment', x.op.span).withCode('E0067').label(x.lhs.span, 'cannot assign to this expression');
    fcx.report(d.build());
  }
  // `s += &string`: the one impl for the left side (`AddAssign<&str> for String`) gives the
  // right operand's type, which it coerces to (`&String` → `&str`), as in `check_overloaded_binop`.
  const trait = isShift(x.op.kind) || l.k !== 'adt' ? undefined : fcx.ctx.sigs.lang.get(`${LANG_OF[x.op.kind]!}_assign`);
  const rhsTarget = trait !== undefined ? uniqueRhs(fcx, trait, l) : null;
  const coerced = rhsTarget && fcx.infcx.commitIf(() => coerce(fcx, rhs, rhsTarget)) ? rhsTarget : rhs;
  checkOverloaded(fcx, x, x.op.kind, lhs, coerced, true);
  return { k: 'tuple', elems: [] };
}

export function checkUnary(fcx: FnCtxt, x: A.Expr & { kind: 'unary' }, expect: Expectation): Ty {
  if (x.op === 'deref') {
    const e = onlyHasType(expect);
    const t = checkExpr(fcx, x.expr, e ? expectHas(mkRef(e)) : NO_EXPECTATION);
    const s = fcx.shallow(t);
    if (s.k === 'ref' || s.k === 'ptr') return s.ty;
    if (s.k === 'error') return ERROR;
    if (s.k === 'adt') {
      const target = overloadedDerefTarget(fcx, s);
      if (target) return target;
    }
    if (s.k === 'infer' && s.kind === 'ty') {
      fcx.report(msg.typeAnnotationsNeeded(x.expr.span).build());
      return ERROR;
    }
    fcx.report(msg.cannotBeDereferenced(fcx.print(s), x.span).label(x.span, "can't be dereferenced").build());
    return ERROR;
  }
  const t = checkExpr(fcx, x.expr, expect);
  const s = fcx.shallow(t);
  if (s.k === 'error') return ERROR;
  if (x.op === 'not') {
    if (s.k === 'bool' || isIntegral(s)) return s;
  } else if (isNumeric(s) && !(s.k === 'uint')) {
    return s;
  }
  const trait = fcx.ctx.sigs.lang.get(x.op === 'not' ? 'not' : 'neg');
  if (trait === undefined) return ERROR;
  const r = fcx.fulfill.evaluate(trait, [s]);
  if (r === 'no') {
    const opStr = x.op === 'not' ? '!' : '-';
    const d = error(`cannot apply unary operator \`${opStr}\` to type \`${operandTyText(fcx, x.expr, s)}\``, x.span).withCode('E0600').label(x.span, `cannot apply unary operator \`${opStr}\``);
    if (x.op === 'neg' && s.k === 'uint') {
      d.note('unsigned values cannot be negated');
      // `-1` of an unsigned type: rustc guesses the type's maximum was meant.
      if (x.expr.kind === 'lit' && x.expr.lit.kind === 'integer' && parseIntLit(x.expr.lit) === 1) {
        const ty = fcx.print(s);
        d.suggest(`you may have meant the maximum value of \`${ty}\``, [{ span: x.span, snippet: `${ty}::MAX` }], 'MaybeIncorrect', 'ShowAlways');
      }
    }
    fcx.report(d.build());
    return ERROR;
  }
  fcx.fulfill.register({ kind: 'trait', trait, args: [s], cause: { span: x.span, kind: 'misc' } });
  const out = fcx.assocItems(trait).find((a) => a.name === 'Output');
  if (!out) return ERROR;
  return fcx.normalize({ k: 'alias', trait, item: out.def, args: [s] }, x.span);
}

export { coerce };
