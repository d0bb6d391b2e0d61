/**
 * The inference context of one body (rustc's `InferCtxt`, much reduced): type, integer and float
 * variables in a union-find with bindings, structural unification (regions ignored), resolution,
 * and snapshots that method probing and trait selection roll back. Integer and float variables
 * accept only integer and float types; unresolved ones fall back to `i32` and `f64`.
 *
 * Owns: variables and unification. Must not: know about traits or report errors (it returns the
 * mismatch; typeck words it).
 */
import type { Span } from '../../syntax/source-map.js';
import type { Const, GenericArg, InferKind, Ty } from '../ty/ty.js';
import { F64, I32, isTy, mapTy } from '../ty/ty.js';

interface VarData {
  parent: number;
  value: Ty | null;
  kind: InferKind;
  readonly origin: Span;
  /** Created for an expression that diverges (`return`, `panic!()`): falls back to `()`... or `!`. */
  diverging: boolean;
  /** The generic parameter the variable was created for (`T` of `Vec::new`), for E0282. */
  param: string | null;
}

type UndoEntry = { kind: 'bind'; v: number; prev: Ty | null; prevKind: InferKind } | { kind: 'union'; child: number; prevParent: number } | { kind: 'new' } | { kind: 'const'; v: number };

export interface Snapshot {
  readonly undoLen: number;
}

export class InferCtxt {
  private readonly vars: VarData[] = [];
  /** Roots bound by numeric fallback (`{integer}` → `i32`): E0282's suggestion shows them as `_`. */
  readonly defaulted = new Set<number>();
  private readonly constVars: (Const | null)[] = [];
  private undo: UndoEntry[] | null = null;
  private snapshots = 0;

  newVar(kind: InferKind, origin: Span, diverging = false, param: string | null = null): Ty {
    const v = this.vars.length;
    this.vars.push({ parent: v, value: null, kind, origin, diverging, param });
    if (this.undo) this.undo.push({ kind: 'new' });
    return { k: 'infer', v, kind };
  }

  newConstVar(): Const {
    const v = this.constVars.length;
    this.constVars.push(null);
    return { k: 'const', value: null, param: null, infer: v };
  }

  get varCount(): number {
    return this.vars.length;
  }

  originOf(v: number): Span {
    return this.vars[v]!.origin;
  }

  /** The root of a variable. */
  rootOf(v: number): number {
    return this.find(v);
  }

  /** Whether the variable (or a variable it was bound to) was bound by numeric fallback. */
  wasDefaulted(v: number): boolean {
    for (let i = 0; i < 64; i++) {
      const root = this.find(v);
      if (this.defaulted.has(root)) return true;
      const val = this.vars[root]!.value;
      if (!val || val.k !== 'infer') return false;
      v = val.v;
    }
    return false;
  }

  /** The generic parameter a variable was created for, if any. */
  paramOf(v: number): string | null {
    return this.vars[v]!.param;
  }

  isDiverging(v: number): boolean {
    return this.vars[this.find(v)]!.diverging;
  }

  private find(v: number): number {
    let cur = v;
    while (this.vars[cur]!.parent !== cur) cur = this.vars[cur]!.parent;
    return cur;
  }

  /** Resolves a top-level variable one step (to its binding, or its root variable). */
  shallow(t: Ty): Ty {
    let cur = t;
    while (cur.k === 'infer') {
      const root = this.find(cur.v);
      const d = this.vars[root]!;
      if (d.value === null) return root === cur.v && d.kind === cur.kind ? cur : { k: 'infer', v: root, kind: d.kind };
      cur = d.value;
    }
    return cur;
  }

  /** Resolves all variables inside a type (unresolved ones stay). */
  resolve(t: Ty): Ty {
    if (t.k === 'infer') {
      const s = this.shallow(t);
      return s.k === 'infer' ? s : this.resolve(s);
    }
    if (t.k === 'bool' || t.k === 'int' || t.k === 'uint' || t.k === 'float' || t.k === 'char' || t.k === 'str' || t.k === 'param' || t.k === 'never' || t.k === 'error') return t;
    return mapTy(t, (x) => {
      if (x.k === 'infer') {
        const s = this.shallow(x);
        return s.k === 'infer' ? s : this.resolve(s);
      }
      if (x.k === 'array' && x.len.infer !== null) {
        const c = this.resolveConst(x.len);
        return c === x.len ? x : { ...x, len: c };
      }
      if ((x.k === 'adt' || x.k === 'fnDef' || x.k === 'dyn' || x.k === 'alias') && x.args.some((a) => a.k === 'const' && a.infer !== null)) {
        return { ...x, args: x.args.map((a) => (a.k === 'const' ? this.resolveConst(a) : a)) } as Ty;
      }
      return x;
    });
  }

  resolveArg(a: GenericArg): GenericArg {
    if (isTy(a)) return this.resolve(a);
    if (a.k === 'const') return this.resolveConst(a);
    return a;
  }

  resolveConst(c: Const): Const {
    let cur = c;
    while (cur.infer !== null) {
      const v = this.constVars[cur.infer];
      if (!v) return cur;
      cur = v;
    }
    return cur;
  }

  // -- snapshots --------------------------------------------------------------------------------

  snapshot(): Snapshot {
    if (!this.undo) this.undo = [];
    this.snapshots++;
    return { undoLen: this.undo.length };
  }

  rollback(s: Snapshot): void {
    const undo = this.undo!;
    while (undo.length > s.undoLen) {
      const e = undo.pop()!;
      if (e.kind === 'bind') {
        this.vars[e.v]!.value = e.prev;
        this.vars[e.v]!.kind = e.prevKind;
      } else if (e.kind === 'union') this.vars[e.child]!.parent = e.prevParent;
      else if (e.kind === 'new') this.vars.pop();
      else this.constVars[e.v] = null;
    }
    this.end();
  }

  commit(_s: Snapshot): void {
    this.end();
  }

  private end(): void {
    this.snapshots--;
    if (this.snapshots === 0) this.undo = null;
  }

  /** Runs `f` in a snapshot that is always rolled back. */
  probe<T>(f: () => T): T {
    const s = this.snapshot();
    try {
      return f();
    } finally {
      this.rollback(s);
    }
  }

  /** Runs `f`; keeps its bindings if it returns a truthy value, else rolls back. */
  commitIf<T>(f: () => T): T {
    const s = this.snapshot();
    let ok = false;
    try {
      const r = f();
      ok = !!r;
      return r;
    } finally {
      if (ok) this.commit(s);
      else this.rollback(s);
    }
  }

  // -- binding ----------------------------------------------------------------------------------

  private bind(v: number, t: Ty): void {
    const root = this.find(v);
    const d = this.vars[root]!;
    if (this.undo) this.undo.push({ kind: 'bind', v: root, prev: d.value, prevKind: d.kind });
    d.value = t;
  }

  private union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    // The older variable stays the root: its origin (where the user's expression made it, and for
    // which generic parameter) is what E0282 reports.
    if (rb < ra) [ra, rb] = [rb, ra];
    const da = this.vars[ra]!;
    const db = this.vars[rb]!;
    // The stricter kind wins: an int var joined with a type var is an int var.
    const kind: InferKind = da.kind !== 'ty' ? da.kind : db.kind;
    if (this.undo) {
      this.undo.push({ kind: 'union', child: rb, prevParent: db.parent });
      this.undo.push({ kind: 'bind', v: ra, prev: da.value, prevKind: da.kind });
    }
    db.parent = ra;
    da.kind = kind;
    da.diverging = da.diverging && db.diverging;
  }

  private occurs(v: number, t: Ty): boolean {
    const root = this.find(v);
    let found = false;
    mapTy(t, (x) => {
      if (x.k === 'infer' && this.find(x.v) === root) found = true;
      return x;
    });
    return found;
  }

  /** Unifies two types; false (with bindings rolled back to the point of failure's caller) on mismatch. */
  unify(a: Ty, b: Ty): boolean {
    const s = this.snapshot();
    const ok = this.unifyInner(a, b);
    if (ok) this.commit(s);
    else this.rollback(s);
    return ok;
  }

  private unifyInner(a0: Ty, b0: Ty): boolean {
    const a = this.shallow(a0);
    const b = this.shallow(b0);
    if (a === b) return true;
    if (a.k === 'error' || b.k === 'error') return true;
    if (a.k === 'infer' && b.k === 'infer') {
      if (a.kind === 'int' && b.kind === 'float') return false;
      if (a.kind === 'float' && b.kind === 'int') return false;
      this.union(a.v, b.v);
      return true;
    }
    if (a.k === 'infer') return this.bindVar(a, b);
    if (b.k === 'infer') return this.bindVar(b, a);
    if (a.k !== b.k) return false;
    switch (a.k) {
      case 'bool':
      case 'char':
      case 'str':
      case 'never':
        return true;
      case 'int':
      case 'uint':
      case 'float':
        return a.t === (b as typeof a).t;
      case 'adt':
      case 'fnDef': {
        const bb = b as typeof a;
        return a.def === bb.def && this.unifyArgs(a.args, bb.args);
      }
      case 'dyn': {
        const bb = b as typeof a;
        return a.trait === bb.trait && this.unifyArgs(a.args.slice(1), bb.args.slice(1));
      }
      case 'alias': {
        const bb = b as typeof a;
        return a.item === bb.item && this.unifyArgs(a.args, bb.args);
      }
      case 'ref':
      case 'ptr': {
        const bb = b as typeof a;
        return a.mut === bb.mut && this.unifyInner(a.ty, bb.ty);
      }
      case 'slice':
        return this.unifyInner(a.ty, (b as typeof a).ty);
      case 'array': {
        const bb = b as typeof a;
        return this.unifyInner(a.ty, bb.ty) && this.unifyConst(a.len, bb.len);
      }
      case 'tuple': {
        const bb = b as typeof a;
        if (a.elems.length !== bb.elems.length) return false;
        for (let i = 0; i < a.elems.length; i++) if (!this.unifyInner(a.elems[i]!, bb.elems[i]!)) return false;
        return true;
      }
      case 'fnPtr': {
        const bb = b as typeof a;
        if (a.inputs.length !== bb.inputs.length) return false;
        for (let i = 0; i < a.inputs.length; i++) if (!this.unifyInner(a.inputs[i]!, bb.inputs[i]!)) return false;
        return this.unifyInner(a.output, bb.output);
      }
      case 'closure':
        return a.id === (b as typeof a).id;
      case 'opaque': {
        const bb = b as typeof a;
        if (a.def !== bb.def || a.inputs.length !== bb.inputs.length) return false;
        for (let i = 0; i < a.inputs.length; i++) if (!this.unifyInner(a.inputs[i]!, bb.inputs[i]!)) return false;
        return this.unifyInner(a.output, bb.output);
      }
      case 'param':
        return a.index === (b as typeof a).index;
      default:
        return false;
    }
  }

  private bindVar(v: Ty & { k: 'infer' }, t: Ty): boolean {
    if (v.kind === 'int' && !(t.k === 'int' || t.k === 'uint')) return false;
    if (v.kind === 'float' && t.k !== 'float') return false;
    if (this.occurs(v.v, t)) return false;
    this.bind(v.v, t);
    return true;
  }

  private unifyArgs(a: readonly GenericArg[], b: readonly GenericArg[]): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      const y = b[i]!;
      if (x.k === 'region' || y.k === 'region') continue;
      if (x.k === 'const' || y.k === 'const') {
        if (x.k !== 'const' || y.k !== 'const' || !this.unifyConst(x, y)) return false;
        continue;
      }
      if (!this.unifyInner(x as Ty, y as Ty)) return false;
    }
    return true;
  }

  private unifyConst(a0: Const, b0: Const): boolean {
    const a = this.resolveConst(a0);
    const b = this.resolveConst(b0);
    if (a.infer !== null && b.infer !== null) {
      if (a.infer === b.infer) return true;
      this.setConst(a.infer, b);
      return true;
    }
    if (a.infer !== null) {
      this.setConst(a.infer, b);
      return true;
    }
    if (b.infer !== null) {
      this.setConst(b.infer, a);
      return true;
    }
    if (a.value !== null && b.value !== null) return a.value === b.value;
    if (a.param && b.param) return a.param.index === b.param.index;
    // An unknown length (an error already reported, or a constant weftc cannot evaluate) matches.
    return a.value === null && a.param === null ? true : b.value === null && b.param === null;
  }

  private setConst(v: number, c: Const): void {
    this.constVars[v] = c;
    if (this.undo) this.undo.push({ kind: 'const', v });
  }

  // -- fallback ---------------------------------------------------------------------------------

  /** Unbound integer and float variables fall back to `i32` and `f64`; returns whether any did. */
  fallbackNumeric(): boolean {
    let any = false;
    for (let v = 0; v < this.vars.length; v++) {
      const d = this.vars[v]!;
      if (d.parent !== v || d.value !== null) continue;
      if (d.kind === 'int') {
        this.bind(v, I32);
        this.defaulted.add(v);
        any = true;
      } else if (d.kind === 'float') {
        this.bind(v, F64);
        this.defaulted.add(v);
        any = true;
      }
    }
    return any;
  }

  /** Unbound type variables created for diverging expressions fall back to `()`... as rustc's `!` fallback. */
  fallbackDiverging(to: Ty): void {
    for (let v = 0; v < this.vars.length; v++) {
      const d = this.vars[v]!;
      if (d.parent === v && d.value === null && d.kind === 'ty' && d.diverging) this.bind(v, to);
    }
  }

  isUnresolved(t: Ty): boolean {
    return this.shallow(t).k === 'infer';
  }
}
