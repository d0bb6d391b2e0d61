/**
 * Calls, method calls and value paths (rustc's `callee.rs`, `method/confirm.rs`,
 * `instantiate_value_path`): what a path names as a value (locals, functions with fresh generic
 * arguments, constructors, constants, associated functions through the type), the callee's
 * signature, argument checking with expectations refined by the expected output (rustc's
 * `expected_inputs_for_expected_output`), argument count errors (E0061), bound errors pointed at
 * the argument that needs them, and method lookup errors (E0599).
 *
 * Owns: call and path typing. Must not: emit.
 */
import type * as A from '../../syntax/ast.js';
import type { Span } from '../../syntax/source-map.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import { hasSelfParam, type DefId } from '../defs.js';
import type { GenericArg, Ty } from '../ty/ty.js';
import { ERROR, NEVER, UNIT, isTy, mkAdt, mkRef, subst, substArgs, anyTy } from '../ty/ty.js';
import type { FnSig } from '../collect/types.js';
import type { FnCtxt, ObligationCause } from './fcx.js';
import { NO_EXPECTATION, expectHas, onlyHasType, type Expectation } from './expect.js';
import { checkExpr, markMutBorrow } from './expr.js';
import { coerce } from './coerce.js';
import { reportMismatch, addDefinedHereNote, addMismatchSuggestions, genericParams } from './errors.js';
import { probeMethod, probeAssoc } from './method.js';
import { reportUnsatisfiedBounds } from './unsatisfied.js';
import { typeck as msg } from '../../diagnostics/messages.js';
import { error, type DiagnosticBuilder } from '../../diagnostics/diagnostic.js';
import { lowerRes, lowerSegmentArgs } from '../ty/lower.js';
import { findBestMatchForName } from '../../syntax/parser/diagnostics.js';
import { defSpan, guessHeadSpan } from '../spans.js';
import { editDistanceWithSubstrings, findBestMatchForNameWithSubstrings } from '../edit.js';
import { autoderefSteps } from './coerce.js';

/** A value path instantiated: its type, and for items the def and the generic arguments. */
interface PathValue {
  readonly ty: Ty;
  readonly def: DefId | null;
  readonly args: readonly GenericArg[];
}

export function checkValuePath(fcx: FnCtxt, x: A.Expr & { kind: 'path' }, expect: Expectation): Ty {
  const v = instantiateValuePath(fcx, x, expect, true);
  if (v.def !== null) fcx.pathDefs.set(x.id, v.def);
  if (v.def !== null && v.args.length > 0) fcx.pathArgs.set(x.id, v.args);
  return v.ty;
}

/**
 * The type of a value path. `registerBounds`: register the item's where-clauses here (false when
 * the caller, a call, registers them pointing at its arguments).
 */
function instantiateValuePath(fcx: FnCtxt, x: A.Expr & { kind: 'path' }, expect: Expectation, registerBounds: boolean, call: (A.Expr & { kind: 'call' }) | null = null): PathValue {
  if (fcx.emitStashed(x.id)) return { ty: ERROR, def: null, args: [] };
  const r = fcx.ctx.resolutions.get(x.id);
  if (!r) return { ty: ERROR, def: null, args: [] };
  const res = r.res;
  const segs = x.path.segments;
  if (r.unresolved > 0 || x.qself) return typeRelativePath(fcx, x, registerBounds, call);
  // Where fresh variables come from (E0282's "type must be known at this point"): the call.
  const site = call && call.func === x ? call.span : x.span;
  switch (res.kind) {
    case 'local': {
      const t = fcx.locals.get(res.id);
      return { ty: t ?? ERROR, def: null, args: [] };
    }
    case 'err':
      return { ty: ERROR, def: null, args: [] };
    case 'selfCtor': {
      const selfTy = fcx.ctx.sigs.types[res.impl] ?? ERROR;
      if (selfTy.k !== 'adt') return { ty: ERROR, def: null, args: [] };
      const adt = fcx.ctx.sigs.adts[selfTy.def];
      const v = adt?.variants[0];
      if (!v || v.ctor === null) return { ty: ERROR, def: null, args: [] };
      if (v.ctorKind === 'const') return { ty: selfTy, def: null, args: [] };
      return { ty: { k: 'fnDef', def: v.ctor, args: selfTy.args }, def: v.ctor, args: selfTy.args };
    }
    case 'def':
      break;
    default:
      return { ty: ERROR, def: null, args: [] };
  }
  const def = res.def;
  const data = fcx.ctx.r.table.defs[def]!;
  const last = segs[segs.length - 1]!;
  switch (res.defKind) {
    case 'fn':
    case 'assocFn': {
      const args = fcx.freshArgs(def, site);
      applyTurbofish(fcx, def, last, args, x.span);
      if (res.defKind === 'assocFn') {
        // `Trait::method`: `Self` is inferred; the trait's params from the path's previous segment.
        const parent = data.parent!;
        if (fcx.ctx.r.table.defs[parent]!.kind === 'trait') {
          const traitArgs = args.slice(0, fcx.generics(parent).count);
          if (registerBounds) fcx.fulfill.register({ kind: 'trait', trait: parent, args: traitArgs, cause: { span: x.span, kind: 'misc' } });
        }
      }
      if (registerBounds) fcx.registerPredicates(def, args, { span: x.span, kind: 'misc', itemDef: def });
      return { ty: { k: 'fnDef', def, args }, def, args };
    }
    case 'ctor': {
      const owner = data.parent!;
      const ownerData = fcx.ctx.r.table.defs[owner]!;
      const adtDef = ownerData.kind === 'variant' ? ownerData.parent! : owner;
      // Generic arguments: on the struct segment, or on the enum's segment before the variant.
      let args: GenericArg[];
      const enumSeg = ownerData.kind === 'variant' ? segs[segs.length - 2] : last;
      if (enumSeg && enumSeg.args) args = lowerSegmentArgs(fcx.lowerCx, { owner: fcx.def }, adtDef, enumSeg, x.span, false);
      else if (ownerData.kind === 'variant' && last.args) args = lowerSegmentArgs(fcx.lowerCx, { owner: fcx.def }, adtDef, last, x.span, false);
      else args = fcx.freshArgs(adtDef, site);
      const node = ownerData.node as A.StructItem | A.Variant;
      if (node.data.kind === 'unit') return { ty: mkAdt(adtDef, args), def, args };
      return { ty: { k: 'fnDef', def, args }, def, args };
    }
    case 'const':
    case 'static':
    case 'assocConst': {
      const t = fcx.ctx.sigs.types[def] ?? ERROR;
      if (res.defKind === 'assocConst') {
        const args = fcx.freshArgs(def, site);
        return { ty: fcx.normalize(subst(t, args), x.span), def, args };
      }
      return { ty: t, def, args: [] };
    }
    case 'constParam': {
      const g = fcx.ctx.sigs.generics;
      void g;
      return { ty: constParamTy(fcx, def), def, args: [] };
    }
    case 'struct':
    case 'enum':
    case 'union':
    case 'tyAlias':
    case 'trait':
    case 'mod':
    case 'variant': {
      // A type used as a value: rustc's E0423 (reported by resolution for most cases).
      return { ty: ERROR, def: null, args: [] };
    }
    default:
      return { ty: ERROR, def: null, args: [] };
  }
  void expect;
}

function constParamTy(fcx: FnCtxt, def: DefId): Ty {
  const owner = fcx.ctx.r.table.defs[def]!.parent!;
  const g = fcx.ctx.sigs.generics[owner];
  const p = g?.params.find((pp) => pp.def === def);
  return p?.constTy ?? ERROR;
}

/** Turbofish arguments on the last segment (`parse::<i32>()`) replace the fresh own arguments. */
function applyTurbofish(fcx: FnCtxt, def: DefId, seg: A.PathSegment, args: GenericArg[], span: Span): void {
  if (!seg.args || seg.args.kind !== 'angle') return;
  const g = fcx.generics(def);
  const given = lowerSegmentArgs(fcx.lowerCx, { owner: fcx.def }, def, seg, span, false);
  g.params.forEach((p, i) => {
    const a = given[i];
    if (a !== undefined) {
      const cur = args[p.index];
      if (cur && isTy(cur) && isTy(a)) fcx.infcx.unify(cur, a);
      else args[p.index] = a;
    }
  });
}

/** `Type::item`: the type from the resolved prefix, then the associated item. */
function typeRelativePath(fcx: FnCtxt, x: A.Expr & { kind: 'path' }, registerBounds: boolean, call: (A.Expr & { kind: 'call' }) | null): PathValue {
  const r = fcx.ctx.resolutions.get(x.id)!;
  const segs = x.path.segments;
  let selfTy: Ty;
  let traitDef: DefId | null = null;
  if (x.qself) {
    selfTy = fcx.lowerTy(x.qself.ty);
    if (r.res.kind === 'def' && r.res.defKind === 'trait') traitDef = r.res.def;
  } else {
    const baseIndex = segs.length - r.unresolved - 1;
    const baseSeg = segs[baseIndex]!;
    if (r.res.kind === 'def' && r.res.defKind === 'trait') {
      traitDef = r.res.def;
      selfTy = fcx.infcx.newVar('ty', x.span);
    } else {
      selfTy = fcx.normalize(lowerRes(fcx.lowerCx, { owner: fcx.def }, r.res, baseSeg, call && call.func === x ? call.span : x.path.span), x.span);
      if (r.res.kind === 'def' && r.res.defKind === 'enum' && r.unresolved === 1) {
        // `Enum::Variant` that resolution did not find: E0599 below.
      }
    }
  }
  const name = segs[segs.length - 1]!;
  const module = fcx.ctx.methodScopes.get(x.id) ?? moduleOfBody(fcx);
  if (traitDef !== null) {
    const item = fcx.assocItems(traitDef).find((a) => a.name === name.ident.name && a.kind !== 'type');
    if (!item) return { ty: ERROR, def: null, args: [] };
    const args = fcx.freshArgs(item.def, x.span);
    args[0] = selfTy;
    const traitCount = fcx.generics(traitDef).count;
    if (registerBounds) fcx.fulfill.register({ kind: 'trait', trait: traitDef, args: args.slice(0, traitCount), cause: { span: x.span, kind: 'misc' } });
    const t = fcx.ctx.sigs.types[item.def];
    if (item.kind === 'const') return { ty: fcx.normalize(subst(t ?? ERROR, args), x.span), def: item.def, args };
    return { ty: { k: 'fnDef', def: item.def, args }, def: item.def, args };
  }
  const s = fcx.shallow(selfTy);
  if (s.k === 'error') return { ty: ERROR, def: null, args: [] };
  // Enum variants through a type alias or `Self`.
  if (s.k === 'adt') {
    const adt = fcx.ctx.sigs.adts[s.def];
    const v = adt?.kind === 'enum' ? adt.variants.find((vv) => vv.name === name.ident.name) : undefined;
    if (v && v.ctor !== null) {
      if (v.ctorKind === 'const') return { ty: s, def: v.ctor, args: s.args };
      return { ty: { k: 'fnDef', def: v.ctor, args: s.args }, def: v.ctor, args: s.args };
    }
    if (v) {
      reportStructVariantAsValue(fcx, x, v.fields.map((f) => f.name), call);
      return { ty: ERROR, def: null, args: [] };
    }
  }
  const found = probeAssoc(fcx, s, name.ident.name, module);
  if (!found) {
    reportNoAssocItem(fcx, s, name, x, call !== null && call.func === x);
    return { ty: ERROR, def: null, args: [] };
  }
  const g = fcx.generics(found.def);
  const args: GenericArg[] = [...found.parentArgs];
  for (const p of g.params) args[p.index] = p.kind === 'lifetime' ? { k: 'region', name: null } : p.kind === 'const' ? fcx.infcx.newConstVar() : fcx.infcx.newVar('ty', x.span);
  applyTurbofish(fcx, found.def, name, args, x.span);
  if (registerBounds) {
    if (found.impl) for (const p of found.impl.predicates) fcx.registerPredicate(p, args, { span: x.span, kind: 'misc' });
    if (found.trait !== null) fcx.fulfill.register({ kind: 'trait', trait: found.trait, args: args.slice(0, fcx.generics(found.trait).count), cause: { span: x.span, kind: 'misc' } });
    fcx.registerPredicates(found.def, args, { span: x.span, kind: 'misc', itemDef: found.def });
  }
  if (found.item.kind === 'const') return { ty: fcx.normalize(subst(fcx.ctx.sigs.types[found.def] ?? ERROR, args), x.span), def: found.def, args };
  return { ty: { k: 'fnDef', def: found.def, args }, def: found.def, args };
}

/**
 * rustc's `report_invalid_callee` (E0618): "expected function, found `i32`", the call labelled
 * "call expression requires function", the callee's definition or binding labelled, and for a
 * unit struct or variant called with no arguments the suggestion to drop the parentheses.
 */
function reportInvalidCallee(fcx: FnCtxt, x: A.Expr & { kind: 'call' }, calleeTy: Ty): void {
  const r = x.func.kind === 'path' && !x.func.qself ? fcx.ctx.resolutions.get(x.func.id) : undefined;
  const res = r && r.unresolved === 0 ? r.res : null;
  const defs = fcx.ctx.r.table.defs;
  let unit: { kind: string; path: string } | null = null;
  if (res && res.kind === 'def' && res.defKind === 'ctor' && x.args.length === 0 && x.span.ctxt === x.func.span.ctxt) {
    const owner = defs[defs[res.def]!.parent!]!;
    const node = owner.node as A.StructItem | A.Variant | null;
    if (node && node.data.kind === 'unit' && x.func.kind === 'path') unit = { kind: owner.kind === 'variant' ? 'enum variant' : 'struct', path: x.func.path.segments.map((sg) => sg.ident.name).join('::') };
  }
  const found = unit ? `${unit.kind} \`${unit.path}\`` : `\`${sortStringPlain(fcx, calleeTy)}\``;
  const d = error(`expected function, found ${found}`, x.func.span).withCode('E0618');
  d.label(x.span, 'call expression requires function');
  if (res && res.kind === 'local') {
    const pat = fcx.patNodes.get(res.id);
    if (pat && pat.kind === 'ident') d.label(pat.ident.span, `\`${pat.ident.name}\` has type \`${fcx.print(fcx.resolve(calleeTy))}\``);
  } else if (res && res.kind === 'def') {
    let def = res.def;
    if (res.defKind === 'ctor') def = defs[def]!.parent!;
    const data = defs[def]!;
    if (!data.isStd) {
      const name = data.kind === 'variant' ? `${defs[data.parent!]!.name}::${data.name}` : data.name;
      const span = defSpan(fcx.sm, data);
      d.label(span, unit ? `${unit.kind} \`${unit.path}\` defined here` : `\`${name}\` defined here`);
    }
  }
  if (unit) d.suggest(`\`${unit.path}\` is a unit ${unit.kind}, and does not take parentheses to be constructed`, [{ span: mkSpan(x.func.span.hi, x.span.hi), snippet: '' }], 'MachineApplicable', 'ShowAlways');
  fcx.report(d.build());
}

/** rustc's `report_unexpected_variant_res` for a struct variant used as a value (E0533). */
function reportStructVariantAsValue(fcx: FnCtxt, x: A.Expr & { kind: 'path' }, fields: readonly string[], call: (A.Expr & { kind: 'call' }) | null): void {
  const pathStr = x.path.segments.map((s) => s.ident.name).join('::');
  const d = error(`expected value, found struct variant \`${pathStr}\``, x.span).withCode('E0533').label(x.span, 'not a value');
  const sugg = ` { ${fields.map((f) => `${f}: /* value */`).join(', ')} }`;
  const at = call && call.func === x ? mkSpan(x.span.hi, call.span.hi) : mkSpan(x.span.hi, x.span.hi);
  d.suggest('you might have meant to create a new value of the struct', [{ span: at, snippet: sugg }], 'HasPlaceholders', 'ShowAlways');
  fcx.report(d.build());
}

function moduleOfBody(fcx: FnCtxt): import('../resolve/types.js').ModuleIndex | null {
  let cur: DefId | null = fcx.def;
  while (cur !== null) {
    const m = fcx.ctx.r.moduleOfDef.get(cur);
    if (m !== undefined && fcx.ctx.r.table.defs[cur]!.kind === 'mod') return m;
    cur = fcx.ctx.r.table.defs[cur]!.parent;
  }
  return null;
}

function adtKindWord(fcx: FnCtxt, t: Ty): string {
  if (t.k === 'adt') {
    const k = fcx.ctx.r.table.defs[t.def]!.kind;
    return k === 'enum' ? 'enum' : k === 'union' ? 'union' : 'struct';
  }
  if (t.k === 'param') return 'type parameter';
  return 'type';
}

function reportNoAssocItem(fcx: FnCtxt, self: Ty, seg: A.PathSegment, x: A.Expr & { kind: 'path' }, isCall: boolean): void {
  const isEnum = self.k === 'adt' && fcx.ctx.r.table.defs[self.def]!.kind === 'enum';
  const what = isEnum ? 'variant or associated item' : 'function or associated item';
  const kind = adtKindWord(fcx, self);
  const withParams = self.k === 'adt' ? fcx.print(mkAdt(self.def, identityArgsOf(fcx, self.def))) : fcx.print(self);
  const d = error(`no ${what} named \`${seg.ident.name}\` found for ${kind} \`${withParams}\` in the current scope`, seg.ident.span).withCode('E0599');
  if (self.k === 'adt' && !fcx.ctx.r.table.defs[self.def]!.isStd) {
    const data = fcx.ctx.r.table.defs[self.def]!;
    d.label(defSpan(fcx.sm, data), `${what} \`${seg.ident.name}\` not found for this ${kind}`);
  }
  d.label(seg.ident.span, `${what} not found in \`${fcx.print(self)}\``);
  if (isEnum && self.k === 'adt') {
    const adt = fcx.ctx.sigs.adts[self.def];
    const best = adt ? findBestMatchForName(adt.variants.map((v) => v.name), seg.ident.name, null) : null;
    if (best) d.suggest('there is a variant with a similar name', [{ span: seg.ident.span, snippet: best }], 'MaybeIncorrect', 'ShowAlways');
  }
  void x;
  if (isCall) findBuilderFn(fcx, d, self);
  fcx.report(d.build());
}

/** rustc's `find_builder_fn`: associated functions returning `Self`, `Option<Self>` or `Result<Self, _>`. */
function findBuilderFn(fcx: FnCtxt, d: DiagnosticBuilder, rcvr: Ty): void {
  if (rcvr.k !== 'adt') return;
  const defs = fcx.ctx.r.table.defs;
  const lang = fcx.ctx.sigs.lang;
  const items: { def: DefId; ret: Ty }[] = [];
  for (const i of fcx.ctx.sigs.inherentImpls.get(`adt:${rcvr.def}`) ?? []) {
    const impl = fcx.ctx.sigs.impls[i]!;
    if (impl.def === null) continue;
    for (const a of fcx.assocItems(impl.def)) {
      if (a.kind !== 'fn' || a.hasSelf) continue;
      const sig = fcx.ctx.sigs.fnSigs[a.def];
      if (!sig) continue;
      const ret = sig.output;
      if (ret.k !== 'adt') continue;
      const selfLike = (t: Ty) => t.k === 'adt' && t.def === rcvr.def;
      if (selfLike(ret) || ((ret.def === lang.get('Option') || ret.def === lang.get('Result')) && ret.args[0] && isTy(ret.args[0]) && selfLike(ret.args[0] as Ty))) items.push({ def: a.def, ret });
    }
  }
  if (items.length === 0) return;
  const r = fcx.print(rcvr);
  const adtPath: string[] = [];
  for (let cur: DefId | null = rcvr.def; cur !== null && defs[cur]!.parent !== null; cur = defs[cur]!.parent) adtPath.unshift(defs[cur]!.name);
  const path = (def: DefId) => `${adtPath.join('::')}::${defs[def]!.name}`;
  const spanOf = (def: DefId) => guessHeadSpan(fcx.sm, defs[def]!.itemSpan);
  if (items.length === 1) {
    const it = items[0]!;
    d.note(`if you're trying to build a new \`${r}\`, consider using \`${path(it.def)}\` which returns \`${fcx.print(it.ret)}\``, spanOf(it.def));
  } else {
    const post = items.length > 5 ? `\nand ${items.length - 4} others` : '';
    const shown = items.length > 5 ? items.slice(0, 4) : items;
    d.note(`if you're trying to build a new \`${r}\` consider using one of the following associated functions:\n${shown.map((it) => path(it.def)).join('\n')}${post}`, { primary: shown.map((it) => spanOf(it.def)), labels: [] });
  }
}

function identityArgsOf(fcx: FnCtxt, def: DefId): GenericArg[] {
  return fcx.identityArgs(def).map((a) => (isTy(a) ? fcx.infcx.newVar('ty', fcx.ctx.r.table.defs[def]!.span) && a : a));
}

// -- calls --------------------------------------------------------------------------------------------

export function checkCall(fcx: FnCtxt, x: A.Expr & { kind: 'call' }, expect: Expectation): Ty {
  let pv: PathValue | null = null;
  let calleeTy: Ty;
  if (x.func.kind === 'path') {
    pv = instantiateValuePath(fcx, x.func, NO_EXPECTATION, false, x);
    if (pv.def !== null) fcx.pathDefs.set(x.func.id, pv.def);
    calleeTy = pv.ty;
    fcx.recordExpr(x.func.id, calleeTy);
  } else {
    calleeTy = checkExpr(fcx, x.func, NO_EXPECTATION);
  }
  const c = calleeThroughRefs(fcx, fcx.shallow(calleeTy));
  let sig: FnSig | null = null;
  let def: DefId | null = null;
  let args: readonly GenericArg[] = [];
  if (c.k === 'fnDef') {
    def = c.def;
    args = c.args;
    const s = fcx.ctx.sigs.fnSigs[c.def];
    if (s) sig = { inputs: s.inputs.map((i) => fcx.normalize(subst(i, c.args), x.span)), output: fcx.normalize(subst(s.output, c.args), x.span), cVariadic: s.cVariadic };
  } else if (c.k === 'fnPtr' || c.k === 'closure' || c.k === 'opaque') {
    sig = { inputs: c.inputs, output: c.output, cVariadic: false };
  } else if (c.k === 'error') {
    for (const a of x.args) checkExpr(fcx, a, NO_EXPECTATION);
    return ERROR;
  } else if (c.k === 'infer') {
    const s = fcx.fulfill.closureSigFor(c);
    if (s) sig = { inputs: s.inputs, output: s.output ?? fcx.infcx.newVar('ty', x.span), cVariadic: false };
  } else if (c.k === 'param') {
    const s = fcx.fulfill.paramFnSig(c);
    if (s) sig = { inputs: s.inputs, output: s.output, cVariadic: false };
  }
  if (!sig) {
    for (const a of x.args) checkExpr(fcx, a, NO_EXPECTATION);
    reportInvalidCallee(fcx, x, c);
    return ERROR;
  }
  const isMethodish = def !== null && fcx.ctx.r.table.defs[def]!.kind === 'assocFn';
  if (def !== null) registerCallBounds(fcx, def, args, sig, x.args, x.func.span);
  // The callee's name when it is a path the resolver settled (rustc's `QPath::Resolved`).
  const calleeRes = x.func.kind === 'path' && !x.func.qself ? fcx.ctx.resolutions.get(x.func.id) : undefined;
  const calleeName = x.func.kind === 'path' && calleeRes && calleeRes.unresolved === 0 && calleeRes.res.kind === 'def' ? x.func.path.segments[x.func.path.segments.length - 1]!.ident.name : null;
  checkArgs(fcx, x.span, x.func.span, sig, x.args, def, expect, false, calleeName);
  fcx.fulfill.selectWherePossible();
  if (fcx.shallow(sig.output).k === 'never') fcx.diverges = { kind: 'always', span: x.span, customNote: null };
  return sig.output;
}

/** `f(x)` with `f: &mut F` (`F: FnMut`) or `&F`: the call goes through the reference (rustc autoderefs the callee). */
function calleeThroughRefs(fcx: FnCtxt, c: Ty): Ty {
  while (c.k === 'ref') {
    const inner = fcx.shallow(c.ty);
    if (inner.k !== 'param' && inner.k !== 'closure' && inner.k !== 'fnPtr' && inner.k !== 'fnDef') return c;
    c = inner;
  }
  return c;
}

function sortStringPlain(fcx: FnCtxt, t: Ty): string {
  return fcx.print(t);
}

/**
 * The callee's where-clauses, each pointed at the argument whose type mentions the bound
 * parameter (rustc's `adjust_fulfillment_error_for_expr_obligation`), else at the call.
 */
function registerCallBounds(fcx: FnCtxt, def: DefId, args: readonly GenericArg[], sig: FnSig, argExprs: readonly A.Expr[], calleeSpan: Span): void {
  const formal = fcx.ctx.sigs.fnSigs[def];
  const data = fcx.ctx.r.table.defs[def]!;
  if (data.kind === 'assocFn' && fcx.ctx.r.table.defs[data.parent!]!.kind === 'trait') {
    const trait = data.parent!;
    fcx.fulfill.register({ kind: 'trait', trait, args: args.slice(0, fcx.generics(trait).count), cause: { span: calleeSpan, kind: 'misc' } });
  }
  const preds = fcx.ctx.sigs.predicates[def] ?? [];
  for (const p of preds) {
    let span = calleeSpan;
    let kind: ObligationCause['kind'] = 'misc';
    const self = p.args[0];
    if (formal && self && isTy(self) && self.k === 'param') {
      const idx = formal.inputs.findIndex((t) => anyTy(t, (y) => y.k === 'param' && y.index === self.index));
      const argE = argExprs[idx];
      if (idx >= 0 && argE) {
        span = argE.span;
        kind = 'callArg';
      }
    }
    fcx.registerPredicate(p, args, { span, kind, callSpan: calleeSpan, itemDef: def });
  }
  void sig;
}

/**
 * Checks call arguments against the signature's inputs. Expected types flow from the expected
 * output into the inputs (rustc's `expected_inputs_for_expected_output`) and are the coercion
 * targets. Count mismatches are E0061; type mismatches E0308 ("arguments to this function are
 * incorrect"), one diagnostic for the whole call.
 */
export function checkArgs(fcx: FnCtxt, callSpan: Span, calleeSpan: Span, sig: FnSig, args: readonly A.Expr[], def: DefId | null, expect: Expectation, isMethod: boolean, calleeName: string | null): void {
  const inputs = sig.inputs;
  const expectedInputs = expectedInputsForOutput(fcx, sig, expect);
  if (args.length !== inputs.length && !sig.cVariadic) {
    for (const a of args) checkExpr(fcx, a, NO_EXPECTATION);
    reportArgCount(fcx, callSpan, calleeSpan, inputs, args, def, isMethod);
    return;
  }
  const mismatches: { index: number; expected: Ty; found: Ty; expr: A.Expr }[] = [];
  const expectedTys: Ty[] = inputs.map((f) => f);
  // Closures last, as rustc, so that the other arguments constrain their signatures first.
  const order = args.map((_, i) => i).sort((a, b) => Number(args[a]!.kind === 'closure') - Number(args[b]!.kind === 'closure'));
  let closuresReached = false;
  for (const i of order) {
    const a = args[i]!;
    if (a.kind === 'closure' && !closuresReached) {
      closuresReached = true;
      // As rustc's `check_argument_types`: obligations are selected before the closures are
      // checked, so that a projection in their expected signature (`&<Map<I, F> as
      // Iterator>::Item`, known once `F`'s closure is) is resolved.
      fcx.fulfill.selectWherePossible();
    }
    const formal = inputs[i] ?? ERROR;
    const expected = rvalueHint(fcx, expectedInputs?.[i]) ?? formal;
    expectedTys[i] = expected;
    const t = checkExpr(fcx, a, expectHas(expected));
    if (!coerce(fcx, t, expected)) {
      mismatches.push({ index: i, expected, found: t, expr: a });
      continue;
    }
    if (expected !== formal) fcx.infcx.unify(formal, expected);
  }
  if (mismatches.length === 1) {
    const m = mismatches[0]!;
    reportMismatch(fcx, m.expr.span, m.expected, m.found, { kind: 'arg', calleeSpan, def, index: m.index, isMethod, call: calleeName === null ? null : { span: callSpan, name: calleeName }, args: { spans: args.map((a) => a.span), expected: expectedTys } }, m.expr);
  } else if (mismatches.length > 1) {
    const d = msg.argumentsIncorrect(fcx.ctx.r.table.defs[def ?? 0]?.kind === 'assocFn' || isMethod ? 'method' : 'function', calleeSpan);
    for (const m of mismatches) d.label(m.expr.span, `expected \`${fcx.print(m.expected)}\`, found \`${fcx.print(m.found)}\``);
    const generic = def !== null ? genericParams(fcx, def, isMethod, mismatches.map((m) => m.index), { spans: args.map((a) => a.span), expected: expectedTys }) : null;
    if (generic) for (const l of generic.argLabels) d.label(l.span, l.label);
    if (def !== null) addDefinedHereNote(fcx, d, def, mismatches.map((m) => m.index), isMethod, generic?.noteLabels);
    for (const m of mismatches) addMismatchSuggestions(fcx, d, m.expr.span, fcx.resolve(m.expected), fcx.resolve(m.found), m.expr);
    fcx.report(d.build());
  }
}

/**
 * An expected argument type that is unsized (`dyn Trait`, `str`, `[T]`, from `Box::new(x)`
 * expected to be a `Box<dyn Trait>`) is only a hint, so the argument keeps its own type and the
 * call's result coerces afterwards (rustc's `Expectation::rvalue_hint`).
 */
function rvalueHint(fcx: FnCtxt, t: Ty | undefined): Ty | null {
  if (t === undefined) return null;
  const s = fcx.shallow(t);
  return s.k === 'dyn' || s.k === 'str' || s.k === 'slice' ? null : t;
}

function expectedInputsForOutput(fcx: FnCtxt, sig: FnSig, expect: Expectation): Ty[] | null {
  const e = onlyHasType(expect);
  if (!e) return null;
  const es = fcx.shallow(e);
  if (es.k === 'infer') return null;
  return fcx.infcx.probe(() => {
    if (!fcx.infcx.unify(sig.output, e)) return null;
    return sig.inputs.map((i) => fcx.resolve(i));
  });
}

function reportArgCount(fcx: FnCtxt, callSpan: Span, calleeSpan: Span, inputs: readonly Ty[], args: readonly A.Expr[], def: DefId | null, isMethod: boolean): void {
  const expected = inputs.length;
  const supplied = args.length;
  const defData = def !== null ? fcx.ctx.r.table.defs[def]! : null;
  const ctorOf = defData && defData.kind === 'ctor' ? fcx.ctx.r.table.defs[defData.parent!]! : null;
  const kind = isMethod ? 'method' : ctorOf ? (ctorOf.kind === 'variant' ? 'enum variant' : 'struct') : 'function';
  const d = error(`this ${kind} takes ${expected} argument${expected === 1 ? '' : 's'} but ${supplied} argument${supplied === 1 ? ' was' : 's were'} supplied`, calleeSpan).withCode('E0061');
  if (supplied > expected) {
    // Extra arguments at the end (numbered when more than one was supplied).
    for (let i = expected; i < supplied; i++) {
      const a = args[i]!;
      d.label(a.span, `unexpected argument${supplied > 1 ? ` #${i + 1}` : ''} of type \`${fcx.print(fcx.exprTypes.get(a.id) ?? ERROR, { regions: true })}\``);
    }
    if (def !== null) addDefinedHereNote(fcx, d, def, null, isMethod);
    const first = args[expected]!;
    const prevEnd = expected > 0 ? args[expected - 1]!.span.hi : first.span.lo;
    const removeSpan = mkSpan(prevEnd, args[supplied - 1]!.span.hi);
    const plural = supplied - expected > 1 ? 's' : '';
    d.suggest(`remove the extra argument${plural}`, [{ span: removeSpan, snippet: '' }], 'MaybeIncorrect', 'ShowAlways');
  } else {
    const missing = inputs.slice(supplied);
    // A type rustc cannot write into code (an integer variable, `impl Fn`) gives the parameter's
    // name as the placeholder; an unnameable one is also left out of the label.
    const resolved = missing.map((t) => fcx.resolve(t));
    const unnameable = (t: Ty) => anyTy(t, (y) => y.k === 'error' || y.k === 'opaque' || y.k === 'closure' || (y.k === 'infer' && y.kind === 'ty'));
    const suggestable = (t: Ty) => !unnameable(t) && !anyTy(t, (y) => y.k === 'infer');
    const names = missing.map((t, i) => (unnameable(resolved[i]!) ? `argument #${supplied + i + 1}` : `argument #${supplied + i + 1} of type \`${fcx.print(t)}\``));
    const tys = missing.map((t) => `\`${fcx.print(t)}\``);
    const text =
      missing.length === 1
        ? `${names[0]} is missing`
        : missing.length === 2
          ? resolved.some(unnameable) ? 'two arguments are missing' : `two arguments of type ${tys[0]} and ${tys[1]} are missing`
          : missing.length === 3
            ? resolved.some(unnameable) ? 'three arguments are missing' : `three arguments of type ${tys[0]}, ${tys[1]}, and ${tys[2]} are missing`
            : 'multiple arguments are missing';
    d.label(argsParenSpan(fcx, callSpan, args), text);
    if (def !== null) addDefinedHereNote(fcx, d, def, missing.map((_, i) => supplied + i), isMethod);
    const placeholder = (t: Ty, i: number) => (suggestable(t) ? fcx.print(t) : (def !== null ? paramName(fcx, def, supplied + i, isMethod) : null) ?? 'value');
    const allArgs = [...args.map((a) => fcx.sm.snippet(a.span)), ...resolved.map((t, i) => `/* ${placeholder(t, i)} */`)];
    const paren = argsParenSpan(fcx, callSpan, args);
    d.suggest(missing.length === 1 ? 'provide the argument' : 'provide the arguments', [{ span: paren, snippet: `(${allArgs.join(', ')})` }], 'HasPlaceholders', 'ShowAlways');
  }
  fcx.report(d.build());
}

/** The name of a fn's `index`th argument (after `self` for a method call), if it is a plain binding. */
function paramName(fcx: FnCtxt, def: DefId, index: number, isMethod: boolean): string | null {
  const data = fcx.ctx.r.table.defs[def]!;
  const node = data.node as A.FnItem | null;
  if (!node || node.kind !== 'fn') return null;
  const p = node.sig.decl.inputs[index + (isMethod && hasSelfParam(data) ? 1 : 0)];
  return p && p.pat.kind === 'ident' ? p.pat.ident.name : null;
}

/** The `(...)` of a call (from the end of the callee to the end of the call). */
function argsParenSpan(fcx: FnCtxt, callSpan: Span, args: readonly A.Expr[]): Span {
  const text = fcx.sm.snippet(callSpan);
  // The last top-level `(`: the call's parentheses are at the end of the call expression.
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === ')') depth++;
    else if (ch === '(') {
      depth--;
      if (depth === 0) return mkSpan(callSpan.lo + Buffer.byteLength(text.slice(0, i)), callSpan.hi);
    }
  }
  void args;
  return callSpan;
}

// -- method calls -------------------------------------------------------------------------------------

export function checkMethodCall(fcx: FnCtxt, x: A.Expr & { kind: 'methodCall' }, expect: Expectation): Ty {
  const rcvr = checkExpr(fcx, x.receiver, NO_EXPECTATION);
  fcx.fulfill.selectWherePossible();
  let r = fcx.shallow(rcvr);
  if (r.k === 'infer' && r.kind === 'ty') {
    fcx.fulfill.selectWherePossible();
    r = fcx.shallow(rcvr);
  }
  if (r.k === 'error') {
    for (const a of x.args) checkExpr(fcx, a, NO_EXPECTATION);
    return ERROR;
  }
  if (r.k === 'infer' && r.kind === 'ty') {
    const d = msg.typeAnnotationsNeeded(x.receiver.span);
    fcx.report(d.build());
    for (const a of x.args) checkExpr(fcx, a, NO_EXPECTATION);
    return ERROR;
  }
  const name = x.seg.ident.name;
  const module = fcx.ctx.methodScopes.get(x.id) ?? null;
  const probe = probeMethod(fcx, r, name, module);
  const pick = probe.pick;
  if (!pick) {
    for (const a of x.args) checkExpr(fcx, a, NO_EXPECTATION);
    if (probe.privateMatch !== undefined) {
      const ident = x.seg.ident.span;
      const d = error(`method \`${name}\` is private`, ident).withCode('E0624').label(ident, 'private method');
      d.label(defSpan(fcx.sm, fcx.ctx.r.table.defs[probe.privateMatch]!), 'private method defined here');
      suggestUnwrappingInnerSelf(fcx, d, r, x);
      fcx.report(d.build());
    } else if (probe.unsatisfied.length > 0 && fcx.shallow(r).k !== 'param') {
      reportUnsatisfiedBounds(fcx, r, x, probe.unsatisfied, { kind: rcvrPrefix(fcx, r), similar: similarMethod(fcx, r, name, x) !== null });
    } else reportNoMethod(fcx, r, x, probe.outOfScope);
    return ERROR;
  }
  fcx.methodDefs.set(x.id, pick.def);
  if (pick.autoref === 'mut') markMutBorrow(fcx, x.receiver);
  else if (pick.autoref === null && pick.autoderefs === 0) {
    const recv = fcx.shallow(pick.adjustedReceiver);
    const self = fcx.ctx.sigs.fnSigs[pick.def]?.inputs[0];
    if (recv.k === 'ref' && recv.mut && self && self.k === 'ref' && self.mut) fcx.mutReborrows.add(x.receiver.id);
  }
  // Receiver adjustments are done; the method's own generics get fresh variables.
  const g = fcx.generics(pick.def);
  const args: GenericArg[] = [...pick.parentArgs];
  for (const p of g.params) args[p.index] = p.kind === 'lifetime' ? { k: 'region', name: null } : p.kind === 'const' ? fcx.infcx.newConstVar() : fcx.infcx.newVar('ty', x.span);
  applyTurbofish(fcx, pick.def, x.seg, args, x.span);
  fcx.methodArgs.set(x.id, args);
  const formal = fcx.ctx.sigs.fnSigs[pick.def];
  if (!formal) return ERROR;
  const inputs = formal.inputs.map((i) => fcx.normalize(subst(i, args), x.span));
  const output = fcx.normalize(subst(formal.output, args), x.span);
  if (pick.trait !== null) fcx.fulfill.register({ kind: 'trait', trait: pick.trait, args: args.slice(0, fcx.generics(pick.trait).count), cause: { span: x.seg.ident.span, kind: 'methodReceiver' } });
  if (pick.impl) for (const p of pick.impl.predicates) fcx.registerPredicate(p, args, { span: x.seg.ident.span, kind: 'misc' });
  const sig: FnSig = { inputs: inputs.slice(1), output, cVariadic: false };
  // The method's where-clauses are registered before the arguments are checked (as rustc's
  // `confirm_method`), so that a closure argument's signature can be deduced from them.
  const ownPreds = (fcx.ctx.sigs.predicates[pick.def] ?? []).slice((pick.impl ? 0 : 0));
  const parentPredCount = pick.trait !== null ? (fcx.ctx.sigs.predicates[pick.trait] ?? []).length : 0;
  for (const p of ownPreds.slice(parentPredCount)) {
    let span = x.seg.ident.span;
    let kind: ObligationCause['kind'] = 'misc';
    const self = p.args[0];
    // Only a parameter of the method itself is blamed on an argument; one of its impl's (the
    // receiver's, as `T` in `<[T]>::contains`) stays on the method's name (rustc's
    // `adjust_fulfillment_error_for_expr_obligation`).
    if (self && isTy(self) && self.k === 'param' && self.index >= g.parentCount) {
      const idx = formal.inputs.slice(1).findIndex((t) => anyTy(t, (y) => y.k === 'param' && y.index === self.index));
      const argE = x.args[idx];
      if (idx >= 0 && argE) {
        span = argE.span;
        kind = 'callArg';
      }
    }
    fcx.registerPredicate(p, args, { span, kind, callSpan: x.seg.ident.span, itemDef: pick.def });
  }
  checkArgs(fcx, x.span, x.seg.ident.span, sig, x.args, pick.def, expect, true, x.seg.ident.name);
  fcx.fulfill.selectWherePossible();
  if (fcx.shallow(output).k === 'never') fcx.diverges = { kind: 'always', span: x.span, customNote: null };
  void substArgs;
  void mkRef;
  return output;
}

/**
 * rustc's `report_no_match_method_error` for a method call: the receiver's type (a generic ADT
 * without such an item and without `Deref` is shown with its parameters, `Option<T>`), the
 * definition labelled, "field, not a method", a similar method (with the substring-favouring
 * distance; "but with different arguments" pointing at it), traits not in scope, and otherwise
 * "method not found in `T`".
 */
function reportNoMethod(fcx: FnCtxt, r: Ty, x: A.Expr & { kind: 'methodCall' }, outOfScope: readonly DefId[]): void {
  const name = x.seg.ident.name;
  const span = x.seg.ident.span;
  const defs = fcx.ctx.r.table.defs;
  const kind = rcvrPrefix(fcx, r);
  const tyStr = fcx.print(r, { regions: true });
  let msgTy = tyStr;
  if (r.k === 'adt' && r.args.length > 0 && autoderefSteps(fcx, r).length <= 1 && !inherentItemNamed(fcx, r.def, name)) msgTy = fcx.print(mkAdt(r.def, fcx.identityArgs(r.def)));
  const d: DiagnosticBuilder = msg.noMethod(name, kind, msgTy, span);
  if (r.k === 'adt' && !defs[r.def]!.isStd) {
    const data = defs[r.def]!;
    // rustc's `def_span`: the head up to the name and generics (`pub struct Pair<T>`, no fields).
    d.label(defSpan(fcx.sm, data), `method \`${name}\` not found for this ${kind}`);
  }
  let customLabel = false;
  // A field of that name.
  const adt = r.k === 'adt' ? fcx.ctx.sigs.adts[r.def] : undefined;
  const field = adt && adt.kind !== 'enum' ? adt.variants[0]!.fields.find((f) => f.name === name) : undefined;
  if (field) {
    d.label(span, 'field, not a method');
    customLabel = true;
    if (x.args.length === 0) d.suggest('remove the arguments', [{ span: x.argsSpan, snippet: '' }], 'MachineApplicable', 'ShowCode');
  }
  let similar = outOfScope.length === 0 && !field ? similarMethod(fcx, r, name, x) : null;
  if (!customLabel && !similar) d.label(span, msg.methodNotFoundIn(tyStr));
  suggestUnwrappingInnerSelf(fcx, d, r, x);
  const confusable = confusableMethod(fcx, r, name, x);
  if (similar && confusable && similar.name === confusable.name) similar = null;
  if (outOfScope.length > 0) {
    d.help('items from traits can only be used if the trait is in scope');
    const t = outOfScope[0]!;
    const path = stdPathOf(fcx, t);
    d.suggest(`trait \`${defs[t]!.name}\` which provides \`${name}\` is implemented but not in scope; perhaps you want to import it`, [{ span: mkSpan(1, 1), snippet: `use ${path};\n` }], 'MaybeIncorrect', 'ShowAlways');
  } else if (similar) {
    const inputs = fcx.ctx.sigs.fnSigs[similar.def]?.inputs.length ?? 0;
    const data = defs[similar.def]!;
    if (inputs - 1 !== x.args.length) {
      const at = guessHeadSpan(fcx.sm, data.itemSpan);
      d.help(`there is a method \`${similar.name}\` with a similar name, but with different arguments`, at);
    } else {
      d.suggest(msg.similarMethod(similar.name), [{ span, snippet: similar.name }], 'MaybeIncorrect', 'ShowAlways');
    }
  }
  if (confusable) {
    if (confusable.argsMatch) d.suggest(`you might have meant to use \`${confusable.name}\``, [{ span, snippet: confusable.name }], 'MaybeIncorrect', 'ShowAlways');
    else d.note(`you might have meant to use method \`${confusable.name}\``, defs[confusable.def]!.span);
  }
  fcx.report(d.build());
}

/**
 * rustc's `suggest_unwrapping_inner_self`: a method missing on an enum that exactly one of its
 * one-field variants' payload has (`Option<String>` and `push_str`): "the method exists on the
 * type `String`", and for `Option`/`Result` the `?` (when the fn returns the same kind) or
 * `.expect("REASON")` after the receiver; on a `RefCell` whose content has it, `.borrow()` or
 * `.borrow_mut()` as the method takes `&self` or `&mut self`.
 */
function suggestUnwrappingInnerSelf(fcx: FnCtxt, d: DiagnosticBuilder, r: Ty, x: A.Expr & { kind: 'methodCall' }): void {
  const t = fcx.shallow(r);
  const adt = t.k === 'adt' ? fcx.ctx.sigs.adts[t.def] : undefined;
  if (!adt || t.k !== 'adt') return;
  const name = x.seg.ident.name;
  const module = fcx.ctx.methodScopes.get(x.id) ?? null;
  const at = mkSpan(x.receiver.span.hi, x.receiver.span.hi, x.receiver.span.ctxt);
  if (adt.kind !== 'enum') {
    // A wrapper whose first parameter has the method: of std's, `RefCell` (borrowed to call it).
    const first = t.args[0];
    if (t.def !== fcx.ctx.sigs.lang.get('RefCell') || !first || !isTy(first)) return;
    const inner = fcx.resolve(first);
    const pick = fcx.infcx.probe(() => probeMethod(fcx, inner, name, module).pick);
    if (!pick || pick.autoref === null) return;
    const [call, verb, panicsIf] = pick.autoref === 'mut' ? ['.borrow_mut()', 'mutably borrow', 'any borrows exist'] : ['.borrow()', 'borrow', 'a mutable borrow exists'];
    d.suggest(`use \`${call}\` to ${verb} the \`${fcx.print(inner)}\`, panicking if ${panicsIf}`, [{ span: at, snippet: call }], 'MaybeIncorrect', 'ShowAlways');
    d.note(`the method \`${name}\` exists on the type \`${fcx.print(inner)}\``, defSpan(fcx.sm, fcx.ctx.r.table.defs[pick.def]!));
    return;
  }
  const matches: { ty: Ty; def: DefId }[] = [];
  for (const v of adt.variants) {
    if (v.fields.length !== 1) continue;
    const fty = fcx.resolve(fcx.normalize(subst(v.fields[0]!.ty, t.args), null));
    if (fty.k === 'infer' && fty.kind === 'ty') continue;
    const pick = fcx.infcx.probe(() => probeMethod(fcx, fty, name, module).pick);
    if (pick) matches.push({ ty: fty, def: pick.def });
  }
  if (matches.length !== 1) return;
  const { ty, def } = matches[0]!;
  const lang = fcx.ctx.sigs.lang;
  const kind = t.def === lang.get('Result') ? (['a', 'Result', 'Err'] as const) : t.def === lang.get('Option') ? (['an', 'Option', 'None'] as const) : null;
  d.note(`the method \`${name}\` exists on the type \`${fcx.print(ty)}\``, defSpan(fcx.sm, fcx.ctx.r.table.defs[def]!));
  if (!kind) return;
  const [article, what, variant] = kind;
  const ret = fcx.shallow(fcx.resolve(fcx.retCoerceTy));
  if (ret.k === 'adt' && ret.def === t.def) d.suggest(`use the \`?\` operator to extract the \`${fcx.print(ty)}\` value, propagating ${article} \`${what}::${variant}\` value to the caller`, [{ span: at, snippet: '?' }], 'MachineApplicable', 'ShowAlways');
  else d.suggest(`consider using \`${what}::expect\` to unwrap the \`${fcx.print(ty)}\` value, panicking if the value is ${article} \`${what}::${variant}\``, [{ span: at, snippet: '.expect("REASON")' }], 'HasPlaceholders', 'ShowAlways');
}

/** rustc's `confusable_method_name`: an inherent method of the ADT whose `#[rustc_confusables]` lists the name. */
function confusableMethod(fcx: FnCtxt, r: Ty, name: string, x: A.Expr & { kind: 'methodCall' }): { name: string; def: DefId; argsMatch: boolean } | null {
  if (r.k !== 'adt') return null;
  for (const i of fcx.ctx.sigs.inherentImpls.get(`adt:${r.def}`) ?? []) {
    const impl = fcx.ctx.sigs.impls[i]!;
    if (impl.def === null) continue;
    for (const a of fcx.assocItems(impl.def)) {
      if (a.kind !== 'fn' || !(fcx.ctx.sigs.confusables.get(a.def) ?? []).includes(name)) continue;
      const inputs = fcx.ctx.sigs.fnSigs[a.def]?.inputs.length ?? 0;
      return { name: a.name, def: a.def, argsMatch: inputs - 1 === x.args.length };
    }
  }
  return null;
}

/** rustc's `Ty::prefix_string`: "struct", "enum", "reference", "type parameter", "type"... */
function rcvrPrefix(fcx: FnCtxt, t: Ty): string {
  if (t.k === 'ref') return 'reference';
  if (t.k === 'tuple' && t.elems.length === 0) return 'unit type';
  if (t.k === 'tuple') return 'tuple';
  if (t.k === 'array') return 'array';
  if (t.k === 'slice') return 'slice';
  if (t.k === 'closure') return 'closure';
  return adtKindWord(fcx, t);
}

function inherentItemNamed(fcx: FnCtxt, adt: DefId, name: string): boolean {
  for (const i of fcx.ctx.sigs.inherentImpls.get(`adt:${adt}`) ?? []) {
    const impl = fcx.ctx.sigs.impls[i]!;
    if (impl.def !== null && fcx.assocItems(impl.def).some((a) => a.name === name)) return true;
  }
  return false;
}

/** rustc's `probe_for_similar_candidate`: methods with a similar name that apply to the receiver. */
function similarMethod(fcx: FnCtxt, r: Ty, name: string, x: A.Expr & { kind: 'methodCall' }): { name: string; def: DefId } | null {
  const limit = Math.floor(Math.max([...name].length, 3) / 3);
  const names = new Set<string>();
  for (const step of autoderefSteps(fcx, r)) for (const n of methodNamesOf(fcx, fcx.shallow(step.ty))) names.add(n);
  for (const [, items] of fcx.ctx.sigs.assocItems) for (const a of items) if (a.kind === 'fn' && a.hasSelf) names.add(a.name);
  const close = [...names].filter((n) => n !== name && editDistanceWithSubstrings(n, name, limit) !== null).sort();
  const module = fcx.ctx.methodScopes.get(x.id) ?? null;
  const applicable: { name: string; def: DefId }[] = [];
  for (const n of close) {
    const pick = fcx.infcx.probe(() => probeMethod(fcx, r, n, module).pick);
    if (pick) applicable.push({ name: n, def: pick.def });
  }
  if (applicable.length === 0) return null;
  const best = findBestMatchForNameWithSubstrings(applicable.map((a) => a.name), name, null);
  return best ? applicable.find((a) => a.name === best)! : null;
}

function stdPathOf(fcx: FnCtxt, def: DefId): string {
  const names: string[] = [];
  let cur: DefId | null = def;
  while (cur !== null) {
    const d: import('../defs.js').DefData = fcx.ctx.r.table.defs[cur]!;
    if (d.parent === null) {
      names.push(d.isStd ? 'std' : 'crate');
      break;
    }
    names.push(d.name);
    cur = d.parent;
  }
  return names.reverse().join('::');
}

function methodNamesOf(fcx: FnCtxt, t: Ty): string[] {
  const out = new Set<string>();
  const key = (ty: Ty) => fcx.ctx.sigs.inherentImpls.get(ty.k === 'adt' ? `adt:${ty.def}` : ty.k === 'int' || ty.k === 'uint' || ty.k === 'float' ? ty.t : ty.k) ?? [];
  for (const i of key(t)) {
    const impl = fcx.ctx.sigs.impls[i]!;
    if (impl.def === null) continue;
    for (const a of fcx.assocItems(impl.def)) if (a.kind === 'fn' && a.hasSelf) out.add(a.name);
  }
  return [...out].sort();
}

export { NEVER };
