/**
 * Coercions (rustc's `coercion.rs`, the common ones) and autoderef: `!` to anything, `&mut T` to
 * `&T`, deref coercions (`&String` → `&str`, `&Vec<T>` → `&[T]`, `&Box<T>` → `&T`), unsizing of
 * arrays behind references and boxes (`&[T; N]` → `&[T]`), function items to function pointers.
 * Anything else must unify. Also the autoderef steps method lookup and field access walk.
 *
 * Owns: coercion and autoderef rules. Must not: report (the caller words the mismatch).
 */
import type { Ty } from '../ty/ty.js';
import { subst } from '../ty/ty.js';
import type { FnCtxt } from './fcx.js';

/** One step of autoderef: the type, and how it was reached. */
export interface DerefStep {
  readonly ty: Ty;
  /** `builtin` for `*&T`, `overloaded` through `Deref`. */
  readonly via: 'none' | 'builtin' | 'overloaded';
}

/** `ty`, `*ty`, `**ty`... through references, raw pointers excluded, and `Deref` impls. */
export function autoderefSteps(fcx: FnCtxt, ty: Ty, max = 10): DerefStep[] {
  const out: DerefStep[] = [{ ty: fcx.shallow(ty), via: 'none' }];
  for (let i = 0; i < max; i++) {
    const cur = out[out.length - 1]!.ty;
    const next = derefOnce(fcx, cur);
    if (!next) break;
    out.push(next);
  }
  return out;
}

export function derefOnce(fcx: FnCtxt, t0: Ty): DerefStep | null {
  const t = fcx.shallow(t0);
  if (t.k === 'ref') return { ty: fcx.shallow(t.ty), via: 'builtin' };
  if (t.k !== 'adt') return null;
  const target = overloadedDerefTarget(fcx, t);
  return target ? { ty: fcx.shallow(target), via: 'overloaded' } : null;
}

/** `<T as Deref>::Target` when `T` (an ADT) implements `Deref`. */
export function overloadedDerefTarget(fcx: FnCtxt, t: Ty): Ty | null {
  const lang = fcx.ctx.sigs.lang;
  const deref = lang.get('deref');
  const target = lang.get('deref_target');
  if (deref === undefined || target === undefined) return null;
  for (const idx of fcx.ctx.sigs.traitImpls.get(deref) ?? []) {
    const impl = fcx.ctx.sigs.impls[idx]!;
    const self = impl.selfTy;
    if (self.k !== 'adt' || t.k !== 'adt' || self.def !== t.def) continue;
    const r = fcx.infcx.commitIf(() => {
      const args = fcx.fulfill.freshImplArgs(impl);
      return fcx.infcx.unify(subst(self, args), t) ? args : null;
    });
    if (!r) continue;
    const tt = impl.assocTys.get('Target');
    return tt ? fcx.normalize(subst(tt, r), null) : null;
  }
  return null;
}

/**
 * Coerces a value of type `source` to `target`; binds variables on success. Returns false on
 * mismatch (after rolling back).
 */
export function coerce(fcx: FnCtxt, source0: Ty, target0: Ty): boolean {
  const infcx = fcx.infcx;
  const source = fcx.shallow(source0);
  const target = fcx.shallow(target0);
  if (source.k === 'never') return true;
  if (source.k === 'error' || target.k === 'error') return true;
  if (source.k === 'infer' || target.k === 'infer') return infcx.unify(source, target);
  if (source.k === 'ref' && target.k === 'ref') {
    if (source.mut === false && target.mut === true) return infcx.unify(source, target);
    // Deref coercion: find a step of the source's referent that unifies with the target's.
    const steps = autoderefSteps(fcx, source.ty);
    for (const s of steps) {
      if (infcx.commitIf(() => infcx.unify(s.ty, target.ty))) return true;
      // Unsizing at this step: `[T; N]` → `[T]`.
      const st = fcx.shallow(s.ty);
      const tt = fcx.shallow(target.ty);
      if (st.k === 'array' && tt.k === 'slice' && infcx.commitIf(() => infcx.unify(st.ty, tt.ty))) return true;
      if (tt.k === 'dyn') return true;
    }
    return false;
  }
  if (source.k === 'adt' && target.k === 'adt' && source.def === target.def && source.def === fcx.ctx.sigs.lang.get('owned_box')) {
    const s = source.args[0];
    const t = target.args[0];
    if (s && t && s.k !== 'region' && s.k !== 'const' && t.k !== 'region' && t.k !== 'const') {
      const ss = fcx.shallow(s);
      const tt = fcx.shallow(t);
      if (ss.k === 'array' && tt.k === 'slice') return infcx.unify(ss.ty, tt.ty);
      if (tt.k === 'dyn') return true;
    }
  }
  if (source.k === 'fnDef' && target.k === 'fnPtr') {
    const sig = fcx.ctx.sigs.fnSigs[source.def];
    if (!sig) return false;
    const ptr: Ty = { k: 'fnPtr', inputs: sig.inputs.map((i) => fcx.normalize(subst(i, source.args), null)), output: fcx.normalize(subst(sig.output, source.args), null) };
    return infcx.unify(ptr, target);
  }
  if (source.k === 'closure' && target.k === 'fnPtr') return infcx.unify({ k: 'fnPtr', inputs: source.inputs, output: source.output }, target);
  return infcx.unify(source, target);
}
