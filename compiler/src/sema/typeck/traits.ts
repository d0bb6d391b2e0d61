/**
 * Trait selection and fulfillment for one body (rustc's trait solver, reduced to what the subset
 * needs): an obligation `T: Trait<Args>` is proven by a where-clause in scope, by an impl (the
 * std model's, the crate's, derived or synthesized ones) whose header unifies with it, or by a
 * builtin rule (function items and closures are `Copy` and `Fn*`, `dyn Trait: Trait`). With
 * several candidates and unresolved variables it is ambiguous and waits. Associated types are
 * normalized through the impl that proves their trait.
 *
 * Errors are reported through typeck/errors.ts when an obligation definitely fails (at the
 * points rustc selects: after a call's arguments, before method lookup, at the end of the body).
 *
 * Owns: candidate assembly, confirmation, normalization, the pending list. Must not: word errors.
 */
import type { Span } from '../../syntax/source-map.js';
import type { DefId } from '../defs.js';
import type { ImplData, Predicate } from '../collect/types.js';
import type { GenericArg, Ty } from '../ty/ty.js';
import { ERROR, isTy, mapTy, substArgs, subst, UNIT, mkTuple } from '../ty/ty.js';
import { simplifyTy } from '../collect/sigs.js';
import { hasAlias, type FnCtxt, type ObligationCause } from './fcx.js';
import { reportFulfillmentError, reportAmbiguity } from './errors.js';

export type Obligation =
  | { readonly kind: 'trait'; readonly trait: DefId; readonly args: readonly GenericArg[]; readonly cause: ObligationCause }
  | { readonly kind: 'projection'; readonly trait: DefId; readonly item: DefId; readonly args: readonly GenericArg[]; readonly ty: Ty; readonly cause: ObligationCause };

export type SelectResult =
  | { readonly kind: 'yes'; readonly impl: ImplData | null; readonly implArgs: readonly GenericArg[]; readonly nested: readonly Obligation[] }
  | { readonly kind: 'no' }
  | { readonly kind: 'maybe' };

const MAX_DEPTH = 16;
/** Rounds of `selectWherePossible` before it gives up (see there). */
const MAX_ROUNDS = 256;

export class Fulfillment {
  private pending: Obligation[] = [];
  /** Obligations that failed and were reported (not reported twice). */
  private readonly reported = new Set<string>();
  private depth = 0;

  constructor(private readonly fcx: FnCtxt) {}

  register(o: Obligation): void {
    this.pending.push(this.normalizeObligation(o));
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  /** Processes obligations until no more progress; reports those that fail. Returns true on progress. */
  selectWherePossible(): boolean {
    let progress = false;
    // A safety net: an obligation whose processing registers equal obligations again each round
    // would otherwise keep the loop going forever.
    for (let round = 0; round < MAX_ROUNDS; round++) {
      let changed = false;
      const next: Obligation[] = [];
      const list = this.pending;
      this.pending = [];
      for (const o of list) {
        const r = this.process(o);
        if (r === 'done') changed = true;
        else if (r === 'error') {
          changed = true;
          this.reportError(o);
        } else next.push(o);
      }
      this.pending.push(...next);
      if (!changed) break;
      progress = true;
    }
    return progress;
  }

  /** At the end of the body: everything left is ambiguous. */
  selectAllOrError(beforeLo = Infinity, beforeReport: () => void = () => {}): void {
    this.selectWherePossible();
    // rustc reports the first ambiguity (in registration order, roughly source order); an unknown
    // local made before it (`beforeLo`) is reported instead, through `beforeReport`.
    let reportedLocal = false;
    for (const o of this.pending) {
      if (!reportedLocal && o.cause.span.lo > beforeLo && !this.fcx.hasErrors) {
        beforeReport();
        reportedLocal = true;
      }
      reportAmbiguity(this.fcx, o);
    }
    if (!reportedLocal && !this.fcx.hasErrors && beforeLo !== Infinity) beforeReport();
    this.pending = [];
  }

  private reportError(o0: Obligation): void {
    const keyOf = (o: Obligation) => `${o.kind}:${o.cause.span.lo}:${o.cause.span.hi}:${o.trait}:${o.args.map((a) => (isTy(a) ? this.fcx.print(a) : '')).join(',')}`;
    const key = keyOf(o0);
    if (this.reported.has(key)) return;
    this.reported.add(key);
    // The same obligation may also be pending through a longer chain of impls (normalizing an
    // associated type registers the inner requirement directly): report the longest chain, as
    // rustc reports the obligation its impls derived.
    let o = o0;
    for (const p of this.pending) {
      if ((p.cause.derived?.length ?? 0) > (o.cause.derived?.length ?? 0) && keyOf(p) === key) o = p;
    }
    reportFulfillmentError(this.fcx, o);
  }

  private process(o: Obligation): 'done' | 'error' | 'pending' {
    if (o.kind === 'trait') {
      const r = this.select(o.trait, o.args);
      if (r.kind === 'no') return 'error';
      if (r.kind === 'maybe') return 'pending';
      // Nested obligations of an impl remember it (rustc's `ImplDerived` causes).
      const cause = r.impl !== null ? { ...o.cause, derived: [...(o.cause.derived ?? []), { trait: o.trait, args: o.args }] } : o.cause;
      for (const n of r.nested) this.pending.push(this.normalizeObligation({ ...n, cause }));
      return 'done';
    }
    const norm = this.normalizeProjection(o.trait, o.item, o.args, o.cause.span);
    if (norm === null) return 'pending';
    if (norm.k === 'error') return 'done';
    if (!this.fcx.infcx.unify(norm, o.ty)) return 'error';
    return 'done';
  }

  // -- selection ----------------------------------------------------------------------------------

  /** Whether `args[0]: trait<args[1..]>` holds, without committing anything. */
  evaluate(trait: DefId, args: readonly GenericArg[]): 'yes' | 'no' | 'maybe' {
    return this.fcx.infcx.probe(() => {
      const r = this.select(trait, args);
      if (r.kind !== 'yes') return r.kind;
      // Nested obligations must hold too (one level is enough to tell impls apart).
      if (this.depth > MAX_DEPTH) return 'maybe';
      this.depth++;
      try {
        let result: 'yes' | 'maybe' = 'yes';
        for (const n of r.nested) {
          if (n.kind !== 'trait') continue;
          const e = this.evaluate(n.trait, n.args);
          if (e === 'no') return 'no';
          if (e === 'maybe') result = 'maybe';
        }
        return result;
      } finally {
        this.depth--;
      }
    });
  }

  /** Selects a candidate and confirms it (binding variables). */
  select(trait: DefId, args0: readonly GenericArg[]): SelectResult {
    const fcx = this.fcx;
    const infcx = fcx.infcx;
    const args = args0.map((a) => (isTy(a) ? fcx.normalize(infcx.shallow(a), null) : a));
    const self = infcx.shallow(args[0] as Ty);
    if (self.k === 'error' || args.some((a) => isTy(a) && infcx.shallow(a).k === 'error')) return { kind: 'yes', impl: null, implArgs: [], nested: [] };
    const lang = fcx.ctx.sigs.lang;
    if (trait === lang.get('sized')) return { kind: 'yes', impl: null, implArgs: [], nested: [] };
    // Builtin rules.
    const builtin = this.builtin(trait, self, args);
    if (builtin) return builtin;
    if (self.k === 'infer' && self.kind === 'ty') return { kind: 'maybe' };
    // Where-clauses in scope.
    const fromEnv = this.paramEnvCandidates(trait, args);
    if (fromEnv.length > 0) {
      const p = fromEnv[0]!;
      infcx.unify(mkTuple(args.filter(isTy)), mkTuple(p.args.filter(isTy)));
      return { kind: 'yes', impl: null, implArgs: [], nested: [] };
    }
    // `<C as Codec>::Error` that does not normalize: the bounds on the associated type
    // (`type Error: Display;`) hold for it (rustc's item bounds).
    if (self.k === 'alias' && this.aliasBoundHolds(self, trait, args)) return { kind: 'yes', impl: null, implArgs: [], nested: [] };
    // A type parameter has no impls of its own; only an unconditional blanket impl
    // (`impl<T: ?Sized> Borrow<T> for T`) applies to it.
    const onParam = self.k === 'param';
    // Impls.
    const candidates: { impl: ImplData; implArgs: readonly GenericArg[] }[] = [];
    const key = simplifyTy(self);
    for (const idx of fcx.ctx.sigs.traitImpls.get(trait) ?? []) {
      const impl = fcx.ctx.sigs.impls[idx]!;
      if (onParam && !isUnconditionalBlanket(impl, lang.get('sized'))) continue;
      const implKey = simplifyTy(impl.selfTy);
      if (key !== null && implKey !== null && key !== implKey) continue;
      const ok = infcx.probe(() => {
        const implArgs = this.freshImplArgs(impl);
        const traitArgs = substArgs(impl.traitRef!.args, implArgs);
        if (!this.unifyArgs(traitArgs, args)) return null;
        // Tell impls apart by their where-clauses when several match.
        return implArgs;
      });
      if (ok) candidates.push({ impl, implArgs: ok });
    }
    if (candidates.length === 0) return { kind: 'no' };
    let chosen = candidates;
    if (candidates.length > 1) {
      chosen = candidates.filter((c) => this.implMayApply(c.impl, args));
      if (chosen.length === 0) return { kind: 'no' };
      if (chosen.length > 1) return { kind: 'maybe' };
    }
    const c = chosen[0]!;
    const implArgs = this.freshImplArgs(c.impl);
    const traitArgs = substArgs(c.impl.traitRef!.args, implArgs);
    this.unifyArgs(traitArgs, args);
    const nested: Obligation[] = [];
    for (const p of c.impl.predicates) nested.push(this.instantiate(p, implArgs));
    return { kind: 'yes', impl: c.impl, implArgs, nested };
  }

  private aliasBoundHolds(self: Ty & { k: 'alias' }, trait: DefId, args: readonly GenericArg[]): boolean {
    for (const p of this.fcx.ctx.sigs.predicates[self.item] ?? []) {
      const s0 = p.args[0];
      if (p.kind !== 'trait' || p.trait !== trait || !s0 || !isTy(s0) || s0.k !== 'alias' || s0.item !== self.item) continue;
      const bound = substArgs(p.args, self.args);
      if (this.fcx.infcx.probe(() => this.unifyArgs(bound.slice(1), args.slice(1)))) {
        this.unifyArgs(bound.slice(1), args.slice(1));
        return true;
      }
    }
    return false;
  }

  /** A trait object's principal trait and its supertraits, which `dyn Trait` implements. */
  dynTraits(principal: DefId): DefId[] {
    const out = [principal];
    for (let i = 0; i < out.length; i++) {
      for (const p of this.fcx.ctx.sigs.predicates[out[i]!] ?? []) {
        const s0 = p.args[0];
        if (p.kind === 'trait' && s0 && isTy(s0) && s0.k === 'param' && s0.index === 0 && !out.includes(p.trait)) out.push(p.trait);
      }
    }
    return out;
  }

  /** Whether an impl that unifies with the obligation could hold given its where-clauses. */
  private implMayApply(impl: ImplData, args: readonly GenericArg[]): boolean {
    return this.fcx.infcx.probe(() => {
      const implArgs = this.freshImplArgs(impl);
      if (!this.unifyArgs(substArgs(impl.traitRef!.args, implArgs), args)) return false;
      if (this.depth > MAX_DEPTH) return true;
      this.depth++;
      try {
        for (const p of impl.predicates) {
          const o = this.instantiate(p, implArgs);
          if (o.kind !== 'trait') continue;
          if (this.evaluate(o.trait, o.args) === 'no') return false;
        }
        return true;
      } finally {
        this.depth--;
      }
    });
  }

  private instantiate(p: Predicate, implArgs: readonly GenericArg[]): Obligation {
    const args = substArgs(p.args, implArgs);
    const cause: ObligationCause = { span: p.span, kind: 'misc' };
    if (p.kind === 'trait') return { kind: 'trait', trait: p.trait, args, cause };
    return { kind: 'projection', trait: p.trait, item: p.item, args, ty: subst(p.ty, implArgs), cause };
  }

  freshImplArgs(impl: ImplData): GenericArg[] {
    if (!impl.generics) return [];
    const out: GenericArg[] = [];
    for (const p of impl.generics.params) out[p.index] = p.kind === 'lifetime' ? { k: 'region', name: null } : p.kind === 'const' ? this.fcx.infcx.newConstVar() : this.fcx.infcx.newVar('ty', this.fcx.ctx.r.table.defs[0]!.span);
    return out;
  }

  private unifyArgs(a: readonly GenericArg[], b: readonly GenericArg[]): boolean {
    if (a.length !== b.length) return false;
    const infcx = this.fcx.infcx;
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      const y = b[i]!;
      if (x.k === 'region' || y.k === 'region') continue;
      if (x.k === 'const' || y.k === 'const') {
        if (x.k === 'const' && y.k === 'const') {
          if (!infcx.unify({ k: 'array', ty: UNIT, len: x }, { k: 'array', ty: UNIT, len: y })) return false;
        }
        continue;
      }
      if (!infcx.unify(x as Ty, y as Ty)) return false;
    }
    return true;
  }

  private paramEnvCandidates(trait: DefId, args: readonly GenericArg[]): Predicate[] {
    const out: Predicate[] = [];
    const infcx = this.fcx.infcx;
    for (const p of this.elaboratedEnv()) {
      if (p.kind !== 'trait' || p.trait !== trait) continue;
      const ok = infcx.probe(() => this.unifyArgs(p.args, args));
      if (ok) out.push(p);
    }
    return out;
  }

  private envCache: Predicate[] | null = null;

  /** The where-clauses in scope with their supertraits (rustc's elaboration). */
  elaboratedEnv(): readonly Predicate[] {
    if (this.envCache) return this.envCache;
    const out: Predicate[] = [];
    const seen = new Set<string>();
    const add = (p: Predicate, depth: number) => {
      const key = `${p.kind}:${p.trait}:${p.args.map((a) => (isTy(a) ? this.fcx.print(a) : '')).join(',')}`;
      if (seen.has(key) || depth > 20) return;
      seen.add(key);
      out.push(p);
      if (p.kind !== 'trait') return;
      for (const sp of this.fcx.ctx.sigs.predicates[p.trait] ?? []) {
        const s0 = sp.args[0];
        if (!s0 || !isTy(s0) || s0.k !== 'param' || s0.index !== 0) continue;
        if (sp.kind === 'trait' && sp.trait === p.trait) continue;
        const args = substArgs(sp.args, p.args);
        add(sp.kind === 'trait' ? { ...sp, args } : { ...sp, args, ty: subst(sp.ty, p.args) }, depth + 1);
      }
    };
    for (const p of this.fcx.paramEnv) add(p, 0);
    this.envCache = out;
    return out;
  }

  private builtin(trait: DefId, self: Ty, args: readonly GenericArg[]): SelectResult | null {
    const lang = this.fcx.ctx.sigs.lang;
    const yes: SelectResult = { kind: 'yes', impl: null, implArgs: [], nested: [] };
    if (trait === lang.get('copy') || trait === lang.get('clone')) {
      if (self.k === 'fnDef' || self.k === 'fnPtr' || self.k === 'never') return yes;
      if (self.k === 'closure') return yes;
    }
    if (self.k === 'dyn' && this.dynTraits(self.trait).includes(trait)) return yes;
    const fnTraits = [lang.get('fn'), lang.get('fn_mut'), lang.get('fn_once')];
    if (fnTraits.includes(trait)) {
      let inputs: readonly Ty[] | null = null;
      if (self.k === 'closure' || self.k === 'fnPtr' || self.k === 'opaque') inputs = self.inputs;
      else if (self.k === 'fnDef') {
        const sig = this.fcx.ctx.sigs.fnSigs[self.def];
        if (sig) inputs = sig.inputs.map((t) => subst(t, self.args));
      }
      if (inputs) {
        const argTy = args[1];
        if (argTy && isTy(argTy) && !this.fcx.infcx.unify(argTy, mkTuple(inputs))) return { kind: 'no' };
        return yes;
      }
    }
    return null;
  }

  /**
   * The signature a closure stored in variable `v` must have, from a pending `v: Fn*(Args)`
   * obligation and its `Output` projection (rustc's `deduce_closure_signature`).
   */
  closureSigFor(v: Ty & { k: 'infer' }): { inputs: readonly Ty[]; output: Ty | null } | null {
    const lang = this.fcx.ctx.sigs.lang;
    const fnTraits = [lang.get('fn'), lang.get('fn_mut'), lang.get('fn_once')];
    const infcx = this.fcx.infcx;
    let inputs: readonly Ty[] | null = null;
    let output: Ty | null = null;
    const root = infcx.shallow(v);
    const isV = (t: GenericArg | undefined) => !!t && isTy(t) && (() => {
      const s = infcx.shallow(t);
      return s.k === 'infer' && root.k === 'infer' && s.v === root.v;
    })();
    for (const o of this.pending) {
      if (!isV(o.args[0])) continue;
      if (o.kind === 'trait' && fnTraits.includes(o.trait)) {
        const a = o.args[1];
        if (a && isTy(a)) {
          const t = infcx.shallow(a);
          if (t.k === 'tuple') inputs = t.elems;
        }
      } else if (o.kind === 'projection' && o.item === lang.get('fn_once_output')) {
        output = o.ty;
      }
    }
    return inputs ? { inputs, output } : null;
  }

  /** The signature a type parameter is callable with, from its `Fn*` bounds (`F: Fn(i32) -> i32`). */
  paramFnSig(p: Ty & { k: 'param' }): { inputs: readonly Ty[]; output: Ty } | null {
    const lang = this.fcx.ctx.sigs.lang;
    const fnTraits = [lang.get('fn'), lang.get('fn_mut'), lang.get('fn_once')];
    const isP = (t: GenericArg | undefined) => !!t && isTy(t) && t.k === 'param' && t.index === p.index && t.name === p.name;
    let inputs: readonly Ty[] | null = null;
    let output: Ty | null = null;
    for (const pr of this.elaboratedEnv()) {
      if (!isP(pr.args[0])) continue;
      if (pr.kind === 'trait' && fnTraits.includes(pr.trait)) {
        const a = pr.args[1];
        if (a && isTy(a) && a.k === 'tuple' && inputs === null) inputs = a.elems;
      } else if (pr.kind === 'projection' && pr.item === lang.get('fn_once_output') && output === null) {
        output = pr.ty;
      }
    }
    return inputs ? { inputs, output: output ?? UNIT } : null;
  }

  // -- normalization ------------------------------------------------------------------------------

  /** An impl's where-clause instantiated for the obligation: its projections normalized (`F: FnMut(I::Item)` with `I` known). */
  private normalizeObligation(o: Obligation): Obligation {
    if (!o.args.some((a) => isTy(a) && hasAlias(a)) && !(o.kind === 'projection' && hasAlias(o.ty))) return o;
    const args = o.args.map((a) => (isTy(a) ? this.normalize(a, o.cause.span) : a));
    if (o.kind === 'trait') return { ...o, args };
    return { ...o, args, ty: this.normalize(o.ty, o.cause.span) };
  }

  normalize(t: Ty, span: Span | null): Ty {
    return mapTy(t, (x) => {
      if (x.k !== 'alias') return x;
      const r = this.normalizeProjection(x.trait, x.item, x.args, span);
      if (r !== null) return r;
      // Unknown yet: a variable the projection obligation will constrain.
      const v = this.fcx.infcx.newVar('ty', span ?? this.fcx.ctx.r.table.defs[this.fcx.def]!.span);
      this.register({ kind: 'projection', trait: x.trait, item: x.item, args: x.args, ty: v, cause: { span: span ?? this.fcx.ctx.r.table.defs[this.fcx.def]!.span, kind: 'misc' } });
      return v;
    });
  }

  /** `<args[0] as trait<args[1..]>>::item`, or null while ambiguous. A rigid projection stays an alias. */
  normalizeProjection(trait: DefId, item: DefId, args0: readonly GenericArg[], span: Span | null): Ty | null {
    const fcx = this.fcx;
    const infcx = fcx.infcx;
    const args = args0.map((a) => (isTy(a) ? infcx.resolve(a) : a));
    const self = infcx.shallow(args[0] as Ty);
    if (self.k === 'error') return ERROR;
    const name = fcx.ctx.r.table.defs[item]!.name;
    // An unknown self type is ambiguous: a where-clause must not decide it (`?F: FnOnce<..>` would
    // otherwise become the caller's `G: Fn(..)`).
    if (self.k === 'infer' && self.kind === 'ty') return null;
    // A where-clause `T: Trait<Item = X>`.
    for (const p of this.elaboratedEnv()) {
      if (p.kind !== 'projection' || p.item !== item) continue;
      if (infcx.probe(() => this.unifyArgs(p.args, args))) {
        this.unifyArgs(p.args, args);
        return p.ty;
      }
    }
    // Builtin: `FnOnce::Output`.
    if (item === fcx.ctx.sigs.lang.get('fn_once_output')) {
      if (self.k === 'closure' || self.k === 'fnPtr' || self.k === 'opaque') return self.output;
      if (self.k === 'fnDef') {
        const sig = fcx.ctx.sigs.fnSigs[self.def];
        return sig ? fcx.normalize(subst(sig.output, self.args), span) : ERROR;
      }
    }
    if (self.k === 'param' || self.k === 'alias') return { k: 'alias', trait, item, args };
    if (self.k === 'infer' && self.kind === 'ty') return null;
    const r = this.select(trait, args);
    if (r.kind === 'maybe') return null;
    if (r.kind === 'no') return ERROR;
    const derived = r.impl !== null ? [{ trait, args }] : undefined;
    for (const n of r.nested) this.pending.push(this.normalizeObligation({ ...n, cause: { span: span ?? n.cause.span, kind: 'misc', ...(derived ? { derived } : {}) } }));
    if (!r.impl) return ERROR;
    const assoc = r.impl.assocTys.get(name);
    if (!assoc) {
      // A trait default, or an associated type declared on a supertrait's impl.
      return ERROR;
    }
    return fcx.normalize(subst(assoc, r.implArgs), span);
  }
}

/** `impl<T> Trait<..> for T` with no where-clause other than `Sized`. */
function isUnconditionalBlanket(impl: ImplData, sized: DefId | undefined): boolean {
  return impl.selfTy.k === 'param' && impl.predicates.every((p) => p.kind === 'trait' && p.trait === sized);
}
