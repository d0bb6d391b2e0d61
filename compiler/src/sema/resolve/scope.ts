/**
 * Name lookup shared by import resolution and late resolution: a name in a module's namespace,
 * visibility (`pub`, or restricted to a module and its descendants), the module a path prefix
 * names (`crate`, `self`, `super`, `::std`, `$crate`, a crate in the extern prelude, an item in
 * scope), the std prelude and the builtin types.
 *
 * Owns: module-level lookup rules and their edition differences. Must not: know about local
 * variables (late.ts) or report errors.
 */
import type { DefId, DefTable, Vis } from '../defs.js';
import type { Edition } from '../../syntax/edition.js';
import type { ModuleData, ModuleIndex, NameBinding, Namespace, Res } from './types.js';
import { PRIM_TYS, type PrimTy } from './types.js';

/** What lookups need; plain data, shared with workers. */
export interface ResolverData {
  readonly table: DefTable;
  readonly modules: readonly ModuleData[];
  readonly moduleOfDef: ReadonlyMap<DefId, ModuleIndex>;
  readonly stdRootModule: ModuleIndex;
  readonly localRootModule: ModuleIndex;
  /** `std::prelude::rust_20xx` for the crate's edition. */
  readonly preludeModule: ModuleIndex;
  readonly edition: Edition;
  /** Shared with the collector: see `Collected.nameAlreadySeen`. */
  readonly nameAlreadySeen: Map<string, string>;
}

export function nsMap(m: ModuleData, ns: Namespace): Map<string, NameBinding> {
  return ns === 'type' ? m.types : ns === 'value' ? m.values : m.macros;
}

/** The normal module (`mod`) of a module. */
export function normalOf(r: ResolverData, m: ModuleIndex): ModuleData {
  return r.modules[r.modules[m]!.normal]!;
}

/** Whether `module` is `ancestor` or inside it (through normal-module parents). */
export function isDescendantOf(r: ResolverData, module: ModuleIndex, ancestorDef: DefId): boolean {
  let cur: ModuleIndex | null = r.modules[module]!.normal;
  while (cur !== null) {
    const m: ModuleData = r.modules[cur]!;
    if (m.def === ancestorDef && m.kind === 'mod') return true;
    cur = m.parent === null ? null : r.modules[m.parent]!.normal;
  }
  return false;
}

export function isAccessible(r: ResolverData, vis: Vis, from: ModuleIndex): boolean {
  return vis.kind === 'public' || isDescendantOf(r, from, vis.module);
}

/** The crate root module of the crate a module belongs to. */
export function crateRootOf(r: ResolverData, m: ModuleIndex): ModuleIndex {
  return r.modules[m]!.isStd ? r.stdRootModule : r.localRootModule;
}

/** The module a def is (mod, enum, trait), if any. */
export function moduleOfRes(r: ResolverData, res: Res): ModuleIndex | null {
  if (res.kind !== 'def') return null;
  return r.moduleOfDef.get(res.def) ?? null;
}

/** The parent of a normal module, for `super`. Null at a crate root. */
export function superOf(r: ResolverData, m: ModuleIndex): ModuleIndex | null {
  const n = normalOf(r, m);
  return n.parent === null ? null : r.modules[n.parent]!.normal;
}

/** Crates in the extern prelude: `std` always, `core` from 2018 on. */
export function externPrelude(r: ResolverData, name: string): ModuleIndex | null {
  if (name === 'std') return r.stdRootModule;
  if (name === 'core' && r.edition !== '2015') return r.stdRootModule;
  return null;
}

export function primTy(name: string): PrimTy | null {
  return PRIM_TYS.has(name) ? (name as PrimTy) : null;
}

/** A name in the std prelude for the crate's edition. */
export function preludeLookup(r: ResolverData, ns: Namespace, name: string): NameBinding | null {
  const b = nsMap(r.modules[r.preludeModule]!, ns).get(name);
  return b && b.vis.kind === 'public' ? b : null;
}
