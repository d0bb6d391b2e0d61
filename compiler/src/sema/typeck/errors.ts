/**
 * Type errors worded as rustc words them: mismatched types (E0308) with its labels ("expected
 * `i32`, found `&str`", "expected due to this", "arguments to this function are incorrect"...), the
 * expected/found note when the types are not simple, the common suggestions (`.to_string()`,
 * numeric literal suffixes, float literals); unsatisfied trait bounds (E0277) with std's
 * `on_unimplemented` texts; and inference failures (E0282).
 *
 * Owns: the shape of these diagnostics. Must not: decide types (callers pass resolved types).
 */
import type * as A from '../../syntax/ast.js';
import type { Span } from '../../syntax/source-map.js';
import type { Diagnostic, MessagePart, SubstitutionPart } from '../../diagnostics/diagnostic.js';
import { DiagnosticBuilder, error } from '../../diagnostics/diagnostic.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import { defKindDescr, type DefId } from '../defs.js';
import type { ImplData } from '../collect/types.js';
import type { Const, Ty, GenericArg } from '../ty/ty.js';
import { ERROR, anyTy, constEq, isTy, mkAdt, mkRef, peelRefs, subst, tyEq } from '../ty/ty.js';
import { printTy, printTyPair, defName, defPath, itemPath } from '../ty/print.js';
import { printEnv } from '../context.js';
import type { FnCtxt } from './fcx.js';
import type { Obligation } from './traits.js';
import { typeck as msg } from '../../diagnostics/messages.js';
import { defSpan, guessHeadSpan } from '../spans.js';
import { autoderefSteps, coerce } from './coerce.js';

/** rustc's `Ty::sort_string`: what a type is called in "expected X, found Y". */
export function sortString(fcx: FnCtxt, t0: Ty): string {
  const t = fcx.resolve(t0);
  switch (t.k) {
    case 'fnDef': {
      const k = fcx.ctx.r.table.defs[t.def]!.kind;
      if (k === 'ctor') return fcx.ctx.r.table.defs[fcx.ctx.r.table.defs[t.def]!.parent!]!.kind === 'variant' ? 'enum constructor' : 'struct constructor';
      return 'fn item';
    }
    case 'fnPtr':
      return 'fn pointer';
    case 'closure':
      return 'closure';
    case 'opaque':
      return 'opaque type';
    case 'dyn':
      return `\`dyn ${defName(printEnv(fcx.ctx), t.trait)}\``;
    case 'infer':
      return t.kind === 'int' ? 'integer' : t.kind === 'float' ? 'floating-point number' : 'inferred type';
    case 'alias':
      return 'associated type';
    case 'param':
      return `type parameter \`${t.name}\``;
    case 'error':
      return 'type error';
    default:
      return `\`${shortTyString(fcx, t)}\``;
  }
}

/** `string_with_limit`: long types abbreviated with `...` (rustc's type length limit for labels). */
export function shortTyString(fcx: FnCtxt, t: Ty): string {
  const full = fcx.print(t);
  const limit = 40;
  if (full.length <= limit) return full;
  // rustc replaces nested components by `...` until it fits; a tuple keeps its shape.
  const r = fcx.resolve(t);
  if (r.k === 'tuple') {
    const parts = r.elems.map((e) => fcx.print(e));
    const out = [...parts];
    let len = `(${out.join(', ')})`.length;
    for (let i = 0; i < out.length && len > limit; i++) {
      const p = out[i]!;
      if (p.length > 3 || /[<(&\[]/.test(p)) {
        out[i] = '...';
        len = `(${out.join(', ')})`.length;
      }
    }
    return `(${out.join(', ')})`;
  }
  return full;
}

/** rustc's `prefix_kind` for the expected/found note: "type", "struct", "enum", "reference"... */
function prefixKind(fcx: FnCtxt, t: Ty): string {
  switch (t.k) {
    case 'adt': {
      const k = fcx.ctx.r.table.defs[t.def]!.kind;
      return k === 'enum' ? 'enum' : k === 'union' ? 'union' : 'struct';
    }
    case 'ref':
      return 'reference';
    case 'tuple':
      return t.elems.length === 0 ? 'unit type' : 'tuple';
    case 'array':
      return 'array';
    case 'slice':
      return 'slice';
    case 'fnDef':
      return 'fn item';
    case 'fnPtr':
      return 'fn pointer';
    case 'closure':
      return 'closure';
    case 'opaque':
      return 'opaque type';
    case 'param':
      return 'type parameter';
    case 'dyn':
      return 'trait object';
    case 'ptr':
      return 'raw pointer';
    case 'alias':
      return 'associated type';
    default:
      return 'type';
  }
}

/** rustc's `is_simple_text`: no expected/found note is needed for such types. */
function isSimpleText(fcx: FnCtxt, t: Ty): boolean {
  switch (t.k) {
    case 'adt':
      // rustc's `non_erasable_generics`: const arguments count, lifetimes do not.
      return t.args.every((a) => a.k === 'region');
    case 'ref':
      return isSimpleText(fcx, fcx.resolve(t.ty));
    default:
      return isSimpleTy(t);
  }
}

function isSimpleTy(t: Ty): boolean {
  switch (t.k) {
    case 'bool':
    case 'char':
    case 'str':
    case 'int':
    case 'uint':
    case 'float':
    case 'infer':
      return true;
    case 'ref':
    case 'array':
    case 'slice': {
      let inner = t.ty;
      while (inner.k === 'ref') inner = inner.ty;
      return isSimpleTy(inner);
    }
    case 'tuple':
      return t.elems.length === 0;
    default:
      return false;
  }
}

/** The `expected X `..`\n   found Y `..`` note, aligned as rustc aligns it. */
export function expectedFoundNote(fcx: FnCtxt, expected: Ty, found: Ty): MessagePart[] {
  const e = fcx.resolve(expected);
  const f = fcx.resolve(found);
  const el = `expected ${prefixKind(fcx, e)}`;
  const fl = `found ${prefixKind(fcx, f)}`;
  const w = Math.max(el.length, fl.length);
  const [es, fs] = printTyPair(printEnv(fcx.ctx), e, f, { regions: true });
  return [
    { text: `${' '.repeat(w - el.length)}${el} \``, highlight: false },
    { text: es, highlight: true },
    { text: '`\n', highlight: false },
    { text: `${' '.repeat(w - fl.length)}${fl} \``, highlight: false },
    { text: fs, highlight: true },
    { text: '`', highlight: false },
  ];
}

export type MismatchOrigin =
  | { readonly kind: 'misc' }
  | { readonly kind: 'let'; readonly tySpan: Span }
  | { readonly kind: 'return'; readonly retSpan: Span }
  | {
      readonly kind: 'arg';
      readonly calleeSpan: Span;
      readonly def: DefId | null;
      readonly index: number;
      readonly isMethod: boolean;
      /** The call and the callee's name (a method's, or a resolved path's last segment). */
      readonly call?: { readonly span: Span; readonly name: string } | null;
      /** Every argument's span and expected type (for the labels of generic parameters). */
      readonly args?: { readonly spans: readonly Span[]; readonly expected: readonly Ty[] };
    }
  | { readonly kind: 'assign'; readonly valueSpan: Span | null; readonly what: 'value' | 'type' }
  | { readonly kind: 'ifElse'; readonly thenSpan: Span; readonly ifSpan: Span | null; readonly thenTy: Ty }
  | { readonly kind: 'compareLhs'; readonly lhs: A.Expr }
  | { readonly kind: 'matchArms'; readonly matchSpan: Span; readonly prior: readonly { span: Span; ty: Ty }[]; readonly allPrior?: boolean }
  | { readonly kind: 'pattern'; readonly scrutSpan: Span | null; readonly scrutTy: Ty; readonly forLoop?: boolean };

/** The label for a type mismatch: "expected `i32`, found `&str`", or a special wording. */
function mismatchLabel(fcx: FnCtxt, expected: Ty, found: Ty): string {
  const e = fcx.resolve(expected);
  const f = fcx.resolve(found);
  if (e.k === 'tuple' && f.k === 'tuple' && e.elems.length !== f.elems.length) return `expected a tuple with ${e.elems.length} element${e.elems.length === 1 ? '' : 's'}, found one with ${f.elems.length} element${f.elems.length === 1 ? '' : 's'}`;
  if (e.k === 'array' && f.k === 'array' && e.len.value !== null && f.len.value !== null && e.len.value !== f.len.value) {
    return `expected an array with a size of ${e.len.value}, found one with a size of ${f.len.value}`;
  }
  const c = constMismatch(fcx, e, f);
  if (c) return msg.expectedFound(`\`${c[0]}\``, `\`${c[1]}\``);
  let es = sortString(fcx, e);
  let fs = sortString(fcx, f);
  if (es === fs) {
    // Same name, different items: print the full paths.
    es = `\`${fcx.print(e)}\``;
    fs = `\`${fcx.print(f)}\``;
  }
  return msg.expectedFound(es, fs);
}

/**
 * rustc's `TypeError::ConstMismatch`: relating the two types structurally (same constructors), the
 * first difference is two known const arguments (`Buf<3>` against `Buf<4>`); the label then names
 * the values. Any other first difference is a mismatch of the whole types.
 */
function constMismatch(fcx: FnCtxt, e: Ty, f: Ty): [string, string] | null {
  const shown = (c: Const): string | null => (c.value !== null ? String(c.value) : c.param ? c.param.name : null);
  const args = (a: readonly GenericArg[], b: readonly GenericArg[]): [string, string] | null | 'same' => {
    for (let i = 0; i < a.length && i < b.length; i++) {
      const x = a[i]!;
      const y = b[i]!;
      if (x.k === 'region' || y.k === 'region') continue;
      if (x.k === 'const' || y.k === 'const') {
        if (x.k !== 'const' || y.k !== 'const') return null;
        const cx = fcx.infcx.resolveConst(x);
        const cy = fcx.infcx.resolveConst(y);
        const sx = shown(cx);
        const sy = shown(cy);
        if (sx !== null && sy !== null && !constEq(cx, cy)) return [sx, sy];
        continue;
      }
      const tx = fcx.resolve(x);
      const ty = fcx.resolve(y);
      if (tyEq(tx, ty)) continue;
      return constMismatch(fcx, tx, ty);
    }
    return 'same';
  };
  let r: [string, string] | null | 'same' = null;
  if (e.k === 'adt' && f.k === 'adt' && e.def === f.def) r = args(e.args, f.args);
  else if (e.k === 'ref' && f.k === 'ref' && e.mut === f.mut) r = args([e.ty], [f.ty]);
  else if ((e.k === 'slice' && f.k === 'slice') || (e.k === 'array' && f.k === 'array' && constEq(e.len, f.len))) r = args([e.ty], [f.ty]);
  else if (e.k === 'tuple' && f.k === 'tuple' && e.elems.length === f.elems.length) r = args(e.elems, f.elems);
  return r === 'same' ? null : r;
}

/**
 * Two references of the same mutability whose pointees differ (`&u32` against `&u64`): rustc's
 * type error is then about the pointees, a part of the expectation, and it shows the expected/found
 * note even for simple types.
 */
function refsDifferInside(fcx: FnCtxt, e: Ty, f: Ty): boolean {
  if (e.k !== 'ref' || f.k !== 'ref') return false;
  let a: Ty = e;
  let b: Ty = f;
  while (a.k === 'ref' && b.k === 'ref' && a.mut === b.mut) {
    a = fcx.resolve(a.ty);
    b = fcx.resolve(b.ty);
  }
  return a.k !== 'ref' && b.k !== 'ref' && a.k !== 'infer' && b.k !== 'infer' && !tyEq(a, b);
}

export function reportMismatch(fcx: FnCtxt, span: Span, expected: Ty, found: Ty, origin: MismatchOrigin, expr: A.Expr | null = null): void {
  const e = fcx.resolve(expected);
  const f = fcx.resolve(found);
  if (e.k === 'error' || f.k === 'error') return;
  let d: DiagnosticBuilder;
  if (origin.kind === 'matchArms') d = msg.matchArmsIncompatible(span);
  else if (origin.kind === 'ifElse') d = msg.ifElseIncompatible(span);
  else d = msg.mismatchedTypes(span);
  switch (origin.kind) {
    case 'let':
      d.label(origin.tySpan, msg.expectedDueToThis);
      suggestArrayLength(fcx, d, origin.tySpan, e, f);
      break;
    case 'return':
      // Printed as written (rustc keeps the signature's named regions here: `&'static str`).
      d.label(origin.retSpan, `expected \`${fcx.print(e, { regions: true })}\` because of return type`);
      break;
    case 'arg':
      d.label(origin.calleeSpan, `arguments to this ${origin.isMethod ? 'method' : fcx.ctx.r.table.defs[origin.def ?? 0]?.kind === 'ctor' ? (isVariantCtor(fcx, origin.def) ? 'enum variant' : 'struct') : 'function'} are incorrect`);
      break;
    case 'assign':
      if (origin.valueSpan) d.label(origin.valueSpan, origin.what === 'value' ? 'expected due to this value' : 'expected due to the type of this binding');
      break;
    case 'compareLhs':
      // rustc labels the left operand when its type is the expected one, regions included: a
      // reference's inferred region never is.
      if (!anyTy(e, (t) => t.k === 'ref')) d.label(origin.lhs.span, `expected because this is \`${fcx.print(e)}\``);
      break;
    case 'matchArms':
      d.label(origin.matchSpan, '`match` arms have incompatible types');
      for (const p of origin.prior) d.label(p.span, origin.allPrior ? `this and all prior arms are found to be of type \`${fcx.print(p.ty)}\`` : `this is found to be of type \`${fcx.print(p.ty)}\``);
      break;
    case 'ifElse':
      d.label(origin.thenSpan, 'expected because of this');
      if (origin.ifSpan) d.label(origin.ifSpan, '`if` and `else` have incompatible types');
      break;
    case 'pattern':
      if (origin.scrutSpan) d.label(origin.scrutSpan, origin.forLoop ? `this is an iterator with items of type \`${fcx.print(origin.scrutTy)}\`` : `this expression has type \`${fcx.print(origin.scrutTy)}\``);
      break;
    default:
      break;
  }
  // rustc labels where an opaque type on either side was defined.
  for (const [t, side] of [[e, 'expected'], [f, 'found']] as const) {
    const node = t.k === 'opaque' ? (fcx.ctx.r.table.defs[t.def]!.node as A.FnItem | null) : null;
    if (node && node.kind === 'fn' && node.sig.decl.output.kind === 'ty') d.label(node.sig.decl.output.ty.span, `the ${side} opaque type`);
  }
  d.label(span, mismatchLabel(fcx, e, f));
  if ((!(isSimpleText(fcx, e) && isSimpleText(fcx, f)) || refsDifferInside(fcx, e, f)) && !(e.k === 'array' && f.k === 'array')) d.highlightedNote(expectedFoundNote(fcx, e, f));
  suggestLiteralKind(fcx, d, span, e, f);
  if (origin.kind === 'arg' && origin.def !== null && origin.call && expr) noteGenericArgInfluence(fcx, d, origin.def, origin.index, origin.isMethod, origin.call, expr, f);
  const generic = origin.kind === 'arg' && origin.def !== null && origin.args ? genericParams(fcx, origin.def, origin.isMethod, [origin.index], origin.args) : null;
  if (generic) for (const l of generic.argLabels) d.label(l.span, l.label);
  if (origin.kind === 'arg' && origin.def !== null) addDefinedHereNote(fcx, d, origin.def, origin.index, origin.isMethod, generic?.noteLabels);
  addMismatchSuggestions(fcx, d, span, e, f, expr, origin.kind === 'compareLhs' ? origin.lhs : null, origin.kind === 'let' ? origin.tySpan : null);
  fcx.report(d.build());
}

/**
 * rustc's `note_wrong_return_ty_due_to_generic_arg`: the argument's parameter is a generic
 * parameter that the callee's return type contains (`Some(x)`, `id(x)`), so the argument's type
 * is what made the call's type differ.
 */
function noteGenericArgInfluence(fcx: FnCtxt, d: DiagnosticBuilder, def: DefId, index: number, isMethod: boolean, call: { readonly span: Span; readonly name: string }, arg: A.Expr, found: Ty): void {
  const sig = fcx.ctx.sigs.fnSigs[def];
  const param = sig?.inputs[index + (isMethod ? 1 : 0)];
  if (!sig || !param || param.k !== 'param') return;
  if (!anyTy(sig.output, (t) => t.k === 'param' && t.index === param.index)) return;
  const ctor = fcx.ctx.r.table.defs[def]!.kind === 'ctor';
  d.child({
    level: 'help',
    message: `the ${ctor ? 'type constructed contains' : 'return type of this call is'} \`${fcx.print(found)}\` due to the type of the argument passed`,
    span: { primary: [call.span], labels: [{ span: arg.span, label: `this argument influences the ${ctor ? 'type' : 'return type'} of \`${call.name}\`` }] },
  });
}

/** rustc's `suggest_specify_actual_length`: `let a: [u8; 3] = [1, 2, 3, 4];`. */
function suggestArrayLength(fcx: FnCtxt, d: DiagnosticBuilder, tySpan: Span, e: Ty, f: Ty): void {
  if (e.k !== 'array' || f.k !== 'array' || tySpan.ctxt !== 0) return;
  const fl = fcx.infcx.resolveArg(f.len) as typeof f.len;
  const flv = fl.k === 'const' ? fl.value : null;
  if (flv === null || flv === undefined) return;
  const text = fcx.sm.snippet(tySpan);
  const m = /;\s*([^;\]]*?)\s*\]$/.exec(text);
  if (!m || !text.startsWith('[')) return;
  const start = tySpan.lo + Buffer.byteLength(text.slice(0, m.index + m[0].indexOf(m[1]!)));
  d.suggest('consider specifying the actual array length', [{ span: mkSpan(start, start + Buffer.byteLength(m[1]!)), snippet: String(flv) }], 'MaybeIncorrect', 'ShowCode');
}

function isVariantCtor(fcx: FnCtxt, def: DefId | null): boolean {
  if (def === null) return false;
  const parent = fcx.ctx.r.table.defs[def]!.parent;
  return parent !== null && fcx.ctx.r.table.defs[parent]!.kind === 'variant';
}

/** "function defined here" with the parameter labelled. */
/**
 * rustc's `label_generic_mismatches` and the generic part of `label_fn_like`, for one mismatched
 * argument of a local fn whose parameters are bare generic parameters (`a: T, b: T`): the
 * matching argument is "expected all arguments to be this ... type", and the note labels each
 * parameter that shares the mismatched one's generic parameter, and that generic parameter.
 */
export function genericParams(
  fcx: FnCtxt,
  def: DefId,
  isMethod: boolean,
  mismatched: readonly number[],
  args: { readonly spans: readonly Span[]; readonly expected: readonly Ty[] },
): { argLabels: { span: Span; label: string }[]; noteLabels: { span: Span; label: string }[] } | null {
  const data = fcx.ctx.r.table.defs[def]!;
  const node = data.node as A.FnItem | null;
  if (data.isStd || !node || node.kind !== 'fn') return null;
  const inputs = node.sig.decl.inputs;
  const hasSelf = inputs[0] !== undefined && inputs[0].pat.kind === 'ident' && inputs[0].pat.ident.name === 'self';
  const params = inputs.slice(hasSelf && isMethod ? 1 : 0);
  if (params.length !== args.spans.length) return null;
  const own = node.generics.params.filter((g) => g.kind.kind === 'type');
  // Each parameter's generic parameter, when its type is exactly one of the fn's own.
  const generic = params.map((p) => {
    if (p.ty.kind !== 'path' || p.ty.qself) return null;
    const r = fcx.ctx.resolutions.get(p.ty.id);
    if (!r || r.unresolved !== 0 || r.res.kind !== 'def' || r.res.defKind !== 'tyParam') return null;
    const target = r.res.def;
    return own.find((g) => fcx.ctx.defOfNode.get(g.id) === target) ?? null;
  });
  const name = (i: number): string => {
    const pat = params[i]!.pat;
    return pat.kind === 'ident' && pat.ident.name !== '_' ? `\`${pat.ident.name}\`` : `parameter #${i + 1}`;
  };
  const matched = (i: number) => !mismatched.includes(i);
  const shown = (i: number) => sortString(fcx, args.expected[i] ?? ERROR);
  const list = (xs: readonly string[]) => (xs.length === 1 ? xs[0]! : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
  const argLabels: { span: Span; label: string }[] = [];
  for (let i = 0; i < params.length; i++) {
    const g = generic[i];
    if (!matched(i) || !g) continue;
    const unmatched = generic.filter((o, j) => j !== i && o === g && !matched(j)).length;
    if (unmatched === 0) continue;
    const t = shown(i);
    argLabels.push({
      span: args.spans[i]!,
      label: unmatched === params.length - 1 ? `expected all arguments to be this ${t} type because they need to match the type of this parameter` : `expected some other arguments to be ${aOrAn(t)} ${t} type to match the type of this parameter`,
    });
  }
  const anyPair = generic.some((g, i) => g !== null && matched(i) && generic.some((o, j) => j > i && o === g && !matched(j)));
  const noteLabels: { span: Span; label: string }[] = [];
  const labelled = new Set<A.GenericParam>();
  for (let i = 0; i < params.length; i++) {
    // Without a matched/unmatched pair, only the mismatched parameters are marked.
    if (!anyPair) {
      if (!matched(i)) noteLabels.push({ span: params[i]!.span, label: '' });
      continue;
    }
    const g = generic[i];
    const others = g ? params.map((_, j) => j).filter((j) => j !== i && generic[j] === g && matched(i) !== matched(j)) : [];
    if (!g || others.length === 0) continue;
    const names = others.map(name);
    const t = shown(i);
    noteLabels.push({
      span: params[i]!.span,
      label: matched(i) ? `${list(names)} need${names.length === 1 ? 's' : ''} to match the ${t} type of this parameter` : `this parameter needs to match the ${t} type of ${list(names)}`,
    });
    labelled.add(g);
  }
  for (const g of own) {
    if (!labelled.has(g)) continue;
    const names = params.map((_, j) => j).filter((j) => generic[j] === g).map(name);
    noteLabels.push({ span: g.ident.span, label: `${list(names)} ${names.length === 2 ? 'both' : 'all'} reference this parameter \`${g.ident.name}\`` });
  }
  return { argLabels, noteLabels };
}

/**
 * rustc's `type_error_additional_suggestions` for literals of the wrong kind: a one-ASCII-char
 * `'c'` where a `u8` is expected (`b'c'`), a one-char `"c"` where a `char` is (`'c'`), and a
 * `'c'` where a `&str` is (`"c"`).
 */
function suggestLiteralKind(fcx: FnCtxt, d: DiagnosticBuilder, span: Span, e: Ty, f: Ty): void {
  if (span.ctxt !== 0) return;
  const code = fcx.sm.snippet(span);
  const inner = (q: string) => (code.length >= 2 && code.startsWith(q) && code.endsWith(q) ? code.slice(1, -1) : null);
  if (e.k === 'uint' && e.t === 'u8' && f.k === 'char') {
    const c = inner("'");
    if (c !== null && !c.startsWith('\\u') && c.length > 0 && c.charCodeAt(0) < 128) d.suggest('if you meant to write a byte literal, prefix with `b`', [{ span, snippet: `b'${escapeLiteral(c)}'` }], 'MachineApplicable', 'ShowCode');
  } else if (e.k === 'char' && f.k === 'ref' && f.ty.k === 'str') {
    const c = inner('"');
    if (c !== null && [...c].length === 1) d.suggest('if you meant to write a `char` literal, use single quotes', [{ span, snippet: `'${escapeLiteral(c)}'` }], 'MachineApplicable', 'ShowCode');
  } else if (e.k === 'ref' && e.ty.k === 'str' && f.k === 'char') {
    if (inner("'") !== null) {
      d.suggest('if you meant to write a string literal, use double quotes', [{ span: mkSpan(span.lo, span.lo + 1), snippet: '"' }, { span: mkSpan(span.hi - 1, span.hi), snippet: '"' }], 'MachineApplicable', 'ShowCode');
    }
  }
}

/** rustc's `escape_literal`: quotes escaped, an escaped quote kept as it is. */
function escapeLiteral(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const next = s[i + 1];
    if (c === '\\' && (next === '"' || next === "'")) {
      out += `\\${next}`;
      i++;
    } else if (c === '"' || c === "'") out += `\\${c}`;
    else out += c;
  }
  return out;
}

/** rustc's `a_or_an`: "an" before a vowel or `&`, looking past a leading backtick. */
function aOrAn(s: string): string {
  const c = (s.startsWith('`') ? s[1] : s[0]) ?? '';
  return /^[aeiou&]$/i.test(c) ? 'an' : 'a';
}

export function addDefinedHereNote(fcx: FnCtxt, d: DiagnosticBuilder, def: DefId, paramIndex: number | readonly number[] | null, isMethod: boolean, genericLabels?: readonly { span: Span; label: string }[]): void {
  const data = fcx.ctx.r.table.defs[def]!;
  const k = data.kind;
  let what: string;
  if (k === 'ctor') what = isVariantCtor(fcx, def) ? 'tuple variant' : 'tuple struct';
  else if (k === 'assocFn') what = isMethod || fcx.ctx.sigs.assocItems.get(data.parent!)?.find((a) => a.def === def)?.hasSelf ? 'method' : 'associated function';
  else what = 'function';
  if (data.isStd) {
    d.child({ level: 'note', message: `${what} defined here`, span: { primary: [data.span], labels: [] } });
    return;
  }
  const labels: { span: Span; label: string }[] = [];
  const node = data.node as A.FnItem | null;
  if (genericLabels) labels.push(...genericLabels);
  else if (node && node.kind === 'fn' && paramIndex !== null) {
    const params = node.sig.decl.inputs;
    const hasSelf = params[0] && params[0].pat.kind === 'ident' && params[0].pat.ident.name === 'self';
    for (const i of typeof paramIndex === 'number' ? [paramIndex] : paramIndex) {
      const p = params[i + (hasSelf && !isMethod ? 0 : hasSelf ? 1 : 0)];
      if (p) labels.push({ span: p.span, label: '' });
    }
  }
  const span = k === 'ctor' ? data.span : data.span;
  d.child({ level: 'note', message: `${what} defined here`, span: { primary: [span], labels } });
}

export function addMismatchSuggestions(fcx: FnCtxt, d: DiagnosticBuilder, span: Span, e: Ty, f: Ty, expr: A.Expr | null, expectedTyExpr: A.Expr | null = null, letTy: Span | null = null): void {
  const lang = fcx.ctx.sigs.lang;
  if (expr && suggestUnwrapExpect(fcx, d, expr, e, f)) return;
  if (expr && suggestBorrow(fcx, d, expr, e, f)) return;
  if (expr && expr.span.lo === span.lo && expr.span.hi === span.hi && suggestDerefOrRemoveBorrow(fcx, d, expr, e, f, letTy)) return;
  // rustc's conversion methods (`#[rustc_conversion_suggestion]`): `ToString::to_string` gives the
  // expected `String` from anything `Display` (std's blanket impl), a prefix expression in parens.
  const isString = e.k === 'adt' && e.def === lang.get('String');
  const display = lang.get('Display');
  if (isString && ((f.k === 'ref' && f.ty.k === 'str') || f.k === 'int' || f.k === 'uint' || (f.k === 'infer' && f.kind !== 'ty') || f.k === 'float' || (f.k !== 'infer' && f.k !== 'param' && display !== undefined && fcx.fulfill.evaluate(display, [f]) !== 'no'))) {
    const parts = !expr || isUnambiguous(expr) ? [{ span: mkSpan(span.hi, span.hi), snippet: '.to_string()' }] : [{ span: mkSpan(span.lo, span.lo), snippet: '(' }, { span: mkSpan(span.hi, span.hi), snippet: ').to_string()' }];
    d.suggest('try using a conversion method', parts, 'MaybeIncorrect', 'ShowAlways');
    return;
  }
  if (expr && suggestCast(fcx, d, expr, f, e, expectedTyExpr)) return;
  if (expr && expr.kind === 'lit' && expr.lit.kind === 'integer' && !expr.lit.suffix && e.k === 'float' && f.k === 'infer' && f.kind === 'int') {
    d.suggest('use a float literal', [{ span: mkSpan(span.hi, span.hi), snippet: '.0' }], 'MachineApplicable', 'ShowAlways');
    return;
  }
  if (expr && suggestCompatibleVariants(fcx, d, expr, e, f)) return;
  if (expr) suggestInto(fcx, d, expr, e, f);
}

/**
 * rustc's `suggest_missing_unwrap_expect`: an `Option`/`Result` (not a variant constructor) whose
 * payload fits the expected type: `?` when the fn returns the same kind, else `.expect("REASON")`.
 */
function suggestUnwrapExpect(fcx: FnCtxt, d: DiagnosticBuilder, expr: A.Expr, e: Ty, f: Ty): boolean {
  if (f.k !== 'adt') return false;
  const lang = fcx.ctx.sigs.lang;
  const kind = f.def === lang.get('Option') ? 'Option' : f.def === lang.get('Result') ? 'Result' : null;
  if (kind === null) return false;
  const path = expr.kind === 'call' ? expr.func : expr;
  if (path.kind === 'path') {
    const r = fcx.ctx.resolutions.get(path.id);
    if (r && r.res.kind === 'def' && fcx.ctx.r.table.defs[r.res.def]!.kind === 'ctor') return false;
  }
  const payload = f.args[0];
  if (!payload || !isTy(payload)) return false;
  if (!fcx.infcx.probe(() => coerce(fcx, payload, e))) return false;
  const [article, variant] = kind === 'Option' ? ['an', 'None'] : ['a', 'Err'];
  const ret = fcx.fnBody ? fcx.resolve(fcx.retTy) : null;
  const at = [{ span: mkSpan(expr.span.hi, expr.span.hi), snippet: '' }];
  if (ret && ret.k === 'adt' && ret.def === f.def) {
    d.suggest(`use the \`?\` operator to extract the \`${fcx.print(f)}\` value, propagating ${article} \`${kind}::${variant}\` value to the caller`, [{ ...at[0]!, snippet: '?' }], 'MachineApplicable', 'ShowAlways');
  } else {
    d.suggest(`consider using \`${kind}::expect\` to unwrap the \`${fcx.print(f)}\` value, panicking if the value is ${article} \`${kind}::${variant}\``, [{ ...at[0]!, snippet: '.expect("REASON")' }], 'HasPlaceholders', 'ShowAlways');
  }
  return true;
}

/**
 * rustc's `suggest_deref_or_ref` for a value where a reference is expected: when `&expr` would
 * coerce (`String` to `&str` through deref, `Vec<T>` to `&[T]`), "consider borrowing here".
 */
function suggestBorrow(fcx: FnCtxt, d: DiagnosticBuilder, expr: A.Expr, e: Ty, f: Ty): boolean {
  if (e.k !== 'ref' || f.k === 'ref' || f.k === 'infer' || f.k === 'error' || expr.span.ctxt !== 0) return false;
  if (!isUnambiguous(expr) || expr.kind === 'block') return false;
  const borrowed: Ty = { k: 'ref', region: e.region, mut: e.mut, ty: f };
  if (!fcx.infcx.probe(() => coerce(fcx, borrowed, e))) return false;
  const prefix = e.mut ? '&mut ' : '&';
  d.suggest(e.mut ? 'consider mutably borrowing here' : 'consider borrowing here', [{ span: mkSpan(expr.span.lo, expr.span.lo), snippet: prefix }], 'MachineApplicable', 'ShowAlways');
  return true;
}

/**
 * rustc's `suggest_deref_or_ref`, the other way round from `suggestBorrow`: `&x` where `x` was
 * expected ("consider removing the borrow", and for a `let` with a type, "alternatively,
 * consider changing the type annotation"), or one dereference away from a `Copy` type:
 * "consider dereferencing the borrow" (`&T`), "consider unboxing the value" (`Box<T>`),
 * "consider dereferencing the type" (any other `Deref`).
 */
function suggestDerefOrRemoveBorrow(fcx: FnCtxt, d: DiagnosticBuilder, expr: A.Expr, e: Ty, f: Ty, letTy: Span | null): boolean {
  if (expr.span.ctxt !== 0 || e.k === 'infer' || e.k === 'error' || f.k === 'infer' || f.k === 'error') return false;
  const inner = expr.kind === 'paren' ? expr.expr : expr;
  if (inner.kind === 'addrOf' && f.k === 'ref' && e.k !== 'ref' && fcx.infcx.probe(() => fcx.infcx.unify(f.ty, e))) {
    d.suggest('consider removing the borrow', [{ span: mkSpan(expr.span.lo, inner.expr.span.lo), snippet: '' }], 'MachineApplicable', 'ShowAlways');
    if (letTy) d.suggest('alternatively, consider changing the type annotation', [{ span: mkSpan(letTy.lo, letTy.lo), snippet: f.mut ? '&mut ' : '&' }], 'MaybeIncorrect', 'ShowAlways');
    return true;
  }
  const steps = autoderefSteps(fcx, f, 1);
  const next = steps[1];
  if (!next || !fcx.infcx.probe(() => fcx.infcx.unify(next.ty, e))) return false;
  const copy = fcx.ctx.sigs.lang.get('copy');
  if (copy === undefined || fcx.fulfill.evaluate(copy, [e]) !== 'yes') return false;
  const isBox = f.k === 'adt' && f.def === fcx.ctx.sigs.lang.get('owned_box');
  const message = f.k === 'ref' ? 'consider dereferencing the borrow' : isBox ? 'consider unboxing the value' : 'consider dereferencing the type';
  d.suggest(message, [{ span: mkSpan(expr.span.lo, expr.span.lo), snippet: '*' }], 'MachineApplicable', 'ShowAlways');
  return true;
}

/** rustc's `suggest_into`: "call `Into::into` on this expression to convert `X` into `Y`". */
function suggestInto(fcx: FnCtxt, d: DiagnosticBuilder, expr: A.Expr, e: Ty, f: Ty): boolean {
  const scalar = (t: Ty) => t.k === 'int' || t.k === 'uint' || t.k === 'float' || t.k === 'bool' || t.k === 'char' || (t.k === 'infer' && t.kind !== 'ty');
  if (scalar(e) && scalar(f)) return false;
  if (expr.kind === 'block' || expr.span.ctxt !== 0 || f.k === 'infer' || e.k === 'infer') return false;
  const into = fcx.ctx.sigs.lang.get('Into');
  if (into === undefined || fcx.fulfill.evaluate(into, [f, e]) !== 'yes') return false;
  const parts = isUnambiguous(expr)
    ? [{ span: mkSpan(expr.span.hi, expr.span.hi), snippet: '.into()' }]
    : [{ span: mkSpan(expr.span.lo, expr.span.lo), snippet: '(' }, { span: mkSpan(expr.span.hi, expr.span.hi), snippet: ').into()' }];
  d.suggest(`call \`Into::into\` on this expression to convert \`${fcx.print(f, { regions: true })}\` into \`${fcx.print(e, { regions: true })}\``, parts, 'MaybeIncorrect', 'ShowCode');
  return true;
}

/**
 * rustc's `suggest_compatible_variants`: an enum is expected and one of its variants holds a
 * single field the found value fits ("try wrapping the expression in `Some`").
 */
function suggestCompatibleVariants(fcx: FnCtxt, d: DiagnosticBuilder, expr: A.Expr, e: Ty, f: Ty): boolean {
  if (e.k !== 'adt' || f.k === 'error') return false;
  if (f.k === 'adt' && f.def === e.def) return false;
  const adt = fcx.ctx.sigs.adts[e.def];
  if (!adt || adt.kind !== 'enum') return false;
  const defs = fcx.ctx.r.table.defs;
  const found: { path: string; tuple: boolean; field: string }[] = [];
  for (const v of adt.variants) {
    if (v.fields.length !== 1) continue;
    const field = v.fields[0]!;
    const vdata = defs[v.def]!;
    if (vdata.isStd && field.vis.kind !== 'public' && !(defs[e.def]!.kind === 'enum')) continue;
    const fieldTy = subst(field.ty, e.args);
    if (!fcx.infcx.probe(() => coerceProbe(fcx, f, fieldTy))) continue;
    const path = vdata.isStd ? v.name : `${localPath(fcx, e.def)}::${v.name}`;
    found.push({ path, tuple: v.ctorKind === 'fn', field: field.name });
  }
  if (found.length === 0) return false;
  let inner = expr;
  while (inner.kind === 'block' && inner.block.stmts.length > 0) {
    const last = inner.block.stmts[inner.block.stmts.length - 1]!;
    if (last.kind !== 'expr') break;
    inner = last.expr;
  }
  const partsFor = (v: { path: string; tuple: boolean; field: string }) => [
    { span: mkSpan(inner.span.lo, inner.span.lo), snippet: v.tuple ? `${v.path}(` : `${v.path} { ${v.field}: ` },
    { span: mkSpan(inner.span.hi, inner.span.hi), snippet: v.tuple ? ')' : ' }' },
  ];
  if (found.length === 1) d.suggest(`try wrapping the expression in \`${found[0]!.path}\``, partsFor(found[0]!), 'MaybeIncorrect', 'ShowAlways');
  else d.suggestAlternatives(`try wrapping the expression in a variant of \`${fcx.print(mkAdt(e.def, []), { noArgs: true } as never)}\``, found.map(partsFor), 'MaybeIncorrect', 'ShowCode');
  return true;
}

function localPath(fcx: FnCtxt, def: DefId): string {
  const defs = fcx.ctx.r.table.defs;
  const names: string[] = [];
  let cur: DefId | null = def;
  while (cur !== null && defs[cur]!.parent !== null) {
    names.push(defs[cur]!.name);
    cur = defs[cur]!.parent;
  }
  return names.reverse().join('::');
}

function coerceProbe(fcx: FnCtxt, from: Ty, to: Ty): boolean {
  return fcx.infcx.unify(from, to);
}

const INT_BITS: Record<string, number | null> = { i8: 8, i16: 16, i32: 32, i64: 64, i128: 128, isize: null, u8: 8, u16: 16, u32: 32, u64: 64, u128: 128, usize: null, f32: 32, f64: 64 };

/**
 * rustc's `suggest_cast` (numeric conversions): `.into()` for widening, `.try_into().unwrap()`
 * for narrowing, a changed literal suffix, `as` for a `char`, or converting the other operand
 * of a binary operation (`expectedTyExpr`).
 */
function suggestCast(fcx: FnCtxt, d: DiagnosticBuilder, expr: A.Expr, checked: Ty, expected: Ty, expectedTyExpr: A.Expr | null): boolean {
  const isNum = (t: Ty) => t.k === 'int' || t.k === 'uint' || t.k === 'float';
  if (!(isNum(expected) && (isNum(checked) || checked.k === 'char'))) return false;
  if (expr.span.ctxt !== 0) return false;
  const exp = expected as Ty & { t: string };
  const src = fcx.sm.snippet(expr.span);
  // `u32::from(x)`: a conversion already.
  if (expr.kind === 'call' && expr.func.kind === 'path' && expr.func.path.segments.length === 2 && expr.func.path.segments[1]!.ident.name === 'from' && INT_BITS[expr.func.path.segments[0]!.ident.name] !== undefined && expr.args.length === 1) return false;
  const cs = fcx.print(checked);
  const es = fcx.print(expected);
  // rustc's `TyKind::article`.
  const article = (t: Ty) => (t.k === 'int' || t.k === 'float' || t.k === 'array' ? 'an' : 'a');
  const msg = `you can convert ${article(checked)} \`${cs}\` to ${article(expected)} \`${es}\``;
  const castMsg = `you can cast ${article(checked)} \`${cs}\` to ${article(expected)} \`${es}\``;
  const litMsg = `change the type of the numeric literal from \`${cs}\` to \`${es}\``;
  const needsParens = !isUnambiguous(expr);
  const closeParen = needsParens ? ')' : '';
  const open: SubstitutionPart[] = needsParens ? [{ span: mkSpan(expr.span.lo, expr.span.lo), snippet: '(' }] : [];
  const castSugg = [...open, { span: mkSpan(expr.span.hi, expr.span.hi), snippet: `${closeParen} as ${es}` }];
  const intoSugg = [...open, { span: mkSpan(expr.span.hi, expr.span.hi), snippet: `${closeParen}.into()` }];
  const litSpan = expr.span;
  const trimmed = src.endsWith(cs) ? src.slice(0, src.length - cs.length) : src;
  const suffixLen = (expected.k === 'int' || expected.k === 'uint') && checked.k === 'float' ? trimmed.split('.')[0]!.length : trimmed.length;
  const suffixSugg = [...open, { span: mkSpan(litSpan.lo + suffixLen, litSpan.hi), snippet: needsParens ? `${es})` : es }];
  const suffixed = expr.kind === 'lit' && !!expr.lit.suffix;
  const isNegInt = expr.kind === 'unary' && expr.op === 'neg';
  const fallibleIntoOrLhsFrom = (expToFoundFallible: boolean) => {
    if (expectedTyExpr && !expToFoundFallible && expectedTyExpr.span.ctxt === 0) {
      const lhsSrc = fcx.sm.snippet(expectedTyExpr.span);
      d.suggest(`you can convert \`${lhsSrc}\` from \`${es}\` to \`${cs}\`, matching the type of \`${src}\``, [
        { span: mkSpan(expectedTyExpr.span.lo, expectedTyExpr.span.lo), snippet: `${cs}::from(` },
        { span: mkSpan(expectedTyExpr.span.hi, expectedTyExpr.span.hi), snippet: ')' },
      ], 'MachineApplicable', 'ShowAlways');
    } else {
      d.suggest(`${msg} and panic if the converted value doesn't fit`, [...open, { span: mkSpan(expr.span.hi, expr.span.hi), snippet: `${closeParen}.try_into().unwrap()` }], 'MachineApplicable', 'ShowAlways');
    }
  };
  const changeSuffixOrInto = (f2e: boolean, e2f: boolean) => {
    const alwaysFallible = f2e && (e2f || expectedTyExpr === null);
    if (suffixed) {
      d.suggest(litMsg, suffixSugg, 'MachineApplicable', 'ShowAlways');
      return;
    }
    if (alwaysFallible && isNegInt && expected.k === 'uint') {
      d.note(`\`${src}\` cannot fit into type \`${es}\``);
      return;
    }
    if (fcx.inConstContext) return;
    if (f2e) {
      fallibleIntoOrLhsFrom(e2f);
      return;
    }
    d.suggest(msg, intoSugg, 'MachineApplicable', 'ShowAlways');
  };
  const eb = INT_BITS[exp.t] ?? null;
  if (checked.k === 'char') {
    if ((expected.k === 'uint' && (exp.t === 'u32' || exp.t === 'u64' || exp.t === 'u128')) || (expected.k === 'int' && (exp.t === 'i32' || exp.t === 'i64' || exp.t === 'i128'))) {
      d.suggest(`${castMsg}, since a \`char\` always occupies 4 bytes`, castSugg, 'MachineApplicable', 'ShowAlways');
      return true;
    }
    return false;
  }
  const fb = INT_BITS[(checked as Ty & { t: string }).t] ?? null;
  const ek = expected.k;
  const fk = checked.k;
  if ((ek === 'int' && fk === 'int') || (ek === 'uint' && fk === 'uint')) {
    let f2e: boolean;
    let e2f: boolean;
    if (eb !== null && fb !== null && eb < fb) [f2e, e2f] = [true, false];
    else if (eb !== null && fb !== null && eb > fb) [f2e, e2f] = [false, true];
    else if (eb === null && (fb === 8 || fb === 16)) [f2e, e2f] = [false, true];
    else if ((eb === 8 || eb === 16) && fb === null) [f2e, e2f] = [true, false];
    else if (eb === null || fb === null) [f2e, e2f] = [true, true];
    else [f2e, e2f] = [false, false];
    changeSuffixOrInto(f2e, e2f);
    return true;
  }
  if (ek === 'int' && fk === 'uint') {
    const [f2e, e2f] = eb !== null && fb !== null && fb < eb ? [false, true] : eb === null && fb === 8 ? [false, true] : [true, true];
    changeSuffixOrInto(f2e, e2f);
    return true;
  }
  if (ek === 'uint' && fk === 'int') {
    const [f2e, e2f] = eb !== null && fb !== null && fb > eb ? [true, false] : eb === 8 && fb === null ? [true, false] : [true, true];
    changeSuffixOrInto(f2e, e2f);
    return true;
  }
  if (ek === 'float' && fk === 'float') {
    if ((fb ?? 0) < (eb ?? 0)) changeSuffixOrInto(false, true);
    else if (suffixed) d.suggest(litMsg, suffixSugg, 'MachineApplicable', 'ShowAlways');
    return true;
  }
  if ((ek === 'int' || ek === 'uint') && fk === 'float') return true;
  if (ek === 'float' && (fk === 'int' || fk === 'uint')) {
    if ((eb ?? 0) > (fb ?? 256)) d.suggest(`${msg}, producing the floating point representation of the integer`, intoSugg, 'MachineApplicable', 'ShowAlways');
    else if (suffixed) d.suggest(litMsg, suffixSugg, 'MachineApplicable', 'ShowAlways');
    // rustc words the signed case "convert" and the unsigned one "cast" (same `as` suggestion).
    else d.suggest(`${fk === 'int' ? msg : castMsg}, producing the floating point representation of the integer, rounded if necessary`, castSugg, 'MaybeIncorrect', 'ShowAlways');
    return true;
  }
  return false;
}

/** rustc's `ExprPrecedence::Unambiguous`: paths, literals, calls, method calls, fields, indexing, blocks... */
function isUnambiguous(e: A.Expr): boolean {
  switch (e.kind) {
    case 'binary':
    case 'unary':
    case 'cast':
    case 'assign':
    case 'assignOp':
    case 'range':
    case 'closure':
    case 'ret':
    case 'break':
    case 'addrOf':
    case 'let':
      return false;
    default:
      return true;
  }
}

// -- E0277 ---------------------------------------------------------------------------------------------

export function traitPath(fcx: FnCtxt, trait: DefId, args: readonly GenericArg[], sugared = false): string {
  const env = printEnv(fcx.ctx);
  // rustc's `print_trait_sugared`: `FnMut(char)` for the `Fn` traits.
  const tuple = args[1] && isTy(args[1]) ? fcx.resolve(args[1]) : null;
  if (sugared && tuple?.k === 'tuple' && ['fn', 'fn_mut', 'fn_once'].some((l) => fcx.ctx.sigs.lang.get(l) === trait)) return `${defName(env, trait)}(${tuple.elems.map((e) => printTy(env, fcx.resolve(e))).join(', ')})`;
  const rest = args.slice(1).filter((a) => a.k !== 'region');
  // `PartialEq<Self>` prints as `PartialEq` when the argument is the default (`Self`).
  const g = fcx.ctx.sigs.generics[trait];
  const self = args[0];
  let shown = rest;
  if (g && rest.length === 1 && self && isTy(self) && isTy(rest[0]!)) {
    const p = g.params[1];
    if (p && p.default && p.default.k === 'param' && p.default.index === 0 && fcx.resolve(rest[0]!) === fcx.resolve(self)) shown = [];
    else if (p && p.default && p.default.k === 'param' && p.default.index === 0 && printTy(env, fcx.resolve(rest[0] as Ty)) === printTy(env, fcx.resolve(self as Ty))) shown = [];
  }
  return defName(env, trait) + (shown.length > 0 ? `<${shown.map((a) => (isTy(a) ? printTy(env, fcx.resolve(a)) : a.k === 'const' ? String(a.value ?? '_') : "'_")).join(', ')}>` : '');
}

export function fillOnUnimplemented(fcx: FnCtxt, text: string, trait: DefId, args: readonly GenericArg[]): string {
  const env = printEnv(fcx.ctx);
  const g = fcx.ctx.sigs.generics[trait];
  let out = text.replace(/\{\{/g, '\u0001').replace(/\}\}/g, '\u0002');
  out = out.replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (name === 'Self') return printTy(env, fcx.resolve(args[0] as Ty));
    if (name === 'This') return defPathForThis(fcx, trait);
    const p = g?.params.find((x) => x.name === name);
    if (p) {
      const a = args[p.index];
      if (a && isTy(a)) return printTy(env, fcx.resolve(a));
    }
    return name;
  });
  return out.replace(/\u0001/g, '{').replace(/\u0002/g, '}');
}

/** `{This}` in on_unimplemented: the trait's path, trimmed when unique (`Debug`, `std::fmt::Display`). */
function defPathForThis(fcx: FnCtxt, trait: DefId): string {
  return defName(printEnv(fcx.ctx), trait);
}

export function reportFulfillmentError(fcx: FnCtxt, o: Obligation): void {
  if (o.kind === 'projection') {
    const d = msg.mismatchedTypes(o.cause.span);
    fcx.report(d.build());
    return;
  }
  const args = o.args.map((a) => fcx.infcx.resolveArg(a));
  const self = args[0] as Ty;
  if (self.k === 'error' || args.some((a) => isTy(a) && a.k === 'error')) return;
  const env = printEnv(fcx.ctx);
  // The message is about the root obligation when it is about (roughly) the leaf's type and
  // another trait (`String: Pattern` rather than `String: FnMut<(char,)>`); the explanation stays
  // about the leaf (rustc's `main_trait_predicate`).
  const root = o.cause.derived?.[0];
  let main: { readonly trait: DefId; readonly args: readonly GenericArg[] } = { trait: o.trait, args };
  if (root && root.trait !== o.trait && root.trait !== fcx.ctx.sigs.lang.get('unsize')) {
    const rargs = root.args.map((a) => fcx.infcx.resolveArg(a));
    const rself = rargs[0];
    if (rself && isTy(rself) && (tyEq(self, rself) || tyEq(self, peelRefs(rself)))) main = { trait: root.trait, args: rargs };
  }
  const mainSelf = main.args[0] as Ty;
  const selfStr = printTy(env, mainSelf);
  const traitStr = traitPath(fcx, main.trait, main.args);
  const ou = fcx.ctx.sigs.onUnimplemented.get(main.trait);
  const isLocal = self.k === 'adt' && !fcx.ctx.r.table.defs[self.def]!.isStd;
  const mainIsLocal = mainSelf.k === 'adt' && !fcx.ctx.r.table.defs[mainSelf.def]!.isStd;
  const fromFormat = o.cause.kind === 'formatArg';
  let message: string | null = ou?.message ?? null;
  let label: string | null = ou?.label ?? null;
  const notes: string[] = [...(ou?.notes ?? [])];
  // `Self = "{integer}"`: the type as rustc prints it for on_unimplemented (an integer variable is `{integer}`).
  const printedParam = (name: string): string | null => {
    const index = name === 'Self' ? 0 : (fcx.ctx.sigs.generics[main.trait]?.params.find((x) => x.name === name)?.index ?? -1);
    const a = main.args[index];
    return a && isTy(a) ? printTy(env, a) : null;
  };
  for (const v of ou?.on ?? []) {
    const typesMatch = v.cond === 'types' && (v.types ?? []).every(([param, printed]) => printed.includes(printedParam(param) ?? ''));
    if ((v.cond === 'crate_local' && mainIsLocal) || (v.cond === 'format_literal' && fromFormat) || typesMatch) {
      if (v.message) message = v.message;
      if (v.label) label = v.label;
      notes.push(...v.notes);
    }
  }
  if (!fromFormat && ou) {
    // The label and notes that only make sense for format strings are std's `from_desugaring` ones.
  }
  const defaultMsg = `the trait bound \`${selfStr}: ${traitStr}\` is not satisfied`;
  const msgText = message ? fillOnUnimplemented(fcx, message, main.trait, main.args) : defaultMsg;
  const span = o.cause.kind === 'formatMacro' ? o.cause.callSpan ?? o.cause.span : o.cause.span;
  const d = msg.traitNotSatisfied(msgText, span);
  const explanation = `the trait \`${traitPath(fcx, o.trait, args, true)}\` is not implemented for \`${printTy(env, self)}\``;
  if (o.cause.kind === 'callArg' && o.cause.callSpan) d.label(o.cause.callSpan, 'required by a bound introduced by this call');
  // rustc's `suggest_add_reference_to_arg`: an argument whose reference would satisfy the root
  // obligation gets "consider borrowing here", and only the notes of the cause.
  if (main.trait !== o.trait && o.cause.kind === 'callArg' && fcx.fulfill.evaluate(main.trait, [mkRef(mainSelf), ...main.args.slice(1)]) === 'yes') {
    d.label(span, `the trait \`${traitStr}\` is not implemented for \`${selfStr}\``);
    addDerivedNotes(fcx, d, o.cause.derived ?? []);
    addBoundNote(fcx, d, o);
    d.suggest('consider borrowing here', [{ span: mkSpan(span.lo, span.lo, span.ctxt), snippet: '&' }], 'MaybeIncorrect', 'ShowAlways');
    fcx.report(d.build());
    return;
  }
  if (o.cause.kind === 'formatArg' && o.cause.placeholder) d.label(o.cause.placeholder, 'required by this formatting parameter');
  const localDefSpan = isLocal ? defSpan(fcx.sm, fcx.ctx.r.table.defs[(self as Ty & { k: 'adt' }).def]!) : null;
  // A generic parameter gets rustc's "consider restricting type parameter" instead of the
  // explanation and the list of other impls.
  const isParam = self.k === 'param';
  // rustc suggests `#[derive]` only when every field has the trait; without that suggestion, a
  // local type's definition is pointed at instead.
  const deriveName = derivableName(fcx, o.trait);
  const canDerive = isLocal && deriveName !== null && localDefSpan !== null && fieldsImplement(fcx, self as Ty & { k: 'adt' }, o.trait, args);
  if (label !== null) {
    d.label(span, fillOnUnimplemented(fcx, label, o.trait, args));
    if (localDefSpan && !canDerive && !ou?.on.some((v) => v.cond === 'crate_local')) d.help(explanation, localDefSpan);
    else if (!isParam) d.help(explanation);
  } else if ((message !== null || !canDerive) && localDefSpan && !ou?.on.some((v) => v.cond === 'crate_local')) {
    d.label(span, 'unsatisfied trait bound');
    d.help(explanation, localDefSpan);
  } else {
    d.label(span, explanation);
  }
  const traitData = fcx.ctx.r.table.defs[o.trait]!;
  if (!traitData.isStd && (fcx.ctx.sigs.traitImpls.get(o.trait) ?? []).length === 0) d.help('this trait has no implementations, consider adding one', defSpan(fcx.sm, traitData));
  for (const n of notes) d.note(fillOnUnimplemented(fcx, n, o.trait, args));
  if ((label !== null || message !== null || !localDefSpan) && !isParam) addSimilarImpls(fcx, d, o.trait, self);
  // rustc's `report_similar_impl_candidates_for_root_obligation`: the impls of the trait the
  // chain started from, for a trait without a lang item.
  if (root && root.trait !== o.trait && ![...fcx.ctx.sigs.lang.values()].includes(root.trait)) {
    const rself = fcx.infcx.resolveArg(root.args[0]!);
    if (isTy(rself)) addSimilarImpls(fcx, d, root.trait, rself);
  }
  addDerivedNotes(fcx, d, o.cause.derived ?? []);
  // rustc's `suggest_floating_point_literal`: `x * 2` with `x: f64`.
  const rhs = args[1];
  if (o.cause.rhsLitSpan && self.k === 'float' && rhs && isTy(rhs) && rhs.k === 'infer' && rhs.kind === 'int') {
    const at = mkSpan(o.cause.rhsLitSpan.hi, o.cause.rhsLitSpan.hi, o.cause.rhsLitSpan.ctxt);
    d.suggest('consider using a floating-point literal by writing it with `.0`', [{ span: at, snippet: '.0' }], 'MaybeIncorrect', 'ShowAlways');
  }
  addBoundNote(fcx, d, o);
  if (self.k === 'param') suggestRestrictingParam(fcx, d, self.name, o.trait);
  // `#[derive(Trait)]` suggestion for local types and derivable traits.
  if (canDerive) {
    const def = (self as Ty & { k: 'adt' }).def;
    const item = fcx.ctx.r.table.defs[def]!;
    const file = fcx.sm.lookupFile(item.itemSpan.lo);
    const rel = item.itemSpan.lo - file.startPos;
    const lineStart = file.src.lastIndexOf('\n', rel - 1) + 1;
    const at = mkSpan(file.startPos + lineStart, file.startPos + lineStart);
    const indent = file.src.slice(lineStart, rel).match(/^\s*/)?.[0] ?? '';
    d.suggest(`consider annotating \`${printTy(env, self)}\` with \`#[derive(${deriveName})]\``, [{ span: at, snippet: `${indent}#[derive(${deriveName})]\n` }], 'MaybeIncorrect', 'ShowAlways');
  }
  fcx.report(d.build());
}

/** "required by a bound in `item`", pointing at the bound (a std item: at its signature). */
function addBoundNote(fcx: FnCtxt, d: DiagnosticBuilder, o: Obligation): void {
  const env = printEnv(fcx.ctx);
  if (o.cause.itemDef != null && o.cause.boundSpan) {
    const item = fcx.ctx.r.table.defs[o.cause.itemDef]!;
    const inImpl = item.parent !== null && fcx.ctx.r.table.defs[item.parent]!.kind === 'impl';
    const itemName = item.isStd || inImpl ? itemPath(env, o.cause.itemDef) : item.name;
    // A std item's bounds have no spans of their own in rustc's metadata: the note points at the
    // item's `def_span` (its signature, from `pub`).
    const bs = item.isStd ? defSpan(fcx.sm, item) : o.cause.boundSpan;
    const labels = item.isStd ? [] : [{ span: bs, label: `required by this bound in \`${itemName}\`` }];
    // rustc also names the item when the bound is on another line (a where clause).
    const ident = item.span;
    if (!item.isStd && (ident.hi <= bs.lo || ident.lo >= bs.hi) && fcx.sm.lookupLoc(ident.hi).line !== fcx.sm.lookupLoc(bs.lo).line) labels.unshift({ span: ident, label: `required by a bound in this ${defKindDescr(item.kind)}` });
    d.child({ level: 'note', message: `required by a bound in \`${itemName}\``, span: { primary: [bs], labels } });
  }
}

/**
 * rustc's `suggest_restricting_param_bound` for a generic parameter of the body's fn or of its
 * impl or trait: `T: path::Trait` after the parameter, or "further" `+ path::Trait` after its
 * bounds (inline, or in the where clause).
 */
export function suggestRestrictingParam(fcx: FnCtxt, d: DiagnosticBuilder, name: string, trait: DefId): void {
  const defs = fcx.ctx.r.table.defs;
  let owner: DefId | null = fcx.def;
  let gp: A.GenericParam | null = null;
  let generics: A.Generics | null = null;
  while (owner !== null && !gp) {
    const node = defs[owner]!.node as { generics?: A.Generics } | null;
    const g = node?.generics;
    const found = g?.params.find((p) => p.kind.kind === 'type' && p.ident.name === name) ?? null;
    if (found && g) {
      gp = found;
      generics = g;
    }
    owner = defs[owner]!.parent;
  }
  if (!gp || !generics) return;
  const inWhere = generics.whereClause.predicates.filter((w) => w.kind === 'bound' && w.boundedTy.kind === 'path' && w.boundedTy.path.segments.length === 1 && w.boundedTy.path.segments[0]!.ident.name === name && w.bounds.length > 0);
  const t = defs[trait]!;
  const path = t.isStd ? defPath(printEnv(fcx.ctx), trait) : t.name;
  // Bounds already there (inline, else the last where-clause predicate on it): "further", after them.
  const wb = inWhere[inWhere.length - 1];
  const last = gp.bounds[gp.bounds.length - 1] ?? (wb && wb.kind === 'bound' ? wb.bounds[wb.bounds.length - 1] : undefined);
  const at = last ? last.span.hi : gp.ident.span.hi;
  d.suggest(`consider ${last ? 'further ' : ''}restricting type parameter \`${name}\` with trait \`${t.name}\``, [{ span: mkSpan(at, at), snippet: last ? ` + ${path}` : `: ${path}` }], 'MaybeIncorrect', 'ShowAlways');
}

/** rustc's check before suggesting `#[derive(Trait)]`: every field's type implements the trait. */
function fieldsImplement(fcx: FnCtxt, self: Ty & { k: 'adt' }, trait: DefId, args: readonly GenericArg[]): boolean {
  const adt = fcx.ctx.sigs.adts[self.def];
  if (!adt) return false;
  const env = printEnv(fcx.ctx);
  return adt.variants.every((v) =>
    v.fields.every((f) => {
      const ty = fcx.normalize(subst(f.ty, self.args), null);
      const rest = args.slice(1).map((a) => (isTy(a) && printTy(env, fcx.resolve(a)) === printTy(env, self) ? ty : a));
      return fcx.fulfill.evaluate(trait, [ty, ...rest]) === 'yes';
    }),
  );
}

export function derivableName(fcx: FnCtxt, trait: DefId): string | null {
  const lang = fcx.ctx.sigs.lang;
  const names: [string, string][] = [['Debug', 'Debug'], ['clone', 'Clone'], ['copy', 'Copy'], ['eq', 'PartialEq'], ['Eq', 'Eq'], ['partial_ord', 'PartialOrd'], ['Ord', 'Ord'], ['Default', 'Default'], ['Hash', 'Hash']];
  for (const [l, n] of names) if (lang.get(l) === trait) return n;
  return null;
}

export function reportAmbiguity(fcx: FnCtxt, o: Obligation): void {
  if (fcx.hasErrors) return;
  const self = fcx.resolve(o.args[0] as Ty);
  if (self.k !== 'infer') return;
  const d = msg.typeAnnotationsNeeded(o.cause.span);
  fcx.report(d.build());
}

export function typeAnnotationsNeeded(fcx: FnCtxt, span: Span): Diagnostic {
  return error('type annotations needed', span).withCode('E0282').build();
}

export { subst };

/** rustc's `type_category` for `fuzzy_match_tys` (references stripped first). */
function typeCategory(fcx: FnCtxt, t: Ty): number | null {
  switch (t.k) {
    case 'bool':
      return 0;
    case 'char':
      return 1;
    case 'str':
      return 2;
    case 'int':
    case 'uint':
    case 'float':
      return 4;
    case 'infer':
      return t.kind === 'ty' ? null : 4;
    case 'ref':
    case 'ptr':
      return 5;
    case 'array':
    case 'slice':
      return 6;
    case 'fnDef':
    case 'fnPtr':
      return 7;
    case 'dyn':
      return 8;
    case 'closure':
      return 9;
    case 'tuple':
      return 10;
    case 'param':
      return 11;
    case 'alias':
      return 12;
    case 'never':
      return 16;
    case 'adt':
      return t.def === fcx.ctx.sigs.lang.get('String') ? 2 : 17;
    default:
      return null;
  }
}

function fuzzyMatch(fcx: FnCtxt, a0: Ty, b0: Ty): 'exact' | 'fuzzy' | null {
  const strip = (t: Ty): Ty => (t.k === 'ref' || t.k === 'ptr' ? strip(t.ty) : t);
  const a = strip(a0);
  const b = strip(b0);
  const ca = typeCategory(fcx, a);
  const cb = typeCategory(fcx, b);
  if (ca === null || cb === null) return null;
  if (tyEq(a, b)) return 'exact';
  if (ca !== cb) return null;
  if (a.k === 'adt' && b.k === 'adt' && a.def !== b.def) return null;
  return 'fuzzy';
}

/** std's traits that are neither lang items nor diagnostic items (so rustc lists their impls). */
const STD_TRAITS_WITHOUT_DIAGNOSTIC_ITEM = new Set(['Pattern']);

/**
 * rustc's `report_similar_impl_candidates`: "the following other types implement trait `X`",
 * pointing at the impls whose self type is similar (same category: all integers, the same ADT),
 * or, for a crate's own trait with none similar, at all its impls.
 */
function addSimilarImpls(fcx: FnCtxt, d: DiagnosticBuilder, trait: DefId, self: Ty): void {
  const sigs = fcx.ctx.sigs;
  const impls = (sigs.traitImpls.get(trait) ?? []).map((i) => sigs.impls[i]!).filter((im) => im.traitRef !== null);
  let cands = impls.map((im) => ({ im, sim: fuzzyMatch(fcx, self, im.selfTy) })).filter((c) => c.sim !== null);
  if (cands.some((c) => c.sim === 'exact')) cands = cands.filter((c) => c.sim === 'exact');
  if (cands.length === 0) {
    // Alternative candidates only for traits that are not lang or diagnostic items: a crate's
    // own, and the few of std's that are neither.
    const data = fcx.ctx.r.table.defs[trait]!;
    if (data.isStd && !STD_TRAITS_WITHOUT_DIAGNOSTIC_ITEM.has(data.name)) return;
    cands = impls.filter((im) => im.selfTy.k !== 'param').map((im) => ({ im, sim: 'fuzzy' as const }));
  }
  if (cands.length === 0) return;
  const env = printEnv(fcx.ctx);
  const full = (t: Ty): string => printTy({ ...env, trimmed: new Map() }, t);
  // rustc prints a trait reference without the trailing arguments that equal their defaults
  // (`Sub` for `Sub<i64>` on `i64`), in the sort key as in the labels.
  const g = sigs.generics[trait];
  const traitPathOf = (im: ImplData, p: (t: Ty) => string) => {
    const args = im.traitRef!.args;
    const shown = args.slice(1).filter(isTy);
    while (shown.length > 0) {
      const param = g?.params.find((x) => x.kind === 'type' && x.index === shown.length);
      if (!param?.default || !tyEq(subst(param.default, args), shown[shown.length - 1]!)) break;
      shown.pop();
    }
    return `${defName(env, trait)}${shown.length > 0 ? `<${shown.map(p).join(', ')}>` : ''}`;
  };
  // rustc sorts by similarity, then by the impl's `<Self as Trait<..>>` text.
  const sortKey = (c: (typeof cands)[number]) => `${c.sim === 'exact' ? 0 : 1}<${full(c.im.selfTy)} as ${traitPathOf(c.im, full)}>`;
  cands.sort((x, y) => (sortKey(x) < sortKey(y) ? -1 : sortKey(x) > sortKey(y) ? 1 : 0));
  const p = (t: Ty) => printTy(env, t);
  const allEqual = new Set(cands.map((c) => traitPathOf(c.im, p))).size === 1;
  const own = (g?.params ?? []).filter((x) => x.kind === 'type' && x.name !== 'Self').map((x) => x.name);
  const sugared = `${defName(env, trait)}${own.length > 0 ? `<${own.join(', ')}>` : ''}`;
  const describe = (c: (typeof cands)[number]) => (allEqual ? `\`${p(c.im.selfTy)}\`` : `\`${p(c.im.selfTy)}\` implements \`${traitPathOf(c.im, p)}\``);
  const message = `the following other types implement trait \`${sugared}\``;
  if (cands.length < 5) {
    // Pointing at each impl: the labels in the candidates' order, the spans sorted by position
    // (rustc's `MultiSpan::from(Vec<Span>)`), whose first is the `-->` location.
    const spans = cands.map((c) => implSpan(fcx, c.im));
    if (spans.some((sp) => sp === null)) return;
    const labels = cands.map((c, i) => ({ span: spans[i]!, label: describe(c) }));
    const primary = [...(spans as Span[])].sort((a, b) => a.lo - b.lo || a.hi - b.hi || a.ctxt - b.ctxt);
    d.child({ level: 'help', message, span: { primary, labels } });
    return;
  }
  const end = cands.length <= 9 ? cands.length : 8;
  // The list shows bare types when the traits are all the same; the labels above quote them.
  // (rustc sorts that list's lines as text.)
  const lines = cands.map((c) => `\n  ${allEqual ? printTy(env, c.im.selfTy, { regions: true }) : describe(c)}`);
  if (allEqual) lines.sort();
  const list = lines.slice(0, end).join('');
  d.help(`${message}:${list}${cands.length > 9 ? `\nand ${cands.length - 8} others` : ''}`);
}

/** rustc's `def_span` of an impl: its header; null for a synthesized impl whose place is not modelled. */
function implSpan(fcx: FnCtxt, im: ImplData): Span | null {
  if (im.def === null) return im.headSpan ?? null;
  const data = fcx.ctx.r.table.defs[im.def]!;
  return data.isStd ? data.span : guessHeadSpan(fcx.sm, data.itemSpan);
}

/**
 * rustc's notes for an obligation derived from impls: "required for `X` to implement `Tr`" for
 * the nearest impl, repeated traits collapsed into "N redundant requirements hidden" followed by
 * the outermost one of the run.
 */
function addDerivedNotes(fcx: FnCtxt, d: DiagnosticBuilder, chain: readonly { readonly trait: DefId; readonly args: readonly GenericArg[] }[]): void {
  const note = (c: { trait: DefId; args: readonly GenericArg[] }) => {
    const args = c.args.map((a) => fcx.infcx.resolveArg(a));
    d.note(`required for \`${fcx.print(args[0] as Ty)}\` to implement \`${traitPath(fcx, c.trait, args)}\``);
  };
  let i = chain.length - 1;
  while (i >= 0) {
    const first = chain[i]!;
    note(first);
    const seen = new Set<DefId>([first.trait]);
    let count = 0;
    let j = i - 1;
    while (j >= 0 && seen.has(chain[j]!.trait)) {
      count++;
      j--;
    }
    if (count > 0) {
      d.note(`${count} redundant requirement${count === 1 ? '' : 's'} hidden`);
      note(chain[j + 1]!);
    }
    i = j;
  }
}
