/**
 * The shapes of item signatures, as the signature queries compute them on the main thread and
 * type checking reads them (on any thread): generics, predicates, function signatures, ADT
 * definitions, impls and trait items. Plain data.
 *
 * Owns: these shapes. Must not: compute them (see collect/sigs.ts).
 */
import type { Span } from '../../syntax/source-map.js';
import type { DefId, Vis } from '../defs.js';
import type { GenericArg, Ty } from '../ty/ty.js';

export interface GenericParamDef {
  readonly name: string;
  readonly def: DefId;
  readonly index: number;
  readonly kind: 'type' | 'lifetime' | 'const';
  /** The default, in terms of earlier params (`A = Global`). */
  readonly default: Ty | null;
  /** For const params: the parameter's type. */
  readonly constTy: Ty | null;
  readonly span: Span;
}

export interface Generics {
  readonly parent: DefId | null;
  readonly parentCount: number;
  /** Own params; for traits, `Self` first. */
  readonly params: readonly GenericParamDef[];
  readonly hasSelf: boolean;
  /** parentCount + params.length */
  readonly count: number;
  /** The `<...>` span (or where it would be), for suggestions. */
  readonly span: Span;
}

export interface TraitRef {
  readonly trait: DefId;
  /** `args[0]` is the self type. */
  readonly args: readonly GenericArg[];
}

export type Predicate =
  | { readonly kind: 'trait'; readonly trait: DefId; readonly args: readonly GenericArg[]; readonly span: Span }
  /** `<args[0] as Trait<args[1..]>>::Item == ty` */
  | { readonly kind: 'projection'; readonly trait: DefId; readonly item: DefId; readonly args: readonly GenericArg[]; readonly ty: Ty; readonly span: Span };

export interface FnSig {
  readonly inputs: readonly Ty[];
  readonly output: Ty;
  readonly cVariadic: boolean;
}

export interface FieldDefData {
  readonly def: DefId;
  readonly name: string;
  readonly ty: Ty;
  readonly vis: Vis;
  readonly span: Span;
}

export interface VariantDefData {
  /** The variant's def (for structs: the struct's). */
  readonly def: DefId;
  readonly name: string;
  readonly ctor: DefId | null;
  readonly ctorKind: 'fn' | 'const' | null;
  readonly fields: readonly FieldDefData[];
}

export interface AdtDefData {
  readonly def: DefId;
  readonly kind: 'struct' | 'enum' | 'union';
  readonly variants: readonly VariantDefData[];
}

export interface AssocItemData {
  readonly def: DefId;
  readonly name: string;
  readonly kind: 'fn' | 'const' | 'type';
  readonly hasSelf: boolean;
  /** Trait items: has a default body/value/type. */
  readonly hasDefault: boolean;
}

export interface ImplData {
  /** Index into the impl table. */
  readonly index: number;
  /** The impl's def; null for impls weftc synthesizes (primitive operators and the like). */
  readonly def: DefId | null;
  readonly generics: Generics | null;
  readonly traitRef: TraitRef | null;
  readonly selfTy: Ty;
  readonly predicates: readonly Predicate[];
  /** Associated types defined by the impl, by name. */
  readonly assocTys: ReadonlyMap<string, Ty>;
  /** The impl's items by name (fns and consts), when it has a def. */
  readonly items: ReadonlyMap<string, DefId>;
  readonly isStd: boolean;
  /** For derived impls: the derive. */
  readonly deriveSpan: Span | null;
  /**
   * For a synthesized impl that std generates with a macro (the operators on numbers): the impl
   * header's span in std's sources, in the macro's expansion (std/op-macros.ts). rustc's `def_span`.
   */
  readonly headSpan?: Span;
}

export interface OnUnimplemented {
  readonly message: string | null;
  readonly label: string | null;
  readonly notes: readonly string[];
  /** Variants under `on(...)` conditions. */
  readonly on: readonly {
    /** `types`: `Self = "{integer}"`, `all(Self = "..", any(T = "..", T = ".."))`: by parameter name, the printed types it may be (all parameters must match). */
    readonly cond: 'crate_local' | 'format_literal' | 'types';
    readonly types?: readonly (readonly [param: string, printed: readonly string[]])[];
    readonly message: string | null;
    readonly label: string | null;
    readonly notes: readonly string[];
  }[];
}
