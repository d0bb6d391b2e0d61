/**
 * Printing types the way rustc prints them in diagnostics: `Vec<i32>` (trimmed paths: a name
 * that is unique among the crate's items and std's public items prints alone, otherwise with its
 * visible path, `std::ops::Range<i32>`), `{integer}` and `{float}` for unresolved literals, `_`
 * for other inference variables, `&str` or `&'static str` depending on whether regions are shown,
 * `fn(i32) -> bool {foo}` for function items, default generic arguments left out (`Vec<T>`, not
 * `Vec<T, Global>`).
 *
 * Owns: type-to-string. Must not: resolve inference variables (callers resolve first).
 */
import type { DefId, DefTable } from '../defs.js';
import type { Generics } from '../collect/types.js';
import type { GenericArg, Ty, Const } from './ty.js';
import { isTy, argEq } from './ty.js';

export interface PrintEnv {
  readonly table: DefTable;
  /** Defs whose name alone is unambiguous (rustc's `trimmed_def_paths`). */
  readonly trimmed: ReadonlyMap<DefId, string>;
  readonly generics: (def: DefId) => Generics | undefined;
  readonly fnSig?: (def: DefId) => { readonly inputs: readonly Ty[]; readonly output: Ty } | undefined;
  readonly subst?: (t: Ty, args: readonly GenericArg[]) => Ty;
  /**
   * For an inherent impl: its self type, and whether it is one of core's (whose modules std does
   * not re-export as such: `core::slice`, unlike alloc's `slice`). For `itemPath`.
   */
  readonly inherentImpl?: (impl: DefId) => { readonly selfTy: Ty; readonly inCore: boolean } | undefined;
}

export interface PrintOptions {
  /** Print named regions (`&'static str`, `&'a T`); erased ones are never printed on references. */
  readonly regions?: boolean;
  /** Always print the bare name (rustc's `with_forced_trimmed_paths`, used in short labels). */
  readonly forceTrimmed?: boolean;
}

/** The path of a def as rustc prints it when it cannot trim it: `std::ops::Range`, `a::Foo`. */
export function defPath(env: PrintEnv, def: DefId): string {
  const names: string[] = [];
  let cur: DefId | null = def;
  while (cur !== null) {
    const d: import('../defs.js').DefData = env.table.defs[cur]!;
    if (d.parent === null) {
      if (d.isStd) names.push('std');
      break;
    }
    if (d.kind === 'impl') {
      cur = d.parent;
      continue;
    }
    if (d.kind === 'ctor') {
      cur = d.parent;
      continue;
    }
    names.push(d.name);
    cur = d.parent;
  }
  return names.reverse().join('::');
}

export function defName(env: PrintEnv, def: DefId, opts: PrintOptions = {}): string {
  if (opts.forceTrimmed) return env.table.defs[def]!.name;
  return env.trimmed.get(def) ?? defPath(env, def);
}

/**
 * rustc's `def_path_str` of an item, as in "required by a bound in `..`": for an item of an
 * inherent impl, the impl's self type with its arguments as a turbofish (`Option::<T>::unwrap`,
 * `W::<T>::show`, `V::take`), or, for a type without a path, the impl's module and
 * `<impl [T]>` (`core::slice::<impl [T]>::contains`, alloc's `slice::<impl [T]>::sort`); any
 * other item as `defName`.
 */
export function itemPath(env: PrintEnv, def: DefId): string {
  const d = env.table.defs[def]!;
  const impl = d.parent !== null ? env.inherentImpl?.(d.parent) : undefined;
  if (!impl) return defName(env, def);
  const self = impl.selfTy;
  if (self.k === 'adt') return `${defName(env, self.def)}${printArgs(env, self.def, self.args, {}).replace(/^</, '::<')}::${d.name}`;
  const module = env.table.defs[d.parent!]!.parent;
  let path = module === null ? '' : defName(env, module);
  if (impl.inCore && module !== null) path = `core::${defPath(env, module).replace(/^std::/, '')}`;
  return `${path === '' || path === 'std' ? '' : `${path}::`}<impl ${printTy(env, self)}>::${d.name}`;
}

export function printTy(env: PrintEnv, t: Ty, opts: PrintOptions = {}): string {
  switch (t.k) {
    case 'bool':
      return 'bool';
    case 'char':
      return 'char';
    case 'str':
      return 'str';
    case 'never':
      return '!';
    case 'int':
    case 'uint':
    case 'float':
      return t.t;
    case 'adt':
      return defName(env, t.def, opts) + printArgs(env, t.def, t.args, opts);
    case 'ref': {
      const r = opts.regions && t.region.name !== null ? `${t.region.name} ` : '';
      return `&${r}${t.mut ? 'mut ' : ''}${printTy(env, t.ty, opts)}`;
    }
    case 'ptr':
      return `*${t.mut ? 'mut' : 'const'} ${printTy(env, t.ty, opts)}`;
    case 'array':
      return `[${printTy(env, t.ty, opts)}; ${printConst(t.len)}]`;
    case 'slice':
      return `[${printTy(env, t.ty, opts)}]`;
    case 'tuple':
      if (t.elems.length === 1) return `(${printTy(env, t.elems[0]!, opts)},)`;
      return `(${t.elems.map((e) => printTy(env, e, opts)).join(', ')})`;
    case 'fnDef': {
      const sig = fnDefSig(env, t);
      return `${sig} {${defName(env, t.def, opts)}${printArgs(env, t.def, t.args, opts, true)}}`;
    }
    case 'fnPtr':
      return `fn(${t.inputs.map((e) => printTy(env, e, opts)).join(', ')})${t.output.k === 'tuple' && t.output.elems.length === 0 ? '' : ` -> ${printTy(env, t.output, opts)}`}`;
    case 'closure':
      return '{closure}';
    case 'opaque':
      return `impl ${t.kind}(${t.inputs.map((e) => printTy(env, e, opts)).join(', ')})${t.output.k === 'tuple' && t.output.elems.length === 0 ? '' : ` -> ${printTy(env, t.output, opts)}`}`;
    case 'param':
      return t.name;
    case 'alias': {
      const self = t.args[0];
      const traitArgs = t.args.slice(1);
      const traitName = defName(env, t.trait, opts) + (traitArgs.length > 0 ? `<${traitArgs.map((a) => printArg(env, a, opts)).join(', ')}>` : '');
      const selfStr = self && isTy(self) ? printTy(env, self, opts) : '_';
      return `<${selfStr} as ${traitName}>::${env.table.defs[t.item]!.name}`;
    }
    case 'dyn':
      return `dyn ${defName(env, t.trait, opts)}${t.args.length > 1 ? `<${t.args.slice(1).map((a) => printArg(env, a, opts)).join(', ')}>` : ''}`;
    case 'infer':
      return t.kind === 'int' ? '{integer}' : t.kind === 'float' ? '{float}' : '_';
    case 'error':
      return '{type error}';
  }
}

function printConst(c: Const): string {
  if (c.value !== null) return String(c.value);
  if (c.param) return c.param.name;
  return '_';
}

export function printArg(env: PrintEnv, a: GenericArg, opts: PrintOptions): string {
  if (a.k === 'region') return a.name ?? "'_";
  if (a.k === 'const') return printConst(a);
  return printTy(env, a, opts);
}

/** `<A, B>` for a def's args: own args only for fn items, trailing args equal to their defaults left out. */
export function printArgs(env: PrintEnv, def: DefId, args: readonly GenericArg[], opts: PrintOptions, ownOnly = false): string {
  const g = env.generics(def);
  let list = [...args];
  if (g) {
    const skip = ownOnly ? g.parentCount : 0;
    list = list.slice(skip);
    const firstOwn = g.parentCount - skip;
    while (list.length > 0) {
      const p = g.params[list.length - 1 - firstOwn];
      if (!p || !p.default) break;
      const arg = list[list.length - 1]!;
      if (!isTy(arg) || !argEq(arg, p.default)) break;
      list.pop();
    }
  }
  if (list.length === 0) return '';
  return `<${list.map((a) => printArg(env, a, opts)).join(', ')}>`;
}

/**
 * Two types printed for comparison as rustc's `cmp` does in "expected `..`, found `..`" notes:
 * the same ADT on both sides shows its equal arguments as `_` (`HashMap<_, i32>` against
 * `HashMap<_, u32>`), a reference on one side only is printed and the rest compared
 * (`&Vec<_>` against `Vec<_>`); anything else is printed whole.
 */
export function printTyPair(env: PrintEnv, e: Ty, f: Ty, opts: PrintOptions = {}): [string, string] {
  const ref = (t: Ty & { k: 'ref' }) => `&${opts.regions && t.region.name !== null ? `${t.region.name} ` : ''}${t.mut ? 'mut ' : ''}`;
  if (e.k === 'ref' && f.k !== 'ref') {
    const [a, b] = printTyPair(env, e.ty, f, opts);
    return [ref(e) + a, b];
  }
  if (f.k === 'ref' && e.k !== 'ref') {
    const [a, b] = printTyPair(env, e, f.ty, opts);
    return [a, ref(f) + b];
  }
  if (e.k === 'adt' && f.k === 'adt' && e.def === f.def && e.args.length === f.args.length) {
    const shown = Math.max(shownArgs(env, e.def, e.args), shownArgs(env, f.def, f.args));
    if (shown === 0) return [printTy(env, e, opts), printTy(env, f, opts)];
    const pairs = e.args.slice(0, shown).map((a, i): [string, string] => {
      const b = f.args[i]!;
      if (argEq(a, b)) return a.k === 'region' ? ["'_", "'_"] : ['_', '_'];
      return isTy(a) && isTy(b) ? printTyPair(env, a, b, opts) : [printArg(env, a, opts), printArg(env, b, opts)];
    });
    const name = defName(env, e.def, opts);
    return [`${name}<${pairs.map((x) => x[0]).join(', ')}>`, `${name}<${pairs.map((x) => x[1]).join(', ')}>`];
  }
  return [printTy(env, e, opts), printTy(env, f, opts)];
}

/** How many of a def's arguments `printArgs` shows (trailing ones equal to their defaults are not). */
function shownArgs(env: PrintEnv, def: DefId, args: readonly GenericArg[]): number {
  const g = env.generics(def);
  let n = args.length;
  while (g && n > 0) {
    const p = g.params[n - 1 - g.parentCount];
    const arg = args[n - 1]!;
    if (!p || !p.default || !isTy(arg) || !argEq(arg, p.default)) break;
    n--;
  }
  return n;
}

function fnDefSig(env: PrintEnv, t: Ty & { k: 'fnDef' }): string {
  const sig = env.fnSig?.(t.def);
  if (!sig) return 'fn()';
  const { subst } = env;
  const inputs = sig.inputs.map((i) => printTy(env, subst ? subst(i, t.args) : i));
  const out = subst ? subst(sig.output, t.args) : sig.output;
  const ret = out.k === 'tuple' && out.elems.length === 0 ? '' : ` -> ${printTy(env, out)}`;
  return `fn(${inputs.join(', ')})${ret}`;
}
