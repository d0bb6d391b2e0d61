/**
 * The trait impls std has for the primitive types, tuples, references and arrays, generated as
 * data instead of parsed text (they are many and regular): `Clone`/`Copy`/`PartialEq`/... for
 * every scalar, the arithmetic and bit operators on numbers in their four forms (`T op T`,
 * `T op &T`, `&T op T`, `&T op &T`) and their `*Assign` forms, lossless `From` and fallible
 * integer `TryFrom` conversions,
 * `Sum`/`Product`, and the generic impls for tuples (up to 12 elements), `&T` and `[T; N]`.
 * The operator impls std generates with macros carry their header span (op-macros.ts), which
 * diagnostics point at.
 *
 * Owns: the list of synthesized impls. Must not: depend on the parsed model beyond lang items.
 */
import type { DefId } from '../defs.js';
import type { Generics, GenericParamDef, ImplData, Predicate } from '../collect/types.js';
import type { GenericArg, Ty } from '../ty/ty.js';
import { BOOL, CHAR, STR, NEVER, UNIT, ERASED, mkRef, mkTuple, primTy, mkAdt } from '../ty/ty.js';
import { span as mkSpan, type Span } from '../../syntax/source-map.js';
import { INT_TYPES, SIGNED_INTS, UNSIGNED_INTS } from './model-prims.js';
import { opSpanKey, type OpForm } from './op-macros.js';

type BuiltinImpl = Omit<ImplData, 'index'>;

const NO_SPAN = mkSpan(0, 0);
const SYNTHETIC = -1 as DefId;

const FLOATS = ['f32', 'f64'] as const;
const NUMERIC = [...INT_TYPES, ...FLOATS];

function generics(n: number, consts = 0): Generics {
  const names = ['T', 'U', 'V', 'W', 'X', 'Y', 'Z', 'A', 'B', 'C', 'D', 'E'];
  const params: GenericParamDef[] = [];
  for (let i = 0; i < n; i++) params.push({ name: names[i]!, def: SYNTHETIC, index: i, kind: 'type', default: null, constTy: null, span: NO_SPAN });
  for (let i = 0; i < consts; i++) params.push({ name: 'N', def: SYNTHETIC, index: n + i, kind: 'const', default: null, constTy: primTy('usize'), span: NO_SPAN });
  return { parent: null, parentCount: 0, params, hasSelf: false, count: params.length, span: NO_SPAN };
}

function param(i: number): Ty {
  const names = ['T', 'U', 'V', 'W', 'X', 'Y', 'Z', 'A', 'B', 'C', 'D', 'E'];
  return { k: 'param', index: i, name: names[i]! };
}

/**
 * `opSpans`: the header spans of the operator impls std generates with macros, by `opSpanKey`
 * (std/op-macros.ts); empty when the source map has no std model.
 */
export function builtinImpls(lang: ReadonlyMap<string, DefId>, _findType: (name: string) => DefId | null, opSpans: ReadonlyMap<string, Span> = new Map()): BuiltinImpl[] {
  const out: BuiltinImpl[] = [];
  const L = (name: string): DefId | null => lang.get(name) ?? null;
  const impl = (trait: DefId | null, self: Ty, traitArgs: GenericArg[] = [], assoc: [string, Ty][] = [], g: Generics | null = null, preds: Predicate[] = [], headSpan?: Span) => {
    if (trait === null) return;
    const data: BuiltinImpl = { def: null, generics: g, traitRef: { trait, args: [self, ...traitArgs] }, selfTy: self, predicates: preds, assocTys: new Map(assoc), items: new Map(), isStd: true, deriveSpan: null };
    out.push(headSpan ? { ...data, headSpan } : data);
  };
  // An operator impl std generates with a macro: its span, when known.
  const opImpl = (op: string, name: string, form: OpForm, self: Ty, rhs: Ty, output: Ty | null) =>
    impl(L(op), self, [rhs], output ? [['Output', output]] : [], null, [], opSpans.get(opSpanKey(op, name, form)));
  const pred = (trait: DefId | null, self: Ty, args: GenericArg[] = []): Predicate[] => (trait === null ? [] : [{ kind: 'trait', trait, args: [self, ...args], span: NO_SPAN }]);

  const scalars: Ty[] = [...NUMERIC.map(primTy), BOOL, CHAR];
  for (const t of scalars) {
    impl(L('clone'), t);
    impl(L('copy'), t);
    impl(L('eq'), t, [t]);
    impl(L('partial_ord'), t, [t]);
    impl(L('Default'), t);
    impl(L('Debug'), t);
    impl(L('Display'), t);
    if (t.k !== 'float') {
      impl(L('Eq'), t);
      impl(L('Ord'), t);
      impl(L('Hash'), t);
    }
  }
  for (const t of [NEVER, STR]) {
    if (t.k === 'never') {
      impl(L('clone'), t);
      impl(L('copy'), t);
      impl(L('Debug'), t);
      impl(L('Display'), t);
    }
  }
  // (): Clone and Copy are the 0-tuple's; the rest are std impls.
  impl(L('eq'), UNIT, [UNIT]);
  impl(L('Eq'), UNIT);
  impl(L('partial_ord'), UNIT, [UNIT]);
  impl(L('Ord'), UNIT);
  impl(L('Default'), UNIT);
  impl(L('Hash'), UNIT);

  const arith = ['add', 'sub', 'mul', 'div', 'rem'];
  const bits = ['bitand', 'bitor', 'bitxor'];
  const assignOf = (op: string) => `${op}_assign`;
  // `T op T`, `T op &T`, `&T op T`, `&T op &T`, `T op= T`, `T op= &T`.
  const operatorImpls = (name: string, ops: readonly string[]) => {
    const t = primTy(name);
    const r = mkRef(t);
    for (const op of ops) {
      opImpl(op, name, 'val', t, t, t);
      opImpl(op, name, 'refRhs', t, r, t);
      opImpl(op, name, 'refSelf', r, t, t);
      opImpl(op, name, 'refBoth', r, r, t);
      opImpl(assignOf(op), name, 'val', t, t, null);
      opImpl(assignOf(op), name, 'refRhs', t, r, null);
    }
  };
  for (const name of NUMERIC) {
    const t = primTy(name);
    const r = mkRef(t);
    operatorImpls(name, name.startsWith('f') ? arith : [...arith, ...bits]);
    // Division by a `NonZero` of the same unsigned type (it cannot divide by zero).
    const nonZero = L('NonZero');
    if (nonZero !== null && (UNSIGNED_INTS as readonly string[]).includes(name)) {
      const nz = mkAdt(nonZero, [t]);
      for (const op of ['div', 'rem']) {
        opImpl(op, name, 'nonZero', t, nz, t);
        opImpl(assignOf(op), name, 'nonZero', t, nz, null);
      }
    }
    if (!name.startsWith('f')) {
      for (const other of INT_TYPES) {
        const o = primTy(other);
        for (const op of ['shl', 'shr']) {
          impl(L(op), t, [o], [['Output', t]]);
          impl(L(op), t, [mkRef(o)], [['Output', t]]);
          impl(L(op), r, [o], [['Output', t]]);
          impl(L(op), r, [mkRef(o)], [['Output', t]]);
          impl(L(assignOf(op)), t, [o]);
          impl(L(assignOf(op)), t, [mkRef(o)]);
        }
      }
      impl(L('not'), t, [], [['Output', t]]);
      impl(L('not'), r, [], [['Output', t]]);
      impl(L('Step'), t);
      for (const tr of ['LowerHex', 'UpperHex', 'Octal', 'Binary']) impl(L(tr), t);
    }
    if (name.startsWith('f') || (SIGNED_INTS as readonly string[]).includes(name)) {
      impl(L('neg'), t, [], [['Output', t]]);
      impl(L('neg'), r, [], [['Output', t]]);
    }
    impl(L('LowerExp'), t);
    impl(L('UpperExp'), t);
    const sum = lang.get('Sum') ?? null;
    const product = lang.get('Product') ?? null;
    impl(sum, t, [t]);
    impl(sum, t, [r]);
    impl(product, t, [t]);
    impl(product, t, [r]);
  }
  // `f16` and `f128` (unstable types) have std's arithmetic operators too, which rustc lists
  // among the impls of `Add`... for a number of unknown type.
  for (const name of ['f16', 'f128']) {
    operatorImpls(name, arith);
    impl(L('neg'), primTy(name), [], [['Output', primTy(name)]]);
    impl(L('neg'), mkRef(primTy(name)), [], [['Output', primTy(name)]]);
  }
  impl(L('Step'), CHAR);
  for (const op of bits) {
    const b = BOOL;
    const r = mkRef(b);
    opImpl(op, 'bool', 'val', b, b, b);
    opImpl(op, 'bool', 'refRhs', b, r, b);
    opImpl(op, 'bool', 'refSelf', r, b, b);
    opImpl(op, 'bool', 'refBoth', r, r, b);
    opImpl(assignOf(op), 'bool', 'val', b, b, null);
    opImpl(assignOf(op), 'bool', 'refRhs', b, r, null);
  }
  impl(L('not'), BOOL, [], [['Output', BOOL]]);
  impl(L('not'), mkRef(BOOL), [], [['Output', BOOL]]);

  // Lossless conversions.
  const from = L('From');
  const widen: [string, string[]][] = [
    ['u8', ['u16', 'u32', 'u64', 'u128', 'usize', 'i16', 'i32', 'i64', 'i128', 'isize', 'f32', 'f64', 'char']],
    ['u16', ['u32', 'u64', 'u128', 'usize', 'i32', 'i64', 'i128', 'f32', 'f64']],
    ['u32', ['u64', 'u128', 'i64', 'i128', 'f64']],
    ['u64', ['u128', 'i128']],
    ['i8', ['i16', 'i32', 'i64', 'i128', 'isize', 'f32', 'f64']],
    ['i16', ['i32', 'i64', 'i128', 'isize', 'f32', 'f64']],
    ['i32', ['i64', 'i128', 'f64']],
    ['i64', ['i128']],
    ['f32', ['f64']],
    ['bool', ['u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize']],
    ['char', ['u32', 'u64', 'u128']],
  ];
  for (const [src, targets] of widen) for (const dst of targets) impl(from, primTy(dst), [primTy(src)]);
  // Fallible integer conversions: `TryFrom` between the integer types with no lossless `From`
  // (the others get it from the blanket `impl<T, U: Into<T>> TryFrom<U> for T`).
  const tryFrom = L('TryFrom');
  const tryFromIntError = L('TryFromIntError');
  if (tryFrom !== null && tryFromIntError !== null) {
    const lossless = new Set(widen.flatMap(([src, targets]) => targets.map((dst) => `${src}>${dst}`)));
    for (const src of INT_TYPES) {
      for (const dst of INT_TYPES) {
        if (src === dst || lossless.has(`${src}>${dst}`)) continue;
        impl(tryFrom, primTy(dst), [primTy(src)], [['Error', mkAdt(tryFromIntError, [])]]);
      }
    }
  }

  // FromStr for integers and char.
  const fromStr = L('FromStr');
  const parseIntError = L('ParseIntError');
  if (fromStr !== null && parseIntError !== null) for (const name of INT_TYPES) impl(fromStr, primTy(name), [], [['Err', mkAdt(parseIntError, [])]]);

  // References: `&T: Clone + Copy`, comparisons through references, `Hash`.
  {
    const g = generics(1);
    const t = param(0);
    impl(L('clone'), mkRef(t), [], [], g);
    impl(L('copy'), mkRef(t), [], [], g);
    impl(L('Hash'), mkRef(t), [], [], g, pred(L('Hash'), t));
    impl(L('Eq'), mkRef(t), [], [], g, pred(L('Eq'), t));
    impl(L('Ord'), mkRef(t), [], [], g, pred(L('Ord'), t));
    const g2 = generics(2);
    const a = param(0);
    const b = param(1);
    impl(L('eq'), mkRef(a), [mkRef(b)], [], g2, pred(L('eq'), a, [b]));
    impl(L('eq'), mkRef(a, true), [mkRef(b, true)], [], g2, pred(L('eq'), a, [b]));
    impl(L('eq'), mkRef(a), [mkRef(b, true)], [], g2, pred(L('eq'), a, [b]));
    impl(L('eq'), mkRef(a, true), [mkRef(b)], [], g2, pred(L('eq'), a, [b]));
    impl(L('partial_ord'), mkRef(a), [mkRef(b)], [], g2, pred(L('partial_ord'), a, [b]));
  }
  // Arrays: `Clone`, `Copy`.
  {
    const g = generics(1, 1);
    const arr: Ty = { k: 'array', ty: param(0), len: { k: 'const', value: null, param: { index: 1, name: 'N' }, infer: null } };
    impl(L('clone'), arr, [], [], g, pred(L('clone'), param(0)));
    impl(L('copy'), arr, [], [], g, pred(L('copy'), param(0)));
  }
  // Tuples of 1 to 12 elements.
  for (let n = 1; n <= 12; n++) {
    const g = generics(n);
    const elems = Array.from({ length: n }, (_, i) => param(i));
    const tup = mkTuple(elems);
    const all = (trait: DefId | null, rhs = false) => elems.flatMap((e) => pred(trait, e, rhs ? [e] : []));
    impl(L('clone'), tup, [], [], g, all(L('clone')));
    impl(L('copy'), tup, [], [], g, all(L('copy')));
    impl(L('eq'), tup, [tup], [], g, all(L('eq'), true));
    impl(L('Eq'), tup, [], [], g, all(L('Eq')));
    impl(L('partial_ord'), tup, [tup], [], g, all(L('partial_ord'), true));
    impl(L('Ord'), tup, [], [], g, all(L('Ord')));
    impl(L('Default'), tup, [], [], g, all(L('Default')));
    impl(L('Debug'), tup, [], [], g, all(L('Debug')));
    impl(L('Hash'), tup, [], [], g, all(L('Hash')));
  }
  // fn pointers and items are `Copy`/`Clone` (the solver handles fn items; fn pointers here).
  void ERASED;
  return out;
}
