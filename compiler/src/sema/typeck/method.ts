/**
 * Method lookup (rustc's `method/probe.rs`): for each autoderef step of the receiver type (and
 * a final array-to-slice unsizing step), try the receiver by value, then `&`, then `&mut`; at each
 * of those, inherent methods first, then methods of traits in scope (or of the bounds of a type
 * parameter) that the step type implements. The first match wins. Also associated items for
 * type-relative paths (`Vec::new`, `T::default`, `i32::MAX`).
 *
 * Owns: candidate search and the pick. Must not: report (callers word E0599 from the result).
 */
import type { DefId } from '../defs.js';
import type { AssocItemData, ImplData, Predicate } from '../collect/types.js';
import type { ModuleIndex } from '../resolve/types.js';
import type { GenericArg, Ty } from '../ty/ty.js';
import { ERASED, isTy, mkRef, subst, substArgs, tyEq } from '../ty/ty.js';
import { simplifyTy } from '../collect/sigs.js';
import { nsMap } from '../resolve/scope.js';
import { autoderefSteps } from './coerce.js';
import type { FnCtxt } from './fcx.js';
import type { Span } from '../../syntax/source-map.js';

export interface MethodPick {
  readonly def: DefId;
  readonly item: AssocItemData;
  readonly kind: 'inherent' | 'trait';
  readonly impl: ImplData | null;
  readonly trait: DefId | null;
  /** Args of the method's parent generics (the impl's, or the trait's with `Self` first). */
  readonly parentArgs: readonly GenericArg[];
  readonly autoderefs: number;
  readonly autoref: null | 'ref' | 'mut';
  /** The receiver after the adjustments. */
  readonly adjustedReceiver: Ty;
  readonly unsize: boolean;
}

/** Traits whose methods are callable in a module: defined or imported there (and in enclosing blocks), plus the prelude's. */
export function traitsInScope(fcx: FnCtxt, module: ModuleIndex): DefId[] {
  const r = fcx.ctx.r;
  let cache = scopeCache.get(fcx.ctx);
  if (!cache) scopeCache.set(fcx.ctx, (cache = new Map()));
  const hit = cache.get(module);
  if (hit) return hit;
  const out: DefId[] = [];
  const seen = new Set<DefId>();
  const addFrom = (mi: ModuleIndex) => {
    for (const b of nsMap(r.modules[mi]!, 'type').values()) {
      if (b.res.kind === 'def' && b.res.defKind === 'trait' && !seen.has(b.res.def)) {
        seen.add(b.res.def);
        out.push(b.res.def);
      }
    }
  };
  let cur: ModuleIndex | null = module;
  while (cur !== null) {
    addFrom(cur);
    const m: import('../resolve/types.js').ModuleData = r.modules[cur]!;
    if (m.kind === 'mod') break;
    cur = m.parent;
  }
  addFrom(r.preludeModule);
  cache.set(module, out);
  return out;
}

const scopeCache = new WeakMap<object, Map<ModuleIndex, DefId[]>>();

/** The trait methods named `name` among `traits` (with supertraits), for candidate assembly. */
function traitItems(fcx: FnCtxt, trait: DefId, name: string): AssocItemData | undefined {
  return fcx.assocItems(trait).find((a) => a.name === name);
}

export interface ProbeResult {
  readonly pick: MethodPick | null;
  /** Steps the receiver went through (for E0599 wording). */
  readonly steps: readonly Ty[];
  /** Traits not in scope that have a matching method (for the "import it" help). */
  readonly outOfScope: readonly DefId[];
  /** No accessible pick, but an inherent method that is private here (E0624). */
  readonly privateMatch?: DefId;
  /**
   * Where-clauses that ruled out a candidate with the method (rustc's
   * `possibly_unsatisfied_predicates`), in probe order: without a pick, E0599 says the method
   * "exists ... but its trait bounds were not satisfied".
   */
  readonly unsatisfied: readonly UnsatisfiedPred[];
}

/** A trait predicate that does not hold, resolved. */
export interface UnsatisfiedPred {
  readonly trait: DefId;
  readonly args: readonly GenericArg[];
  /** The trait predicate of a trait candidate that needed it through its impl, resolved. */
  readonly parent: { readonly trait: DefId; readonly args: readonly GenericArg[] } | null;
  /** The impl whose where-clause it is, the where-clause as written there, and the bound's span. */
  readonly impl: ImplData;
  readonly source: Predicate;
  readonly boundSpan: Span;
}

/**
 * Looks up method `name` on `receiver`. `assocOnly`: a method-call expression needs a `self`
 * parameter; a path `T::f` does not (see `probeAssoc`).
 */
export function probeMethod(fcx: FnCtxt, receiver: Ty, name: string, module: ModuleIndex | null): ProbeResult {
  const steps = autoderefSteps(fcx, receiver);
  const last = steps[steps.length - 1]!.ty;
  const stepTys = steps.map((s) => s.ty);
  if (last.k === 'array') stepTys.push({ k: 'slice', ty: last.ty });
  const scope = module !== null ? traitsInScope(fcx, module) : [];
  // rustc assembles the inherent candidates of every step first, then tries each step.
  const inherent: { impl: ImplData; item: AssocItemData }[] = [];
  const seenImpls = new Set<number>();
  // rustc's probe skips inherent methods not accessible here, remembering the first one.
  let privateMatch: DefId | undefined;
  for (const s of stepTys) {
    for (const impl of inherentImplsFor(fcx, s)) {
      if (impl.def === null || seenImpls.has(impl.index)) continue;
      seenImpls.add(impl.index);
      const item = fcx.assocItems(impl.def).find((a) => a.name === name && a.kind === 'fn' && a.hasSelf);
      if (!item) continue;
      if (!isVisibleInBody(fcx, fcx.ctx.r.table.defs[item.def]!.vis)) privateMatch ??= item.def;
      else inherent.push({ impl, item });
    }
  }
  const traits = candidateTraits(fcx, stepTys, scope, name);
  const unsatisfied: UnsatisfiedPred[] = [];
  for (let i = 0; i < stepTys.length; i++) {
    const s = stepTys[i]!;
    const unsize = i === steps.length;
    const autoderefs = unsize ? steps.length - 1 : i;
    for (const autoref of [null, 'ref', 'mut'] as const) {
      const adjusted = autoref === null ? s : mkRef(s, autoref === 'mut');
      for (const c of inherent) {
        const pick = inherentPick(fcx, c.impl, c.item, adjusted, autoderefs, autoref, unsize, unsatisfied);
        if (pick) return { pick, steps: stepTys, outOfScope: [], unsatisfied: [] };
      }
      for (const t of traits) {
        const pick = traitPick(fcx, t, name, adjusted, autoderefs, autoref, unsize, unsatisfied);
        if (pick) return { pick, steps: stepTys, outOfScope: [], unsatisfied: [] };
      }
    }
  }
  // Not found: traits outside the scope that would have matched.
  const outOfScope: DefId[] = [];
  for (const t of allTraitsWithMethod(fcx, name)) {
    if (traits.includes(t)) continue;
    const ok = stepTys.some((s) => [s, mkRef(s), mkRef(s, true)].some((adj) => fcx.infcx.probe(() => traitPick(fcx, t, name, adj, 0, null, false) !== null)));
    if (ok) outOfScope.push(t);
  }
  return privateMatch !== undefined ? { pick: null, steps: stepTys, outOfScope, privateMatch, unsatisfied } : { pick: null, steps: stepTys, outOfScope, unsatisfied };
}

/** Whether an item or field with visibility `vis` is accessible from the body being checked. */
export function isVisibleInBody(fcx: FnCtxt, vis: import('../defs.js').Vis): boolean {
  if (vis.kind === 'public') return true;
  const mod = fcx.ctx.r.moduleOfDef.get(vis.module);
  if (mod === undefined) return true;
  // The body's module.
  let cur: DefId | null = fcx.def;
  while (cur !== null && fcx.ctx.r.table.defs[cur]!.kind !== 'mod') cur = fcx.ctx.r.table.defs[cur]!.parent;
  if (cur === null) return true;
  let m: DefId | null = cur;
  while (m !== null) {
    if (m === vis.module) return true;
    m = fcx.ctx.r.table.defs[m]!.parent;
  }
  return false;
}

/** Traits in scope with a method `name`, plus the bounds of type parameters among the steps. */
function candidateTraits(fcx: FnCtxt, stepTys: readonly Ty[], scope: readonly DefId[], name: string): DefId[] {
  const out: DefId[] = [];
  for (const s of stepTys) {
    const sh = fcx.shallow(s);
    // A trait object's methods, its supertraits' included, need no import (object candidates).
    if (sh.k === 'dyn') for (const t of fcx.fulfill.dynTraits(sh.trait)) if (!out.includes(t) && traitItems(fcx, t, name)) out.push(t);
    if (sh.k !== 'param') continue;
    for (const p of fcx.fulfill.elaboratedEnv()) {
      if (p.kind !== 'trait') continue;
      const self = p.args[0];
      if (self && isTy(self) && self.k === 'param' && self.index === sh.index && !out.includes(p.trait) && traitItems(fcx, p.trait, name)) out.push(p.trait);
    }
  }
  for (const t of scope) if (!out.includes(t) && traitItems(fcx, t, name)) out.push(t);
  return out;
}

function allTraitsWithMethod(fcx: FnCtxt, name: string): DefId[] {
  const out: DefId[] = [];
  for (const [def, items] of fcx.ctx.sigs.assocItems) {
    if (fcx.ctx.r.table.defs[def]!.kind !== 'trait') continue;
    if (items.some((a) => a.name === name && a.kind === 'fn')) out.push(def);
  }
  return out;
}

/** Inherent impls whose self type could be `s`. */
export function inherentImplsFor(fcx: FnCtxt, s: Ty): readonly ImplData[] {
  const key = simplifyTy(fcx.shallow(s));
  if (key === null) return [];
  return (fcx.ctx.sigs.inherentImpls.get(key) ?? []).map((i) => fcx.ctx.sigs.impls[i]!);
}

function inherentPick(fcx: FnCtxt, impl: ImplData, item: AssocItemData, adjusted: Ty, autoderefs: number, autoref: MethodPick['autoref'], unsize: boolean, unsatisfied: UnsatisfiedPred[] | null = null): MethodPick | null {
  const sig = fcx.ctx.sigs.fnSigs[item.def];
  if (!sig || sig.inputs.length === 0) return null;
  // The method's own where-clauses on the impl's self type (`where Self: Join<Sep>` on
  // `<[T]>::join`) must be able to hold too, its own parameters unknown; bounds on anything else
  // are checked after the pick (E0277). Those parameters' variables outlive the probe: an
  // unsatisfied bound keeps them (printed `_`).
  const own = (fcx.ctx.sigs.predicates[item.def] ?? []).filter((p) => p.kind === 'trait' && isTy(p.args[0]!) && tyEq(p.args[0] as Ty, impl.selfTy));
  const ownVars = new Map<number, GenericArg>();
  if (own.length > 0) for (const gp of fcx.generics(item.def).params) ownVars.set(gp.index, gp.kind === 'lifetime' ? { k: 'region', name: null } : gp.kind === 'const' ? fcx.infcx.newConstVar() : fcx.infcx.newVar('ty', fcx.ctx.r.table.defs[item.def]!.span));
  const ok = fcx.infcx.probe(() => {
    const args = fcx.fulfill.freshImplArgs(impl);
    const selfParam = fcx.normalize(subst(sig.inputs[0]!, args), null);
    if (!fcx.infcx.unify(selfParam, adjusted)) return false;
    // The impl's where-clauses must be able to hold (rustc's `consider_probe`), then the method's own.
    const failing = (preds: readonly Predicate[], using: readonly GenericArg[]): boolean => {
      let fails = false;
      for (const p of preds) {
        if (p.kind !== 'trait') continue;
        const pargs = substArgs(p.args, using);
        if (fcx.fulfill.evaluate(p.trait, pargs) !== 'no') continue;
        fails = true;
        unsatisfied?.push({ trait: p.trait, args: pargs.map((a) => fcx.infcx.resolveArg(a)), parent: null, impl, source: p, boundSpan: p.span });
      }
      return fails;
    };
    if (failing(impl.predicates, args)) return false;
    if (own.length === 0) return true;
    const all = [...args];
    for (const [i, v] of ownVars) all[i] = v;
    return !failing(own, all);
  });
  if (!ok) return null;
  const args = fcx.fulfill.freshImplArgs(impl);
  fcx.infcx.unify(fcx.normalize(subst(sig.inputs[0]!, args), null), adjusted);
  return { def: item.def, item, kind: 'inherent', impl, trait: null, parentArgs: args, autoderefs, autoref, adjustedReceiver: adjusted, unsize };
}

function traitPick(fcx: FnCtxt, trait: DefId, name: string, adjusted: Ty, autoderefs: number, autoref: MethodPick['autoref'], unsize: boolean, unsatisfied: UnsatisfiedPred[] | null = null): MethodPick | null {
  const item = traitItems(fcx, trait, name);
  if (!item || item.kind !== 'fn' || !item.hasSelf) return null;
  const sig = fcx.ctx.sigs.fnSigs[item.def];
  if (!sig || sig.inputs.length === 0) return null;
  const span = fcx.ctx.r.table.defs[trait]!.span;
  const ok = fcx.infcx.probe(() => {
    const args = fcx.freshArgs(trait, span);
    const selfParam = fcx.normalize(subst(sig.inputs[0]!, args), null);
    if (!fcx.infcx.unify(selfParam, adjusted)) return false;
    const self = fcx.shallow(args[0] as Ty);
    if (self.k === 'infer' && self.kind === 'ty') return false;
    if (fcx.fulfill.evaluate(trait, args) !== 'no') return true;
    // The trait is not implemented: if an impl matches, which of its where-clauses fail.
    if (unsatisfied) {
      const sel = fcx.fulfill.select(trait, args);
      if (sel.kind === 'yes' && sel.impl) {
        const parent = { trait, args: args.map((a) => fcx.infcx.resolveArg(a)) };
        sel.impl.predicates.forEach((p, i) => {
          const n = sel.nested[i];
          if (!n || n.kind !== 'trait' || p.kind !== 'trait' || fcx.fulfill.evaluate(n.trait, n.args) !== 'no') return;
          unsatisfied.push({ trait: n.trait, args: n.args.map((a) => fcx.infcx.resolveArg(a)), parent, impl: sel.impl!, source: p, boundSpan: p.span });
        });
      }
    }
    return false;
  });
  if (!ok) return null;
  const args = fcx.freshArgs(trait, span);
  fcx.infcx.unify(fcx.normalize(subst(sig.inputs[0]!, args), null), adjusted);
  return { def: item.def, item, kind: 'trait', impl: null, trait, parentArgs: args, autoderefs, autoref, adjustedReceiver: adjusted, unsize };
}

/**
 * A type-relative associated item (`Ty::name`): inherent impls of the type first, then traits in
 * scope the type implements (rustc's `probe_for_name` in path mode).
 */
export function probeAssoc(fcx: FnCtxt, self: Ty, name: string, module: ModuleIndex | null): { def: DefId; item: AssocItemData; impl: ImplData | null; trait: DefId | null; parentArgs: GenericArg[] } | null {
  for (const impl of inherentImplsFor(fcx, self)) {
    if (impl.def === null) continue;
    const item = fcx.assocItems(impl.def).find((a) => a.name === name && a.kind !== 'type');
    if (!item) continue;
    const args = fcx.infcx.commitIf(() => {
      const a = fcx.fulfill.freshImplArgs(impl);
      return fcx.infcx.unify(subst(impl.selfTy, a), self) ? a : null;
    });
    if (!args) continue;
    return { def: item.def, item, impl, trait: null, parentArgs: args };
  }
  const sh = fcx.shallow(self);
  const traits: DefId[] = module !== null ? [...traitsInScope(fcx, module)] : [];
  if (sh.k === 'param') {
    for (const p of fcx.fulfill.elaboratedEnv()) {
      if (p.kind !== 'trait') continue;
      const s0 = p.args[0];
      if (s0 && isTy(s0) && s0.k === 'param' && s0.index === sh.index && !traits.includes(p.trait)) traits.unshift(p.trait);
    }
  }
  for (const trait of traits) {
    const item = fcx.assocItems(trait).find((a) => a.name === name && a.kind !== 'type');
    if (!item) continue;
    const args = fcx.freshArgs(trait, fcx.ctx.r.table.defs[trait]!.span);
    args[0] = self;
    if (fcx.fulfill.evaluate(trait, args) === 'no') continue;
    return { def: item.def, item, impl: null, trait, parentArgs: args };
  }
  return null;
}

export { ERASED, substArgs };
