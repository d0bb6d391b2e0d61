/**
 * Definitions: every named thing of the crate and of the std model gets a `DefId`, an index into
 * the def table, in definition order (a pre-order walk of the crate, module files in place of
 * their `mod x;`, nested items in place). std model defs come first; a local def's order among
 * local defs is its DefId order, which is what "definition order" means for diagnostics.
 *
 * A def points at its AST node (plain data shared with the expanded AST), so a worker that holds
 * the table holds the tree too.
 *
 * Owns: DefId, DefKind, the def table shape and small queries on it. Must not: resolve names.
 */
import type * as A from '../syntax/ast.js';
import type { NodeId } from '../syntax/ast.js';
import type { Span } from '../syntax/source-map.js';

export type DefId = number & { readonly __brand: 'DefId' };

export type DefKind =
  | 'mod'
  | 'struct'
  | 'enum'
  | 'union'
  | 'variant'
  | 'trait'
  | 'tyAlias'
  | 'fn'
  | 'const'
  | 'static'
  | 'impl'
  | 'assocFn'
  | 'assocConst'
  | 'assocTy'
  | 'field'
  /** The value-namespace constructor of a tuple/unit struct or variant; `parent` is the struct/variant. */
  | 'ctor'
  | 'tyParam'
  | 'constParam'
  | 'lifetimeParam'
  | 'use'
  | 'externCrate';

/** `pub`, or visible within a module (and its descendants). */
export type Vis = { readonly kind: 'public' } | { readonly kind: 'restricted'; readonly module: DefId };

export interface DeriveInfo {
  readonly trait: string;
  readonly adt: DefId;
  /** The trait's path in `#[derive(...)]`, in the derive's expansion context. */
  readonly span: Span;
}

export interface DefData {
  readonly kind: DefKind;
  /** '' for impls and uses. */
  readonly name: string;
  /** The enclosing def: module, impl, trait, enum, struct (for fields), fn (for nested items and generics). */
  readonly parent: DefId | null;
  /** The ident's span (for impls: the `impl ... Type` head). */
  readonly span: Span;
  /** The whole item. */
  readonly itemSpan: Span;
  readonly isStd: boolean;
  /** The AST node: Item, AssocItem, Variant, FieldDef, GenericParam; null for derived impls. */
  readonly node: A.Item | A.AssocItem | A.Variant | A.FieldDef | A.GenericParam | null;
  /** Node id of the node (the crate root uses its file's id). */
  readonly nodeId: NodeId;
  /** Declared visibility, resolved during def collection (for `pub(in path)`, after imports). */
  vis: Vis;
  /** For derived impls. */
  readonly derive?: DeriveInfo;
  /** For structs, variants: the constructor def (tuple and unit ones). */
  ctor?: DefId;
  /** For modules: the file whose items they hold, if out-of-line. */
  readonly file?: number;
  /** Field index for fields, variant index for variants. */
  readonly index?: number;
}

export interface DefTable {
  readonly defs: DefData[];
  /** Number of std defs (they are 0 .. stdCount-1). */
  stdCount: number;
  /** The crate roots. */
  stdRoot: DefId;
  localRoot: DefId;
}

export function isLocal(t: DefTable, def: DefId): boolean {
  return def >= t.stdCount;
}

export function defKindDescr(kind: DefKind, data?: DefData): string {
  switch (kind) {
    case 'mod':
      return 'module';
    case 'struct':
      return 'struct';
    case 'enum':
      return 'enum';
    case 'union':
      return 'union';
    case 'variant':
      return 'variant';
    case 'trait':
      return 'trait';
    case 'tyAlias':
      return 'type alias';
    case 'fn':
      return 'function';
    case 'const':
      return 'constant';
    case 'static':
      return 'static';
    case 'impl':
      return 'implementation';
    case 'assocFn':
      return data && hasSelfParam(data) ? 'method' : 'associated function';
    case 'assocConst':
      return 'associated constant';
    case 'assocTy':
      return 'associated type';
    case 'field':
      return 'field';
    case 'ctor':
      return 'constructor';
    case 'tyParam':
      return 'type parameter';
    case 'constParam':
      return 'const parameter';
    case 'lifetimeParam':
      return 'lifetime parameter';
    case 'use':
      return 'import';
    case 'externCrate':
      return 'extern crate';
  }
}

export function hasSelfParam(d: DefData): boolean {
  const n = d.node;
  if (!n || !('kind' in n) || n.kind !== 'fn') return false;
  const first = n.sig.decl.inputs[0];
  return first !== undefined && first.pat.kind === 'ident' && first.pat.ident.name === 'self';
}

/** The namespace a def's name lives in, if it is named in a module. */
export function nsOfDefKind(kind: DefKind): 'type' | 'value' | null {
  switch (kind) {
    case 'mod':
    case 'struct':
    case 'enum':
    case 'union':
    case 'trait':
    case 'tyAlias':
    case 'assocTy':
    case 'variant':
    case 'externCrate':
      return 'type';
    case 'fn':
    case 'const':
    case 'static':
    case 'assocFn':
    case 'assocConst':
    case 'ctor':
      return 'value';
    default:
      return null;
  }
}
