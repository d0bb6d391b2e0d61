/**
 * Lowering written types to `Ty` (rustc's HIR ty lowering): paths through their resolutions
 * (structs with their generic arguments and defaults, type aliases expanded, generic params,
 * `Self`, associated types `T::Item` through the bounds in scope), references, tuples, arrays
 * with constant lengths, slices, function pointers, trait objects. Used by the signature queries
 * (main thread) and by type checking (annotations, turbofish, casts) through `LowerCx`.
 *
 * Owns: AST type → Ty. Must not: emit (errors go to `cx.error`).
 */
import type * as A from '../../syntax/ast.js';
import type { NodeId } from '../../syntax/ast.js';
import type { Span } from '../../syntax/source-map.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DefId, DefTable } from '../defs.js';
import type { PartialRes, Res } from '../resolve/types.js';
import type { AssocItemData, Generics, Predicate } from '../collect/types.js';
import type { Const, GenericArg, Region, Ty } from './ty.js';
import { ERASED, ERROR, NEVER, STATIC, UNIT, mkAdt, mkConst, mkRef, mkTuple, primTy, subst, CONST_ERROR } from './ty.js';

export interface LowerCx {
  readonly table: DefTable;
  readonly resolutions: ReadonlyMap<NodeId, PartialRes>;
  generics(def: DefId): Generics;
  /** type_of: aliases, impl self types, consts. */
  typeOf(def: DefId): Ty;
  /** The predicates in scope of a def (its own and its parents'). */
  predicatesOf(def: DefId): readonly Predicate[];
  assocItems(def: DefId): readonly AssocItemData[];
  /** The type an impl gives an associated type, if it has one by that name. */
  implAssocTy(impl: DefId, name: string): Ty | null;
  /** Index of a generic param def in its owner's generics. */
  paramIndex(def: DefId): number;
  evalConst(e: A.Expr, owner: DefId): number | null;
  error(d: Diagnostic): void;
  /** A fresh inference variable for `_` and omitted arguments (in bodies); absent in signatures. */
  infer?(span: Span, param?: string): Ty;
  /** A fresh const inference variable for an omitted const argument (in bodies). */
  inferConst?(): Const;
}

export interface LowerEnv {
  /** The def whose generics are in scope (a fn, impl, struct...). */
  readonly owner: DefId;
}

export function lowerTy(cx: LowerCx, env: LowerEnv, t: A.Ty): Ty {
  switch (t.kind) {
    case 'paren':
      return lowerTy(cx, env, t.ty);
    case 'never':
      return NEVER;
    case 'tuple':
      return mkTuple(t.elems.map((e) => lowerTy(cx, env, e)));
    case 'ref':
      return mkRef(lowerTy(cx, env, t.mt.ty), t.mt.mutability === 'mut', lowerRegion(t.lifetime));
    case 'ptr':
      return { k: 'ptr', mut: t.mt.mutability === 'mut', ty: lowerTy(cx, env, t.mt.ty) };
    case 'slice':
      return { k: 'slice', ty: lowerTy(cx, env, t.ty) };
    case 'array':
      return { k: 'array', ty: lowerTy(cx, env, t.ty), len: lowerConst(cx, env, t.len.value) };
    case 'bareFn':
      return {
        k: 'fnPtr',
        inputs: t.fn.decl.inputs.map((p) => lowerTy(cx, env, p.ty)),
        output: t.fn.decl.output.kind === 'ty' ? lowerTy(cx, env, t.fn.decl.output.ty) : UNIT,
      };
    case 'infer':
      return cx.infer ? cx.infer(t.span) : ERROR;
    case 'path':
      return lowerPathTy(cx, env, t);
    case 'traitObject': {
      const b = t.bounds.find((x): x is A.TraitBound => x.kind === 'trait');
      if (!b) return ERROR;
      const res = cx.resolutions.get(b.traitRef.id);
      if (!res || res.res.kind !== 'def' || res.res.defKind !== 'trait') return ERROR;
      const args = lowerSegmentArgs(cx, env, res.res.def, b.traitRef.path.segments[b.traitRef.path.segments.length - 1]!, b.traitRef.path.span, ERROR);
      return { k: 'dyn', trait: res.res.def, args: [ERROR, ...args] };
    }
    case 'implicitSelf': {
      const r = cx.resolutions.get(t.id);
      return r ? selfTyOf(cx, r.res) : ERROR;
    }
    default:
      return ERROR;
  }
}

export function lowerRegion(l: A.Lifetime | null): Region {
  if (!l) return ERASED;
  const name = l.ident.name;
  if (name === "'static") return STATIC;
  if (name === "'_") return ERASED;
  return { k: 'region', name };
}

export function lowerConst(cx: LowerCx, env: LowerEnv, e: A.Expr): Const {
  if (e.kind === 'path' && e.path.segments.length === 1) {
    const r = cx.resolutions.get(e.id);
    if (r && r.res.kind === 'def' && r.res.defKind === 'constParam') {
      return { k: 'const', value: null, param: { index: cx.paramIndex(r.res.def), name: cx.table.defs[r.res.def]!.name }, infer: null };
    }
  }
  if (e.kind === 'block' && e.block.stmts.length === 1 && e.block.stmts[0]!.kind === 'expr') return lowerConst(cx, env, e.block.stmts[0]!.expr);
  const v = cx.evalConst(e, env.owner);
  return v === null ? CONST_ERROR : mkConst(v);
}

function selfTyOf(cx: LowerCx, res: Res): Ty {
  if (res.kind !== 'selfTy') return ERROR;
  if (res.impl !== null) return cx.typeOf(res.impl);
  return { k: 'param', index: 0, name: 'Self' };
}

function lowerPathTy(cx: LowerCx, env: LowerEnv, t: A.Ty & { kind: 'path' }): Ty {
  const pr = cx.resolutions.get(t.id);
  if (!pr) return ERROR;
  const segs = t.path.segments;
  if (t.qself) {
    // `<T as Trait>::Name`
    if (pr.res.kind !== 'def' || pr.res.defKind !== 'trait') return ERROR;
    const selfTy = lowerTy(cx, env, t.qself.ty);
    const traitSeg = segs[t.qself.position - 1]!;
    const traitArgs = lowerSegmentArgs(cx, env, pr.res.def, traitSeg, t.path.span, selfTy);
    const name = segs[t.qself.position]?.ident.name;
    if (!name) return ERROR;
    const item = cx.assocItems(pr.res.def).find((a) => a.kind === 'type' && a.name === name);
    if (!item) return ERROR;
    return { k: 'alias', trait: pr.res.def, item: item.def, args: [selfTy, ...traitArgs] };
  }
  const baseSegs = segs.length - pr.unresolved;
  const baseSeg = segs[baseSegs - 1]!;
  let base = lowerRes(cx, env, pr.res, baseSeg, t.path.span);
  for (let i = baseSegs; i < segs.length; i++) base = assocTyOf(cx, env, base, pr.res, segs[i]!.ident.name);
  return base;
}

/** The type a resolved path names, with the last segment's generic arguments. */
export function lowerRes(cx: LowerCx, env: LowerEnv, res: Res, seg: A.PathSegment, span: Span): Ty {
  switch (res.kind) {
    case 'prim':
      return primTy(res.prim);
    case 'selfTy':
      return selfTyOf(cx, res);
    case 'def': {
      const def = res.def;
      switch (res.defKind) {
        case 'struct':
        case 'enum':
        case 'union':
          return mkAdt(def, lowerSegmentArgs(cx, env, def, seg, span, false));
        case 'tyAlias': {
          const args = lowerSegmentArgs(cx, env, def, seg, span, false);
          return subst(cx.typeOf(def), args);
        }
        case 'tyParam':
          return { k: 'param', index: cx.paramIndex(def), name: cx.table.defs[def]!.name };
        case 'trait': {
          const args = lowerSegmentArgs(cx, env, def, seg, span, ERROR);
          return { k: 'dyn', trait: def, args: [ERROR, ...args] };
        }
        case 'variant': {
          const parent = cx.table.defs[def]!.parent!;
          return mkAdt(parent, lowerSegmentArgs(cx, env, parent, seg, span, false));
        }
        case 'assocTy':
          return ERROR;
        default:
          return ERROR;
      }
    }
    default:
      return ERROR;
  }
}

/** `Base::Name`: an associated type of a type parameter or `Self` (through its bounds), or of an impl's self type. */
function assocTyOf(cx: LowerCx, env: LowerEnv, base: Ty, baseRes: Res, name: string): Ty {
  if (baseRes.kind === 'selfTy' && baseRes.impl !== null) {
    const t = cx.implAssocTy(baseRes.impl, name);
    if (t) return t;
  }
  if (base.k === 'param') {
    // A bound `T: Trait` in scope whose trait (or a supertrait) has the associated type.
    for (const p of cx.predicatesOf(env.owner)) {
      if (p.kind !== 'trait') continue;
      const self = p.args[0];
      if (!self || self.k !== 'param' || self.index !== base.index) continue;
      const found = findAssocInTraitOrSupers(cx, p.trait, p.args, name, new Set());
      if (found) return found;
    }
    if (base.name === 'Self' && base.index === 0) {
      // Inside a trait: its own associated types.
      const trait = ownerTrait(cx, env.owner);
      if (trait !== null) {
        const found = findAssocInTraitOrSupers(cx, trait, selfArgs(cx, trait), name, new Set());
        if (found) return found;
      }
    }
  }
  return ERROR;
}

function selfArgs(cx: LowerCx, trait: DefId): GenericArg[] {
  const g = cx.generics(trait);
  return g.params.map((p) => (p.kind === 'type' ? ({ k: 'param', index: p.index, name: p.name } as Ty) : p.kind === 'lifetime' ? ERASED : CONST_ERROR));
}

function findAssocInTraitOrSupers(cx: LowerCx, trait: DefId, args: readonly GenericArg[], name: string, seen: Set<DefId>): Ty | null {
  if (seen.has(trait)) return null;
  seen.add(trait);
  const item = cx.assocItems(trait).find((a) => a.kind === 'type' && a.name === name);
  if (item) return { k: 'alias', trait, item: item.def, args };
  for (const p of cx.predicatesOf(trait)) {
    if (p.kind !== 'trait') continue;
    const self = p.args[0];
    if (!self || self.k !== 'param' || self.index !== 0) continue;
    const superArgs = p.args.map((a) => (a.k !== 'region' && a.k !== 'const' ? subst(a, args) : a));
    const r = findAssocInTraitOrSupers(cx, p.trait, superArgs, name, seen);
    if (r) return r;
  }
  return null;
}

function ownerTrait(cx: LowerCx, owner: DefId): DefId | null {
  let cur: DefId | null = owner;
  while (cur !== null) {
    const d: import('../defs.js').DefData = cx.table.defs[cur]!;
    if (d.kind === 'trait') return cur;
    if (d.kind === 'impl' || d.kind === 'mod') return null;
    cur = d.parent;
  }
  return null;
}

/**
 * The generic arguments a path segment gives a def's own params: lifetimes (erased when left
 * out), types and consts in order, defaults for missing defaulted params, inference variables
 * (in bodies) or errors for the rest. For traits, `Self` is not included.
 */
export function lowerSegmentArgs(cx: LowerCx, env: LowerEnv, def: DefId, seg: A.PathSegment, span: Span, traitSelf: Ty | false): GenericArg[] {
  const g = cx.generics(def);
  const isTrait = traitSelf !== false;
  const params = isTrait ? g.params.filter((p) => p.name !== 'Self' || p.index !== 0) : g.params;
  const given = seg.args && seg.args.kind === 'angle' ? seg.args.args.filter((a): a is { kind: 'arg'; arg: A.GenericArg } => a.kind === 'arg').map((a) => a.arg) : [];
  const givenLifetimes = given.filter((a) => a.kind === 'lifetime');
  const givenOthers = given.filter((a) => a.kind !== 'lifetime');
  const out: GenericArg[] = [];
  let li = 0;
  let oi = 0;
  const soFar: GenericArg[] = [];
  // Defaults may name `Self` (`trait PartialEq<Rhs = Self>`).
  if (traitSelf !== false) soFar[0] = traitSelf;
  for (const p of params) {
    let arg: GenericArg;
    if (p.kind === 'lifetime') {
      const l = givenLifetimes[li++];
      arg = l && l.kind === 'lifetime' ? lowerRegion(l.lifetime) : ERASED;
    } else {
      const a = givenOthers[oi++];
      if (a) {
        if (p.kind === 'type') arg = a.kind === 'type' ? lowerTy(cx, env, a.ty) : ERROR;
        else arg = a.kind === 'const' ? lowerConst(cx, env, a.value.value) : a.kind === 'type' && a.ty.kind === 'path' ? lowerConstPath(cx, a.ty) : CONST_ERROR;
      } else if (p.default) {
        arg = subst(p.default, soFar);
      } else if (p.kind === 'const') {
        arg = cx.inferConst ? cx.inferConst() : CONST_ERROR;
      } else {
        arg = cx.infer ? cx.infer(span, p.name) : ERROR;
      }
    }
    soFar[p.index] = arg;
    out.push(arg);
  }
  return out;
}

/** `N` written as a type-like path in a generic argument list. */
function lowerConstPath(cx: LowerCx, t: A.Ty & { kind: 'path' }): Const {
  const r = cx.resolutions.get(t.id);
  if (r && r.res.kind === 'def' && r.res.defKind === 'constParam') return { k: 'const', value: null, param: { index: cx.paramIndex(r.res.def), name: cx.table.defs[r.res.def]!.name }, infer: null };
  return CONST_ERROR;
}
