/**
 * E0053, "method `m` has an incompatible type for trait": rustc's `compare_impl_method` for the
 * subset. The trait method's signature, with the impl's trait arguments for `Self` and the trait's
 * parameters and the impl method's own parameters for the method's, is related to the impl
 * method's input by input, then the output; the first pair that does not relate is reported where
 * the impl writes it, with the innermost types that differ ("expected `u8`, found `u16`") or
 * "types differ in mutability", the trait's type ("type in trait"), both signatures with the parts
 * that agree elided as `_` (rustc's `cmp_fn_sig`), and a verbose suggestion to write the trait's
 * type (receiver, parameter or output).
 *
 * rustc checks the method's shape first (self or not, the number of parameters and generics;
 * E0185/E0186/E0050/E0049): weftc compares only methods of the same shape, and skips signatures
 * with types it cannot relate structurally (associated types it cannot normalize, opaque types).
 *
 * Owns: this comparison and its diagnostic. Must not: check bodies.
 */
import type * as A from '../../syntax/ast.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Span } from '../../syntax/source-map.js';
import type { DefId } from '../defs.js';
import type { SemaContext } from '../context.js';
import type { FnSig, ImplData } from './types.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import { error } from '../../diagnostics/diagnostic.js';
import { anyTy, argEq, isTy, mapTy, subst, tyEq, type Const, type GenericArg, type Ty } from '../ty/ty.js';
import { defName, printTy } from '../ty/print.js';
import { printEnv } from '../context.js';

type Mismatch = { readonly kind: 'mutability' } | { readonly kind: 'sorts'; readonly expected: Ty; readonly found: Ty };

/** E0053 for each method of `node` (an impl of `trait`) whose signature differs from the trait's, in the impl's order. */
export function compareImplMethods(ctx: SemaContext, implDef: DefId, node: A.ImplItem, trait: DefId, traitItems: readonly { readonly def: DefId; readonly name: string; readonly kind: string }[]): Diagnostic[] {
  const index = ctx.sigs.implOfDef.get(implDef);
  const impl = index !== undefined ? ctx.sigs.impls[index] : undefined;
  if (!impl || !impl.traitRef || impl.traitRef.trait !== trait) return [];
  const out: Diagnostic[] = [];
  for (const item of node.items) {
    if (item.kind !== 'fn') continue;
    const implFn = ctx.defOfNode.get(item.id);
    const traitFn = traitItems.find((t) => t.kind === 'fn' && t.name === item.ident.name);
    if (implFn === undefined || !traitFn) continue;
    const d = compareMethod(ctx, impl, implFn, item, traitFn.def);
    if (d) out.push(d);
  }
  return out;
}

function compareMethod(ctx: SemaContext, impl: ImplData, implFn: DefId, item: A.FnItem & A.AssocItem, traitFn: DefId): Diagnostic | null {
  const implSig = ctx.sigs.fnSigs[implFn];
  const traitSig = ctx.sigs.fnSigs[traitFn];
  const traitNode = ctx.r.table.defs[traitFn]!.node as A.AssocItem | null;
  if (!implSig || !traitSig || !traitNode || traitNode.kind !== 'fn') return null;
  const ig = ctx.sigs.generics[implFn];
  const tg = ctx.sigs.generics[traitFn];
  if (!ig || !tg) return null;
  const implOwn = ig.params;
  const traitOwn = tg.params;
  const hasSelf = (f: A.FnItem) => isSelfParam(f.sig.decl.inputs[0]);
  if (implOwn.length !== traitOwn.length || implOwn.some((p, i) => p.kind !== traitOwn[i]!.kind)) return null;
  if (implSig.inputs.length !== traitSig.inputs.length || hasSelf(item) !== hasSelf(traitNode)) return null;

  // The trait method's signature in the impl: `Self` and the trait's parameters from the impl's
  // trait reference, the method's own parameters as the impl method's.
  const args: GenericArg[] = [...impl.traitRef!.args];
  while (args.length < tg.parentCount) args.push({ k: 'error' });
  for (const p of implOwn) args.push(p.kind === 'const' ? constParam(p.index, p.name) : { k: 'param', index: p.index, name: p.name });
  const expected = normalizeSig(ctx, impl, { inputs: traitSig.inputs.map((t) => subst(t, args)), output: subst(traitSig.output, args), cVariadic: traitSig.cVariadic });
  const found = normalizeSig(ctx, impl, implSig);
  if (!expected || !found) return null;

  const n = expected.inputs.length;
  for (let i = 0; i <= n; i++) {
    const e = i < n ? expected.inputs[i]! : expected.output;
    const f = i < n ? found.inputs[i]! : found.output;
    const m = relate(e, f);
    if (m) return report(ctx, item, traitNode, traitFn, i, m, expected, found);
  }
  return null;
}

/** Associated types of this impl's trait on its self type, replaced by the impl's; null when a type cannot be related structurally. */
function normalizeSig(ctx: SemaContext, impl: ImplData, sig: FnSig): FnSig | null {
  let ok = true;
  const norm = (t: Ty): Ty =>
    mapTy(t, (x) => {
      if (x.k !== 'alias') return x;
      const self = x.args[0];
      const name = ctx.r.table.defs[x.item]!.name;
      const assoc = impl.assocTys.get(name);
      if (x.trait === impl.traitRef!.trait && self && isTy(self) && tyEq(self, impl.selfTy) && assoc) return assoc;
      ok = false;
      return x;
    });
  const inputs = sig.inputs.map(norm);
  const output = norm(sig.output);
  // A trait object's arguments hold placeholders (its erased self type): compared as written.
  const unrelatable = (t: Ty) => anyTy(mapTy(t, (x) => (x.k === 'dyn' ? { ...x, args: [] } : x)), (x) => x.k === 'alias' || x.k === 'opaque' || x.k === 'infer' || x.k === 'error' || x.k === 'closure' || x.k === 'fnDef');
  if (!ok || inputs.some(unrelatable) || unrelatable(output)) return null;
  return { inputs, output, cVariadic: sig.cVariadic };
}

/** rustc's type relation for `sup(trait, impl)` without regions: the innermost mismatch. */
function relate(e: Ty, f: Ty): Mismatch | null {
  const sorts = (): Mismatch => ({ kind: 'sorts', expected: e, found: f });
  if (e.k !== f.k) return sorts();
  switch (e.k) {
    case 'ref':
    case 'ptr': {
      const g = f as typeof e;
      if (e.mut !== g.mut) return { kind: 'mutability' };
      return relate(e.ty, g.ty);
    }
    case 'dyn':
      return tyEq(e, f) ? null : sorts();
    case 'adt': {
      const g = f as typeof e;
      if (e.def !== g.def || e.args.length !== g.args.length) return sorts();
      for (let i = 0; i < e.args.length; i++) {
        const a = e.args[i]!;
        const b = g.args[i]!;
        if (isTy(a) && isTy(b)) {
          const m = relate(a, b);
          if (m) return m;
        } else if (!argEq(a, b)) return sorts();
      }
      return null;
    }
    case 'tuple': {
      const g = f as typeof e;
      if (e.elems.length !== g.elems.length) return sorts();
      for (let i = 0; i < e.elems.length; i++) {
        const m = relate(e.elems[i]!, g.elems[i]!);
        if (m) return m;
      }
      return null;
    }
    case 'slice':
      return relate(e.ty, (f as typeof e).ty);
    case 'array': {
      const g = f as typeof e;
      return relate(e.ty, g.ty) ?? (argEq(e.len, g.len) ? null : sorts());
    }
    case 'fnPtr': {
      const g = f as typeof e;
      if (e.inputs.length !== g.inputs.length) return sorts();
      for (let i = 0; i < e.inputs.length; i++) {
        const m = relate(e.inputs[i]!, g.inputs[i]!);
        if (m) return m;
      }
      return relate(e.output, g.output);
    }
    default:
      return tyEq(e, f) ? null : sorts();
  }
}

/** A const generic parameter as an argument (what `subst` puts in an array length). */
function constParam(index: number, name: string): GenericArg {
  const c: Const = { k: 'const', value: null, param: { index, name }, infer: null };
  return c;
}

function report(ctx: SemaContext, item: A.FnItem, traitNode: A.FnItem, traitFn: DefId, i: number, m: Mismatch, expected: FnSig, found: FnSig): Diagnostic {
  const env = printEnv(ctx);
  const p = (t: Ty) => printTy(env, t);
  const n = expected.inputs.length;
  const argSpan = (f: A.FnItem): Span | null => (i < n ? (f.sig.decl.inputs[i]?.ty.span ?? null) : f.sig.decl.output.kind === 'ty' ? f.sig.decl.output.ty.span : f.sig.decl.output.span);
  const implSpan = argSpan(item) ?? item.span;
  const traitSpan = argSpan(traitNode);
  const name = ctx.r.table.defs[traitFn]!.name;
  const d = error(`method \`${name}\` has an incompatible type for trait`, implSpan).withCode('E0053');
  d.label(implSpan, m.kind === 'mutability' ? 'types differ in mutability' : `expected ${sortString(m.expected, p)}, found ${sortString(m.found, p)}`);
  if (traitSpan && !ctx.r.table.defs[traitFn]!.isStd) d.note('type in trait', traitSpan);
  const [es, fs] = cmpFnSig(expected, found, { print: p, name: (def) => defName(env, def), defaults: (def) => (ctx.sigs.generics[def]?.params ?? []).map((g) => g.default) });
  d.highlightedNote([
    { text: 'expected signature `', highlight: false },
    { text: es, highlight: true },
    { text: '`\n   found signature `', highlight: false },
    { text: fs, highlight: true },
    { text: '`', highlight: false },
  ]);
  const selfParam = i === 0 && isSelfParam(item.sig.decl.inputs[0]);
  if (selfParam) {
    const param = item.sig.decl.inputs[0]!;
    const span = mkSpan(Math.min(param.pat.span.lo, param.ty.span.lo), Math.max(param.pat.span.hi, param.ty.span.hi), param.ty.span.ctxt);
    d.suggest('change the self-receiver type to match the trait', [{ span, snippet: selfString(expected.inputs[0]!, found.inputs[0]!, p) }], 'MachineApplicable', 'ShowAlways');
  } else if (i === n) {
    const out = item.sig.decl.output;
    if (!item.sig.header.coroutine) {
      if (out.kind === 'ty') d.suggest('change the output type to match the trait', [{ span: out.ty.span, snippet: p(expected.output) }], 'MachineApplicable', 'ShowAlways');
      else d.suggest('change the output type to match the trait', [{ span: out.span, snippet: ` -> ${p(expected.output)}` }], 'MachineApplicable', 'ShowAlways');
    }
  } else {
    d.suggest('change the parameter type to match the trait', [{ span: implSpan, snippet: p(expected.inputs[i]!) }], 'MachineApplicable', 'ShowAlways');
  }
  return d.build();
}

function isSelfParam(param: A.Param | undefined): boolean {
  return param !== undefined && param.pat.kind === 'ident' && param.pat.ident.name === 'self';
}

function sortString(t: Ty, p: (t: Ty) => string): string {
  return t.k === 'param' ? `type parameter \`${t.name}\`` : `\`${p(t)}\``;
}

/** rustc's `get_self_string`: `self`, `&self`, `&mut self`, or `self: T` for the trait's receiver type. */
function selfString(traitSelf: Ty, implSelf: Ty, p: (t: Ty) => string): string {
  const selfTy = implSelf.k === 'ref' ? implSelf.ty : implSelf;
  if (tyEq(traitSelf, selfTy)) return 'self';
  if (traitSelf.k === 'ref' && tyEq(traitSelf.ty, selfTy)) return traitSelf.mut ? '&mut self' : '&self';
  return `self: ${p(traitSelf)}`;
}

interface CmpEnv {
  readonly print: (t: Ty) => string;
  /** An ADT's path as types print it. */
  readonly name: (def: DefId) => string;
  /** An ADT's type parameters' defaults, by index (null: none). */
  readonly defaults: (def: DefId) => readonly (Ty | null)[];
}

/** rustc's `cmp_fn_sig`: both signatures, with the parts that agree elided as `_` (see `cmp`). */
function cmpFnSig(e: FnSig, f: FnSig, p: CmpEnv): [string, string] {
  const ins = e.inputs.map((t, i) => cmp(t, f.inputs[i]!, p));
  let a = `fn(${ins.map((x) => x[0]).join(', ')})`;
  let b = `fn(${ins.map((x) => x[1]).join(', ')})`;
  const [x, y] = cmp(e.output, f.output, p);
  const diff = x !== y;
  const isUnit = (t: Ty) => t.k === 'tuple' && t.elems.length === 0;
  if (!isUnit(e.output) || diff) a += ` -> ${x}`;
  if (!isUnit(f.output) || diff) b += ` -> ${y}`;
  return [a, b];
}

/**
 * rustc's `cmp` of two types for a note: an ADT prints its path, with each type argument that
 * agrees as `_`; references and tuples recurse; any other pair that agrees is `_`; the rest print
 * in full.
 */
function cmp(a: Ty, b: Ty, env: CmpEnv): [string, string] {
  const p = env.print;
  if (a.k === 'adt' && b.k === 'adt' && a.def === b.def) {
    const name = env.name(a.def);
    // Trailing arguments that are their parameter's default are not shown (`Vec<T>`, not `Vec<T, Global>`).
    const defaults = env.defaults(a.def);
    let n = a.args.length;
    const isDefault = (args: readonly GenericArg[], i: number) => {
      const d = defaults[i];
      const x = args[i];
      return d !== null && d !== undefined && x !== undefined && isTy(x) && tyEq(subst(d, args), x);
    };
    while (n > 0 && isDefault(a.args, n - 1) && isDefault(b.args, n - 1)) n--;
    const pairs = a.args.slice(0, n).map((x, i) => [x, b.args[i]!] as const).filter(([x, y]) => isTy(x) && isTy(y)) as [Ty, Ty][];
    if (pairs.length === 0) return [name, name];
    const parts = pairs.map(([x, y]) => (tyEq(x, y) ? (['_', '_'] as [string, string]) : cmp(x, y, env)));
    return [`${name}<${parts.map((q) => q[0]).join(', ')}>`, `${name}<${parts.map((q) => q[1]).join(', ')}>`];
  }
  if (a.k === 'ref' && b.k === 'ref') {
    const [x, y] = cmp(a.ty, b.ty, env);
    return [`&${a.mut ? 'mut ' : ''}${x}`, `&${b.mut ? 'mut ' : ''}${y}`];
  }
  if (a.k === 'tuple' && b.k === 'tuple' && a.elems.length === b.elems.length && a.elems.length > 0) {
    const parts = a.elems.map((x, i) => cmp(x, b.elems[i]!, env));
    const close = a.elems.length === 1 ? ',)' : ')';
    return [`(${parts.map((q) => q[0]).join(', ')}${close}`, `(${parts.map((q) => q[1]).join(', ')}${close}`];
  }
  if (tyEq(a, b)) return ['_', '_'];
  return [p(a), p(b)];
}
