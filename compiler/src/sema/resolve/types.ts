/**
 * The data of name resolution: what a name resolves to (`Res`), the bindings of a module per
 * namespace, imports, and the side table of resolutions keyed by AST node id. All plain data:
 * late resolution and type checking read them on worker threads.
 *
 * Owns: these shapes. Must not: contain resolution logic.
 */
import type { NodeId } from '../../syntax/ast.js';
import type { Span } from '../../syntax/source-map.js';
import type { DefId, DefKind, Vis } from '../defs.js';

export type PrimTy = 'i8' | 'i16' | 'i32' | 'i64' | 'i128' | 'isize' | 'u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'usize' | 'f32' | 'f64' | 'bool' | 'char' | 'str';

export const PRIM_TYS: ReadonlySet<string> = new Set(['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'f32', 'f64', 'bool', 'char', 'str']);

export type Res =
  | { readonly kind: 'def'; readonly def: DefId; readonly defKind: DefKind }
  | { readonly kind: 'prim'; readonly prim: PrimTy }
  /** A local variable: the node id of its binding pattern. */
  | { readonly kind: 'local'; readonly id: NodeId }
  /** `Self` in an impl (`impl`) or a trait (`trait`). */
  | { readonly kind: 'selfTy'; readonly impl: DefId | null; readonly trait: DefId | null }
  /** `Self` as a value (`Self(..)`, `Self`) in an impl of a tuple/unit struct. */
  | { readonly kind: 'selfCtor'; readonly impl: DefId }
  | { readonly kind: 'err' };

export const RES_ERR: Res = Object.freeze({ kind: 'err' });

export type Namespace = 'type' | 'value' | 'macro';

export interface NameBinding {
  readonly res: Res;
  readonly vis: Vis;
  /** Where the name was defined or imported. */
  readonly span: Span;
  /** The import that brought it in, or -1 for a definition. */
  readonly importIndex: number;
  readonly isGlob: boolean;
}

export type ModuleKind = 'mod' | 'enum' | 'trait' | 'block';

export type ModuleIndex = number;

export interface ModuleData {
  readonly index: ModuleIndex;
  readonly kind: ModuleKind;
  /** The mod/enum/trait def; for a block module, the def of the item whose body holds it. */
  readonly def: DefId;
  /** The lexically enclosing module (null for crate roots). */
  readonly parent: ModuleIndex | null;
  /** The nearest enclosing (or own) `mod`: what `self`, `super` and privacy are relative to. */
  readonly normal: ModuleIndex;
  readonly isStd: boolean;
  readonly types: Map<string, NameBinding>;
  readonly values: Map<string, NameBinding>;
  readonly macros: Map<string, NameBinding>;
  /** Indices of the glob imports into this module. */
  readonly globs: number[];
}

export interface Import {
  readonly index: number;
  readonly module: ModuleIndex;
  readonly kind: 'single' | 'glob';
  /** The module path (all segments for a glob, all but the last for a single import). */
  readonly path: readonly { readonly name: string; readonly span: Span; readonly id: NodeId }[];
  /** For single imports: the imported name, the name it is bound as, and the span of the last segment. */
  readonly source: string;
  readonly target: string;
  readonly sourceSpan: Span;
  /** The use tree's span (for diagnostics: `use a::b;` → `a::b`). */
  readonly span: Span;
  /** The whole `use` item. */
  readonly itemSpan: Span;
  /** The `use` item's node id and the use tree's node id. */
  readonly itemId: NodeId;
  readonly treeId: NodeId;
  readonly vis: Vis;
  readonly isStd: boolean;
  /** `use a::{self}`: imports the module `a` itself in the type namespace. */
  readonly isSelf: boolean;
  /** Nested in braces: `use a::{b, c}` (for unused-import spans and suggestions). */
  readonly nested: boolean;
}

/** A resolved path: the resolution of a prefix and how many trailing segments are left for typeck. */
export interface PartialRes {
  readonly res: Res;
  /** Segments after the resolved prefix (`Vec::new` → 1: `new` is an associated item). */
  readonly unresolved: number;
}
