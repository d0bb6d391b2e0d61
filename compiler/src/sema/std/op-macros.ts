/**
 * Where std's operator impls for the primitive types come from. In std they are not written out
 * but generated: `add_impl! { usize u8 ... f64 }` in `core/src/ops/arith.rs` expands, for each
 * type, to `impl Add for T` and a `forward_ref_binop!` invocation, which `core/src/internal_macros.rs`
 * expands to the three by-reference forms (`&T + T`, `T + &T`, `&T + &T`); the `*Assign` traits
 * get `impl AddAssign for T` and `forward_ref_op_assign!` (`T += &T`). weftc synthesizes these
 * impls as data (builtin-impls.ts); this module gives them what rustc's diagnostics show of them:
 * the impl header's span inside the macro definition, and the macro expansions (invocation, call
 * site, definition) that lead there, so that "the following other types implement trait" points
 * where rustc points and ends with "this error originates in the macro `add_impl`".
 *
 * The layout (line and column of each macro's definition, of the impl header inside it, of the
 * nested invocation and of the outer invocation) is rustc 1.95.0's, as its JSON diagnostics
 * report it. The model files without source get comment lines at those line numbers (see
 * `opMacroLines`), so that the spans resolve to the right lines.
 *
 * Owns: the layout data, the model lines it needs, the expansion records and the span of each
 * synthesized operator impl. Must not: decide which impls exist (builtin-impls.ts does).
 */
import type { SourceFile, SourceMap, Span } from '../../syntax/source-map.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import { bug } from '../../util/bug.js';
import { INT_TYPES } from './model-prims.js';

/** A place in a std file: 1-based lines, 1-based columns, the end exclusive (rustc's JSON). */
type Place = readonly [lineStart: number, colStart: number, lineEnd: number, colEnd: number];

/** One `macro_rules!` of std that generates operator impls, and its one invocation. */
interface OpMacro {
  /** The lang item names of the traits: the operator (`add`) and the form it generates. */
  readonly trait: string;
  readonly file: 'core/src/ops/arith.rs' | 'core/src/ops/bit.rs';
  readonly name: string;
  readonly def: Place;
  /** `impl Add for $t` inside the definition. */
  readonly header: Place;
  /** The nested `forward_ref_binop!`/`forward_ref_op_assign!` inside the definition. */
  readonly forward: Place;
  readonly invocation: Place;
  /** The types of the invocation weftc models. */
  readonly types: readonly string[];
}

const FLOATS = ['f16', 'f32', 'f64', 'f128'];
const NUMERIC = [...INT_TYPES, ...FLOATS];
const BITS = ['bool', ...INT_TYPES];

const ARITH = 'core/src/ops/arith.rs';
const BIT = 'core/src/ops/bit.rs';
export const INTERNAL_MACROS = 'core/src/internal_macros.rs';

/** `forward_ref_binop!`: its definition and the headers of the `&T op U`, `T op &U`, `&T op &U` impls. */
const FORWARD_REF_BINOP = { name: 'forward_ref_binop', def: [19, 1, 54, 2] as Place, headers: [[22, 9, 22, 36], [33, 9, 33, 36], [44, 9, 44, 37]] as Place[] };
/** `forward_ref_op_assign!`: its definition and the header of the `T op= &U` impl. */
const FORWARD_REF_OP_ASSIGN = { name: 'forward_ref_op_assign', def: [58, 1, 69, 2] as Place, headers: [[61, 9, 61, 36]] as Place[] };

const INTS = [...INT_TYPES];
const BINOPS: readonly OpMacro[] = [
  { trait: 'add', file: ARITH, name: 'add_impl', def: [95, 1, 112, 2], header: [99, 9, 99, 30], forward: [108, 9, 110, 75], invocation: [114, 1, 114, 83], types: NUMERIC },
  { trait: 'sub', file: ARITH, name: 'sub_impl', def: [208, 1, 225, 2], header: [212, 9, 212, 30], forward: [221, 9, 223, 75], invocation: [227, 1, 227, 83], types: NUMERIC },
  { trait: 'mul', file: ARITH, name: 'mul_impl', def: [342, 1, 359, 2], header: [346, 9, 346, 30], forward: [355, 9, 357, 75], invocation: [361, 1, 361, 83], types: NUMERIC },
  { trait: 'div', file: ARITH, name: 'div_impl_integer', def: [480, 1, 502, 2], header: [490, 9, 490, 30], forward: [498, 9, 500, 75], invocation: [504, 1, 507, 2], types: INTS },
  { trait: 'div', file: ARITH, name: 'div_impl_float', def: [509, 1, 524, 2], header: [513, 9, 513, 30], forward: [520, 9, 522, 75], invocation: [526, 1, 526, 37], types: FLOATS },
  { trait: 'rem', file: ARITH, name: 'rem_impl_integer', def: [589, 1, 611, 2], header: [599, 9, 599, 30], forward: [607, 9, 609, 75], invocation: [613, 1, 616, 2], types: INTS },
  { trait: 'rem', file: ARITH, name: 'rem_impl_float', def: [618, 1, 648, 2], header: [637, 9, 637, 30], forward: [644, 9, 646, 75], invocation: [650, 1, 650, 37], types: FLOATS },
  { trait: 'bitand', file: BIT, name: 'bitand_impl', def: [170, 1, 185, 2], header: [174, 9, 174, 33], forward: [181, 9, 183, 75], invocation: [187, 1, 187, 74], types: BITS },
  { trait: 'bitor', file: BIT, name: 'bitor_impl', def: [274, 1, 289, 2], header: [278, 9, 278, 32], forward: [285, 9, 287, 75], invocation: [291, 1, 291, 73], types: BITS },
  { trait: 'bitxor', file: BIT, name: 'bitxor_impl', def: [378, 1, 393, 2], header: [382, 9, 382, 33], forward: [389, 9, 391, 75], invocation: [395, 1, 395, 74], types: BITS },
];
const ASSIGN_OPS: readonly OpMacro[] = [
  { trait: 'add_assign', file: ARITH, name: 'add_assign_impl', def: [783, 1, 798, 2], header: [787, 9, 787, 36], forward: [794, 9, 796, 75], invocation: [800, 1, 800, 90], types: NUMERIC },
  { trait: 'sub_assign', file: ARITH, name: 'sub_assign_impl', def: [854, 1, 869, 2], header: [858, 9, 858, 36], forward: [865, 9, 867, 75], invocation: [871, 1, 871, 90], types: NUMERIC },
  { trait: 'mul_assign', file: ARITH, name: 'mul_assign_impl', def: [916, 1, 931, 2], header: [920, 9, 920, 36], forward: [927, 9, 929, 75], invocation: [933, 1, 933, 90], types: NUMERIC },
  { trait: 'div_assign', file: ARITH, name: 'div_assign_impl', def: [978, 1, 992, 2], header: [982, 9, 982, 36], forward: [988, 9, 990, 75], invocation: [994, 1, 994, 90], types: NUMERIC },
  { trait: 'rem_assign', file: ARITH, name: 'rem_assign_impl', def: [1043, 1, 1057, 2], header: [1047, 9, 1047, 36], forward: [1053, 9, 1055, 75], invocation: [1059, 1, 1059, 90], types: NUMERIC },
  { trait: 'bitand_assign', file: BIT, name: 'bitand_assign_impl', def: [740, 1, 753, 2], header: [744, 9, 744, 39], forward: [749, 9, 751, 75], invocation: [755, 1, 755, 81], types: BITS },
  { trait: 'bitor_assign', file: BIT, name: 'bitor_assign_impl', def: [815, 1, 828, 2], header: [819, 9, 819, 38], forward: [824, 9, 826, 75], invocation: [830, 1, 830, 80], types: BITS },
  { trait: 'bitxor_assign', file: BIT, name: 'bitxor_assign_impl', def: [890, 1, 903, 2], header: [894, 9, 894, 39], forward: [899, 9, 901, 75], invocation: [905, 1, 905, 81], types: BITS },
];

/**
 * `nonzero_integer!` (in `core/src/num/nonzero.rs`) is invoked once per integer type and invokes
 * itself, then `nonzero_integer_signedness_dependent_impls!`, which for the unsigned types writes
 * `impl DivAssign<NonZero<T>> for T` and `impl RemAssign<NonZero<T>> for T`.
 */
const NONZERO_FILE = 'core/src/num/nonzero.rs';
const NONZERO = {
  outer: { name: 'nonzero_integer', def: [503, 1, 1473, 2] as Place, recursive: [1431, 9, 1444, 10] as Place },
  inner: { name: 'nonzero_integer_signedness_dependent_impls', def: [1475, 1, 1582, 2] as Place, call: [1416, 9, 1416, 70] as Place },
  headers: { div_assign: [1499, 9, 1499, 53] as Place, rem_assign: [1527, 9, 1527, 53] as Place },
  invocations: { u8: [2412, 1, 2422, 2], u16: [2424, 1, 2434, 2], u32: [2436, 1, 2446, 2], u64: [2448, 1, 2458, 2], u128: [2460, 1, 2470, 2], usize: [2499, 1, 2509, 2] } as Record<string, Place>,
};

/**
 * The forms of an operator impl: `T op T`, `&T op T`, `T op &T`, `&T op &T` for a binary operator,
 * `T op= T`, `T op= &T` for an assignment (the `&`-forms' order is forward_ref_binop's);
 * `nonZero`: `T op= NonZero<T>`.
 */
export type OpForm = 'val' | 'refSelf' | 'refRhs' | 'refBoth' | 'nonZero';

export function opSpanKey(trait: string, ty: string, form: OpForm): string {
  return `${trait}|${ty}|${form}`;
}

function placesByFile(): Map<string, Place[]> {
  const out = new Map<string, Place[]>();
  const add = (file: string, p: Place) => {
    let l = out.get(file);
    if (!l) out.set(file, (l = []));
    l.push(p);
  };
  for (const m of [...BINOPS, ...ASSIGN_OPS]) for (const p of [m.def, m.header, m.forward, m.invocation]) add(m.file, p);
  for (const f of [FORWARD_REF_BINOP, FORWARD_REF_OP_ASSIGN]) for (const p of [f.def, ...f.headers]) add(INTERNAL_MACROS, p);
  for (const p of [NONZERO.outer.def, NONZERO.outer.recursive, NONZERO.inner.def, NONZERO.inner.call, ...Object.values(NONZERO.headers), ...Object.values(NONZERO.invocations)]) add(NONZERO_FILE, p);
  return out;
}

/**
 * Comment lines to append to a model file so that every line the layout names exists, long enough
 * for its columns: `// (std's operator macros) //@N`, padded. Lines the model already has are
 * left alone (a span there keeps its line; its columns stop at the line's end). Empty for a file
 * the layout does not concern.
 */
export function opMacroLines(path: string, has: (line: number) => boolean): string {
  const places = placesByFile().get(path);
  if (!places) return '';
  const width = new Map<number, number>();
  for (const [l0, c0, l1, c1] of places) {
    width.set(l0, Math.max(width.get(l0) ?? 0, l0 === l1 ? c1 : c0));
    width.set(l1, Math.max(width.get(l1) ?? 0, c1));
  }
  let out = '';
  for (const line of [...width.keys()].sort((a, b) => a - b)) {
    if (has(line)) continue;
    const text = `// operator impls generated by std's macros`;
    out += `${text.padEnd(width.get(line)! - 1, ' ')} //@${line}\n`;
  }
  return out;
}

/** The text of the model of `core/src/internal_macros.rs`: only the lines the layout names. */
export function internalMacrosText(): string {
  return `\n${opMacroLines(INTERNAL_MACROS, () => false)}`;
}

const spansBySourceMap = new WeakMap<SourceMap, ReadonlyMap<string, Span>>();

/**
 * Records the expansions of std's operator macros in the source map (after the std model files
 * are in it) and remembers the span of every synthesized operator impl for `opImplSpans`.
 * Does nothing when the files are missing (a source map without the std model).
 */
export function registerOpMacroExpansions(sm: SourceMap, fileName: (path: string) => string): void {
  const files = new Map<string, SourceFile>();
  for (const path of [ARITH, BIT, INTERNAL_MACROS, NONZERO_FILE]) {
    const f = sm.files.find((x) => x.name === fileName(path));
    if (!f) return;
    files.set(path, f);
  }
  const at = (path: string, p: Place, ctxt = 0): Span => {
    const f = files.get(path)!;
    return mkSpan(positionOf(f, p[0], p[1]), positionOf(f, p[2], p[3]), ctxt);
  };
  const spans = new Map<string, Span>();
  const forms: Record<'binop' | 'assign', OpForm[]> = { binop: ['refSelf', 'refRhs', 'refBoth'], assign: ['refRhs'] };
  for (const [kind, macros] of [['binop', BINOPS], ['assign', ASSIGN_OPS]] as const) {
    const fwd = kind === 'binop' ? FORWARD_REF_BINOP : FORWARD_REF_OP_ASSIGN;
    for (const m of macros) {
      const outer = sm.addExpansion({ callSite: at(m.file, m.invocation), macroName: m.name, kind: 'macro-bang', defSite: at(m.file, m.def) });
      for (const ty of m.types) {
        spans.set(opSpanKey(m.trait, ty, 'val'), at(m.file, m.header, outer));
        const inner = sm.addExpansion({ callSite: at(m.file, m.forward, outer), macroName: fwd.name, kind: 'macro-bang', defSite: at(INTERNAL_MACROS, fwd.def) });
        forms[kind].forEach((form, i) => spans.set(opSpanKey(m.trait, ty, form), at(INTERNAL_MACROS, fwd.headers[i]!, inner)));
      }
    }
  }
  for (const [ty, invocation] of Object.entries(NONZERO.invocations)) {
    const outer = sm.addExpansion({ callSite: at(NONZERO_FILE, invocation), macroName: NONZERO.outer.name, kind: 'macro-bang', defSite: at(NONZERO_FILE, NONZERO.outer.def) });
    const again = sm.addExpansion({ callSite: at(NONZERO_FILE, NONZERO.outer.recursive, outer), macroName: NONZERO.outer.name, kind: 'macro-bang', defSite: at(NONZERO_FILE, NONZERO.outer.def) });
    const inner = sm.addExpansion({ callSite: at(NONZERO_FILE, NONZERO.inner.call, again), macroName: NONZERO.inner.name, kind: 'macro-bang', defSite: at(NONZERO_FILE, NONZERO.inner.def) });
    for (const [trait, header] of Object.entries(NONZERO.headers)) spans.set(opSpanKey(trait, ty, 'nonZero'), at(NONZERO_FILE, header, inner));
  }
  spansBySourceMap.set(sm, spans);
}

/** The spans `registerOpMacroExpansions` recorded for this source map, by `opSpanKey`. */
export function opImplSpans(sm: SourceMap): ReadonlyMap<string, Span> {
  return spansBySourceMap.get(sm) ?? new Map();
}

/** The global position of (line, 1-based column) in a file without source; the column stops at the line's end. */
function positionOf(f: SourceFile, line: number, col: number): number {
  const i = (f.lineNumbers ?? f.lineStarts.map((_, k) => k + 1)).indexOf(line);
  if (i < 0) bug(`std model ${f.name} has no line ${line} for the operator macros' layout`);
  // `lineStarts` is sorted by offset, so the next entry is where this line ends.
  const start = f.lineStarts[i]!;
  const end = i + 1 < f.lineStarts.length ? f.lineStarts[i + 1]! - 1 : f.endPos - f.startPos;
  return f.startPos + Math.min(start + col - 1, end);
}
