/**
 * The read-only crate context body-level tasks receive: the expanded ASTs, the def table and
 * module tree, the resolutions of every path, the signature tables and the printing data. Plain
 * data only (Maps and arrays of plain objects): on the parallel executor it is sent to each worker
 * once, and a task never writes to it.
 *
 * Owns: the context shape and small read helpers. Must not: hold behaviour with state.
 */
import type * as A from '../syntax/ast.js';
import type { NodeId } from '../syntax/ast.js';
import type { Edition } from '../syntax/edition.js';
import type { DefId } from './defs.js';
import type { ModuleIndex, PartialRes } from './resolve/types.js';
import type { ResolverData } from './resolve/scope.js';
import type { SigTables } from './collect/sigs.js';
import type { SourceMapData } from './source-map-data.js';
import type { Generics } from './collect/types.js';
import type { PrintEnv } from './ty/print.js';
import type { LintLevels } from './lints/levels.js';
import { subst } from './ty/ty.js';
import { sourceMapView } from './source-map-data.js';

export interface SemaContext {
  readonly edition: Edition;
  readonly crateName: string;
  /** A library crate (`--crate-type lib|rlib|dylib`...): its public items are used by other crates. */
  readonly isLibrary?: boolean;
  readonly sources: SourceMapData;
  readonly r: ResolverData;
  readonly defOfNode: ReadonlyMap<NodeId, DefId>;
  readonly blockModules: ReadonlyMap<NodeId, ModuleIndex>;
  readonly files: ReadonlyMap<number, A.SourceFileAst>;
  readonly resolutions: ReadonlyMap<NodeId, PartialRes>;
  /** Method call and field expression → innermost module (traits in scope). */
  readonly methodScopes: ReadonlyMap<NodeId, ModuleIndex>;
  readonly sigs: SigTables;
  /** Defs printable by their bare name (rustc's trimmed def paths). */
  readonly trimmed: ReadonlyMap<DefId, string>;
  readonly lints: LintLevels;
}

export function printEnv(ctx: SemaContext): PrintEnv {
  return {
    table: ctx.r.table,
    trimmed: ctx.trimmed,
    generics: (d: DefId): Generics | undefined => ctx.sigs.generics[d],
    fnSig: (d: DefId) => ctx.sigs.fnSigs[d],
    subst,
    inherentImpl: (d: DefId) => {
      const i = ctx.sigs.implOfDef.get(d);
      const im = i === undefined ? undefined : ctx.sigs.impls[i];
      if (!im || im.traitRef !== null) return undefined;
      const data = ctx.r.table.defs[d]!;
      const inCore = data.isStd && sourceMapView(ctx.sources).lookupFile(data.itemSpan.lo).name.includes('/library/core/');
      return { selfTy: im.selfTy, inCore };
    },
  };
}

export function lang(ctx: SemaContext, name: string): DefId | null {
  return ctx.sigs.lang.get(name) ?? null;
}
