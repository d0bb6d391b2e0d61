/**
 * Types (rustc's `Ty`): small immutable plain objects, discriminated on `k`. Primitive types are
 * shared singletons; compound types are built fresh and compared structurally (`tyEq`). Generic
 * arguments are types, regions (lifetimes) or consts, in the order of the generics they
 * instantiate (see collect/generics.ts: parent's params first, `Self` first in traits).
 *
 * Inference variables (`infer`) belong to one body's inference context (typeck/infer.ts) and
 * never escape it: what a body's check returns is resolved.
 *
 * Owns: the type shapes, constructors, substitution and traversal. Must not: print (print.ts)
 * or know about inference rules.
 */
import type { DefId } from '../defs.js';
import type { NodeId } from '../../syntax/ast.js';

export type IntTy = 'i8' | 'i16' | 'i32' | 'i64' | 'i128' | 'isize';
export type UintTy = 'u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'usize';
export type FloatTy = 'f16' | 'f32' | 'f64' | 'f128';

/** A lifetime: a name (`'a`, `'static`) or null for an erased/anonymous one (printed `'_`). */
export interface Region {
  readonly k: 'region';
  readonly name: string | null;
}

export interface Const {
  readonly k: 'const';
  /** Known value, or null. */
  readonly value: number | null;
  /** A const generic parameter (`N`). */
  readonly param: { readonly index: number; readonly name: string } | null;
  /** A const inference variable. */
  readonly infer: number | null;
}

export type InferKind = 'ty' | 'int' | 'float';

export type Ty =
  | { readonly k: 'bool' }
  | { readonly k: 'char' }
  | { readonly k: 'str' }
  | { readonly k: 'never' }
  | { readonly k: 'int'; readonly t: IntTy }
  | { readonly k: 'uint'; readonly t: UintTy }
  | { readonly k: 'float'; readonly t: FloatTy }
  | { readonly k: 'adt'; readonly def: DefId; readonly args: readonly GenericArg[] }
  | { readonly k: 'ref'; readonly region: Region; readonly mut: boolean; readonly ty: Ty }
  | { readonly k: 'ptr'; readonly mut: boolean; readonly ty: Ty }
  | { readonly k: 'array'; readonly ty: Ty; readonly len: Const }
  | { readonly k: 'slice'; readonly ty: Ty }
  | { readonly k: 'tuple'; readonly elems: readonly Ty[] }
  /** A function item's zero-sized type: `fn(i32) -> i32 {foo}`. */
  | { readonly k: 'fnDef'; readonly def: DefId; readonly args: readonly GenericArg[] }
  | { readonly k: 'fnPtr'; readonly inputs: readonly Ty[]; readonly output: Ty }
  /** A closure: its signature is inferred with the body that contains it. */
  | { readonly k: 'closure'; readonly id: NodeId; readonly inputs: readonly Ty[]; readonly output: Ty; readonly kind: 'Fn' | 'FnMut' | 'FnOnce' }
  /**
   * The return-position `impl Fn*(inputs) -> output` of fn `def` (an opaque type: callers see only
   * that bound; the defining body returns its hidden type). Other `impl Trait`s are not modelled.
   */
  | { readonly k: 'opaque'; readonly def: DefId; readonly inputs: readonly Ty[]; readonly output: Ty; readonly kind: 'Fn' | 'FnMut' | 'FnOnce' }
  /** A generic parameter: index into the generics in scope. `Self` of a trait is index 0. */
  | { readonly k: 'param'; readonly index: number; readonly name: string }
  /** `<args[0] as Trait<args[1..]>>::Item`: a projection of an associated type. */
  | { readonly k: 'alias'; readonly trait: DefId; readonly item: DefId; readonly args: readonly GenericArg[] }
  | { readonly k: 'dyn'; readonly trait: DefId; readonly args: readonly GenericArg[] }
  | { readonly k: 'infer'; readonly v: number; readonly kind: InferKind }
  | { readonly k: 'error' };

export type GenericArg = Ty | Region | Const;

export type TyKind = Ty['k'];

export const BOOL: Ty = Object.freeze({ k: 'bool' });
export const CHAR: Ty = Object.freeze({ k: 'char' });
export const STR: Ty = Object.freeze({ k: 'str' });
export const NEVER: Ty = Object.freeze({ k: 'never' });
export const UNIT: Ty = Object.freeze({ k: 'tuple', elems: Object.freeze([]) as readonly Ty[] });
export const ERROR: Ty = Object.freeze({ k: 'error' });
export const ERASED: Region = Object.freeze({ k: 'region', name: null });
export const STATIC: Region = Object.freeze({ k: 'region', name: "'static" });

const INTS = new Map<string, Ty>();
for (const t of ['i8', 'i16', 'i32', 'i64', 'i128', 'isize'] as const) INTS.set(t, Object.freeze({ k: 'int', t }));
for (const t of ['u8', 'u16', 'u32', 'u64', 'u128', 'usize'] as const) INTS.set(t, Object.freeze({ k: 'uint', t }));
for (const t of ['f16', 'f32', 'f64', 'f128'] as const) INTS.set(t, Object.freeze({ k: 'float', t }));

export function primTy(name: string): Ty {
  switch (name) {
    case 'bool':
      return BOOL;
    case 'char':
      return CHAR;
    case 'str':
      return STR;
  }
  const t = INTS.get(name);
  if (!t) throw new Error(`not a primitive type: ${name}`);
  return t;
}

export const I32 = primTy('i32');
export const USIZE = primTy('usize');
export const F64 = primTy('f64');
export const U8 = primTy('u8');
export const U32 = primTy('u32');

export function isTy(a: GenericArg): a is Ty {
  return a.k !== 'region' && a.k !== 'const';
}

export function mkRef(ty: Ty, mut = false, region: Region = ERASED): Ty {
  return { k: 'ref', region, mut, ty };
}

export function mkTuple(elems: readonly Ty[]): Ty {
  return elems.length === 0 ? UNIT : { k: 'tuple', elems };
}

export function mkAdt(def: DefId, args: readonly GenericArg[]): Ty {
  return { k: 'adt', def, args };
}

export function mkConst(value: number | null): Const {
  return { k: 'const', value, param: null, infer: null };
}

export const CONST_ERROR: Const = Object.freeze({ k: 'const', value: null, param: null, infer: null });

export function isUnit(t: Ty): boolean {
  return t.k === 'tuple' && t.elems.length === 0;
}

export function isIntegral(t: Ty): boolean {
  return t.k === 'int' || t.k === 'uint' || (t.k === 'infer' && t.kind === 'int');
}

export function isNumeric(t: Ty): boolean {
  return t.k === 'int' || t.k === 'uint' || t.k === 'float' || (t.k === 'infer' && (t.kind === 'int' || t.kind === 'float'));
}

export function isScalar(t: Ty): boolean {
  return isNumeric(t) || t.k === 'bool' || t.k === 'char';
}

/** Types of the `k` kinds that have no components. */
export function isPrimitive(t: Ty): boolean {
  return t.k === 'bool' || t.k === 'char' || t.k === 'str' || t.k === 'int' || t.k === 'uint' || t.k === 'float' || t.k === 'never';
}

// -- structural equality ----------------------------------------------------------------------------

export function argEq(a: GenericArg, b: GenericArg): boolean {
  if (a === b) return true;
  if (a.k === 'region') return b.k === 'region';
  if (a.k === 'const') return b.k === 'const' && constEq(a, b);
  if (b.k === 'region' || b.k === 'const') return false;
  return tyEq(a, b);
}

export function constEq(a: Const, b: Const): boolean {
  if (a.value !== null || b.value !== null) return a.value === b.value;
  if (a.param || b.param) return a.param?.index === b.param?.index;
  return a.infer === b.infer;
}

export function argsEq(a: readonly GenericArg[], b: readonly GenericArg[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!argEq(a[i]!, b[i]!)) return false;
  return true;
}

/** Structural equality (regions ignored). */
export function tyEq(a: Ty, b: Ty): boolean {
  if (a === b) return true;
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'int':
    case 'uint':
    case 'float':
      return a.t === (b as typeof a).t;
    case 'adt':
    case 'fnDef': {
      const bb = b as typeof a;
      return a.def === bb.def && argsEq(a.args, bb.args);
    }
    case 'dyn': {
      const bb = b as typeof a;
      return a.trait === bb.trait && argsEq(a.args.slice(1), bb.args.slice(1));
    }
    case 'ref':
    case 'ptr': {
      const bb = b as typeof a;
      return a.mut === bb.mut && tyEq(a.ty, bb.ty);
    }
    case 'array': {
      const bb = b as typeof a;
      return tyEq(a.ty, bb.ty) && constEq(a.len, bb.len);
    }
    case 'slice':
      return tyEq(a.ty, (b as typeof a).ty);
    case 'tuple': {
      const bb = b as typeof a;
      if (a.elems.length !== bb.elems.length) return false;
      for (let i = 0; i < a.elems.length; i++) if (!tyEq(a.elems[i]!, bb.elems[i]!)) return false;
      return true;
    }
    case 'fnPtr': {
      const bb = b as typeof a;
      if (a.inputs.length !== bb.inputs.length || !tyEq(a.output, bb.output)) return false;
      for (let i = 0; i < a.inputs.length; i++) if (!tyEq(a.inputs[i]!, bb.inputs[i]!)) return false;
      return true;
    }
    case 'closure':
      return a.id === (b as typeof a).id;
    case 'opaque': {
      const bb = b as typeof a;
      return a.def === bb.def && a.inputs.length === bb.inputs.length && a.inputs.every((x, i) => tyEq(x, bb.inputs[i]!)) && tyEq(a.output, bb.output);
    }
    case 'param':
      return a.index === (b as typeof a).index;
    case 'alias': {
      const bb = b as typeof a;
      return a.item === bb.item && argsEq(a.args, bb.args);
    }
    case 'infer':
      return a.v === (b as typeof a).v;
    default:
      return true;
  }
}

// -- traversal ----------------------------------------------------------------------------------------

/** Rebuilds a type bottom-up with `f` applied to every type node (children first). Shares unchanged parts. */
export function mapTy(t: Ty, f: (t: Ty) => Ty): Ty {
  switch (t.k) {
    case 'adt':
    case 'fnDef':
    case 'dyn':
    case 'alias': {
      const args = mapArgs(t.args, f);
      return f(args === t.args ? t : ({ ...t, args } as Ty));
    }
    case 'ref':
    case 'ptr':
    case 'slice': {
      const inner = mapTy(t.ty, f);
      return f(inner === t.ty ? t : ({ ...t, ty: inner } as Ty));
    }
    case 'array': {
      const inner = mapTy(t.ty, f);
      return f(inner === t.ty ? t : { ...t, ty: inner });
    }
    case 'tuple': {
      const elems = mapList(t.elems, (e) => mapTy(e, f));
      return f(elems === t.elems ? t : mkTuple(elems));
    }
    case 'fnPtr': {
      const inputs = mapList(t.inputs, (e) => mapTy(e, f));
      const output = mapTy(t.output, f);
      return f(inputs === t.inputs && output === t.output ? t : { k: 'fnPtr', inputs, output });
    }
    case 'closure':
    case 'opaque': {
      const inputs = mapList(t.inputs, (e) => mapTy(e, f));
      const output = mapTy(t.output, f);
      return f(inputs === t.inputs && output === t.output ? t : { ...t, inputs, output });
    }
    default:
      return f(t);
  }
}

export function mapArgs(args: readonly GenericArg[], f: (t: Ty) => Ty): readonly GenericArg[] {
  return mapList(args, (a) => (isTy(a) ? mapTy(a, f) : a));
}

function mapList<T>(xs: readonly T[], f: (x: T) => T): readonly T[] {
  let out: T[] | null = null;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const y = f(x);
    if (y !== x && out === null) out = xs.slice(0, i);
    if (out !== null) out.push(y);
  }
  return out ?? xs;
}

/** True if `pred` holds for some type node. */
export function anyTy(t: Ty, pred: (t: Ty) => boolean): boolean {
  if (pred(t)) return true;
  switch (t.k) {
    case 'adt':
    case 'fnDef':
    case 'dyn':
    case 'alias':
      return t.args.some((a) => isTy(a) && anyTy(a, pred));
    case 'ref':
    case 'ptr':
    case 'slice':
    case 'array':
      return anyTy(t.ty, pred);
    case 'tuple':
      return t.elems.some((e) => anyTy(e, pred));
    case 'fnPtr':
    case 'closure':
    case 'opaque':
      return t.inputs.some((e) => anyTy(e, pred)) || anyTy(t.output, pred);
    default:
      return false;
  }
}

export function hasParams(t: Ty): boolean {
  return anyTy(t, (x) => x.k === 'param');
}

export function hasInfer(t: Ty): boolean {
  return anyTy(t, (x) => x.k === 'infer');
}

export function hasError(t: Ty): boolean {
  return anyTy(t, (x) => x.k === 'error');
}

/** Replaces generic parameters by `args` (by index); const params in array lengths too. */
export function subst(t: Ty, args: readonly GenericArg[]): Ty {
  if (args.length === 0) return t;
  return mapTy(t, (x) => {
    if (x.k === 'param') {
      const a = args[x.index];
      return a && isTy(a) ? a : x;
    }
    if (x.k === 'array' && x.len.param) {
      const a = args[x.len.param.index];
      if (a && a.k === 'const') return { ...x, len: a };
    }
    // Const arguments (`Ring<T, N>`): mapTy reaches types only.
    if ((x.k === 'adt' || x.k === 'fnDef' || x.k === 'dyn' || x.k === 'alias') && x.args.some((a) => a.k === 'const' && a.param !== null)) {
      return { ...x, args: substArgs(x.args, args) } as Ty;
    }
    return x;
  });
}

export function substArgs(list: readonly GenericArg[], args: readonly GenericArg[]): readonly GenericArg[] {
  if (args.length === 0) return list;
  return list.map((a) => {
    if (isTy(a)) return subst(a, args);
    if (a.k === 'const' && a.param) {
      const r = args[a.param.index];
      return r && r.k === 'const' ? r : a;
    }
    return a;
  });
}

/** The element type a `[T]`, `[T; N]`, `str` indexing or iteration sees. */
export function peelRefs(t: Ty): Ty {
  let cur = t;
  while (cur.k === 'ref') cur = cur.ty;
  return cur;
}
