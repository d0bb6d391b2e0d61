/**
 * The abstract syntax tree, after rustc_ast. Plain data only: no classes, no parent pointers, no
 * functions, so a parsed file crosses a worker boundary by structured clone unchanged.
 *
 * Shape:
 * - Every node that a later phase may want to annotate has an `id: NodeId`, unique in the
 *   compilation (`fileIndex * 2^32 + counter`, see `makeNodeId`), and a `span`. Later phases keep
 *   side tables keyed by id (`resolutionById`, `typeById`), never mutate the tree.
 * - Node kinds are flat discriminated unions on `kind` (`expr.kind === 'binary'`), with the
 *   variant's fields next to the common ones, so a `switch (e.kind)` narrows the type.
 * - Names are `Ident`s (name + span). Paths keep rustc's conventions: a global path (`::a::b`)
 *   starts with a segment named `{{root}}`; `self`, `super`, `crate`, `Self` are ordinary
 *   segments; `<T as Trait>::X` is a `QSelf` (position = number of segments that belong to the
 *   trait) plus a path.
 * - Literals stay as written (`Lit`: kind, symbol, suffix), as in rustc's token literals; their
 *   values and suffix errors are checked later (rustc does that in AST lowering). See
 *   `unescape.ts` for decoding.
 * - Macro invocations (`println!(...)`, `vec![...]`, item macros, `macro_rules!`) are `MacCall`s
 *   whose arguments are the raw tokens (a flat token array including nested delimiters); the
 *   expander parses them with `parseFragment(tokens, ..., fragmentParsers.expr)` (parse.ts).
 * - Attributes keep their tokens and, when they are well-formed meta items (`#[derive(Debug)]`,
 *   `#[allow(dead_code)]`, `#[cfg(test)]`, `#[path = "x.rs"]`), a parsed `meta`.
 * - `self` parameters are ordinary `Param`s whose pattern is the binding `self`, with type
 *   `implicitSelf` (`self`, `mut self`), `ref` to `implicitSelf` (`&self`, `&'a mut self`) or the
 *   written type (`self: Box<Self>`), as in rustc.
 * - Error recovery leaves `err` nodes (`Expr`, `Pat`, `Ty` with kind `err`) where the parser
 *   replaced something broken; a phase meeting one stays silent about it.
 * - Modules: `mod a { ... }` is `mod.kind === 'inline'`; `mod a;` stays `unloaded` in the tree and
 *   the crate loader maps it to its file (`LoadedCrate.modules`: declaring file + the item's
 *   `span.lo` → file index; `LoadedCrate.files[i].ast`). An expander inlines those as rustc does.
 * - Shared values: nodes without attributes share one frozen empty `attrs` array (`NO_ATTRS`);
 *   treat every part of the tree as read-only.
 * - Lifetimes and labels keep the quote in their name (`'a`); `'r#a` is the lifetime `'a`.
 *   Raw identifiers (`r#match`) are plain names; the pretty-printer puts `r#` back where needed.
 * - Unstable syntax that rustc parses behind a feature gate (guard patterns, `try` blocks, `gen`
 *   blocks, `yield`, `box` patterns, `static` closures...) is in the tree; reporting the gate is
 *   a later phase's job. Syntax weftc does not parse at all is reported by the parser as
 *   "weftc does not support ... yet" and replaced by an `err` node.
 *
 * Owns: the node types and small constructors. Must not: contain behaviour beyond that.
 */
import type { Span } from './source-map.js';
import type { Token, LitKind, Delimiter } from './token.js';

export type NodeId = number & { readonly __brand: 'NodeId' };

/** Ids are unique per compilation: the file's index in the source map, then a counter. */
export function makeNodeId(fileIndex: number, counter: number): NodeId {
  return (fileIndex * 4294967296 + counter) as NodeId;
}

export function fileIndexOfNode(id: NodeId): number {
  return Math.floor(id / 4294967296);
}

export interface Ident {
  readonly name: string;
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Crate, modules, attributes.

/** One parsed file: the crate root or an out-of-line module (`mod name;`). */
export interface SourceFileAst {
  readonly id: NodeId;
  readonly fileIndex: number;
  /** Inner attributes (`#![...]`, `//!`). */
  readonly attrs: Attribute[];
  readonly items: Item[];
  readonly span: Span;
}

export type AttrStyle = 'outer' | 'inner';

export type Attribute = NormalAttribute | DocCommentAttribute;

export interface NormalAttribute {
  readonly kind: 'normal';
  readonly id: NodeId;
  readonly style: AttrStyle;
  /** `#[unsafe(...)]` */
  readonly unsafeSpan: Span | null;
  readonly path: Path;
  readonly args: AttrArgs;
  /** The meta item view, when the attribute is one (`word`, `list(...)`, `name = lit`). */
  readonly meta: MetaItem | null;
  readonly span: Span;
}

export interface DocCommentAttribute {
  readonly kind: 'doc';
  readonly id: NodeId;
  readonly style: AttrStyle;
  readonly commentKind: 'line' | 'block';
  readonly text: string;
  readonly span: Span;
}

export type AttrArgs =
  | { readonly kind: 'empty' }
  | { readonly kind: 'delimited'; readonly args: DelimArgs }
  | { readonly kind: 'eq'; readonly eqSpan: Span; readonly expr: Expr };

/** Delimited token arguments of a macro call or attribute: `(a, b)`, `[x]`, `{ ... }`. */
export interface DelimArgs {
  readonly delim: Delimiter;
  readonly open: Span;
  readonly close: Span;
  /** The tokens between the delimiters, flat (nested delimiters included). */
  readonly tokens: Token[];
}

export interface MetaItem {
  readonly path: Path;
  readonly kind: MetaItemKind;
  readonly span: Span;
}

export type MetaItemKind =
  | { readonly kind: 'word' }
  | { readonly kind: 'list'; readonly items: MetaItemInner[] }
  | { readonly kind: 'nameValue'; readonly lit: Lit };

export type MetaItemInner = { readonly kind: 'meta'; readonly meta: MetaItem } | { readonly kind: 'lit'; readonly lit: Lit };

// ---------------------------------------------------------------------------------------------
// Paths.

export interface Path {
  readonly span: Span;
  readonly segments: PathSegment[];
}

export interface PathSegment {
  readonly id: NodeId;
  readonly ident: Ident;
  readonly args: GenericArgs | null;
}

export type GenericArgs = AngleBracketedArgs | ParenthesizedArgs;

/** `<T, 'a, N, Item = u8>` */
export interface AngleBracketedArgs {
  readonly kind: 'angle';
  readonly span: Span;
  readonly args: AngleBracketedArg[];
}

export type AngleBracketedArg = { readonly kind: 'arg'; readonly arg: GenericArg } | { readonly kind: 'constraint'; readonly constraint: AssocItemConstraint };

export type GenericArg =
  | { readonly kind: 'lifetime'; readonly lifetime: Lifetime }
  | { readonly kind: 'type'; readonly ty: Ty }
  | { readonly kind: 'const'; readonly value: AnonConst };

/** `Item = u8` or `Item: Bound` inside angle brackets. */
export interface AssocItemConstraint {
  readonly id: NodeId;
  readonly ident: Ident;
  readonly genArgs: GenericArgs | null;
  readonly kind: { readonly kind: 'equality'; readonly term: { readonly kind: 'type'; readonly ty: Ty } | { readonly kind: 'const'; readonly value: AnonConst } } | { readonly kind: 'bound'; readonly bounds: GenericBound[] };
  readonly span: Span;
}

/** `Fn(A, B) -> C` */
export interface ParenthesizedArgs {
  readonly kind: 'paren';
  readonly span: Span;
  readonly inputs: Ty[];
  readonly inputsSpan: Span;
  readonly output: FnRetTy;
}

/** `<T as Trait>::` : `position` segments of the following path belong to the trait. */
export interface QSelf {
  readonly ty: Ty;
  readonly pathSpan: Span;
  readonly position: number;
}

export interface Lifetime {
  readonly id: NodeId;
  /** With the quote: `'a`, `'static`, `'_`. */
  readonly ident: Ident;
}

/** A const expression in a type position (array length, const generic argument). */
export interface AnonConst {
  readonly id: NodeId;
  readonly value: Expr;
}

// ---------------------------------------------------------------------------------------------
// Generics.

export interface Generics {
  readonly params: GenericParam[];
  readonly whereClause: WhereClause;
  /** The span of `<...>`, or an empty span where generics could start. */
  readonly span: Span;
}

export interface GenericParam {
  readonly id: NodeId;
  readonly ident: Ident;
  readonly attrs: Attribute[];
  readonly bounds: GenericBound[];
  readonly colonSpan: Span | null;
  readonly kind: GenericParamKind;
  readonly span: Span;
}

export type GenericParamKind =
  | { readonly kind: 'lifetime' }
  | { readonly kind: 'type'; readonly default: Ty | null }
  | { readonly kind: 'const'; readonly ty: Ty; readonly kwSpan: Span; readonly default: AnonConst | null };

export type GenericBound = TraitBound | OutlivesBound | UseBound;

export interface TraitBound {
  readonly kind: 'trait';
  readonly modifiers: TraitBoundModifiers;
  /** `for<'a>` */
  readonly boundGenericParams: GenericParam[];
  readonly traitRef: TraitRef;
  /** Written in parentheses: `(Trait)`. */
  readonly parens: boolean;
  readonly span: Span;
}

export interface TraitBoundModifiers {
  /** `?Sized` (maybe), `!Trait` (negative) */
  readonly polarity: 'positive' | 'maybe' | 'negative';
  readonly polaritySpan: Span | null;
  /** `~const` / `const` */
  readonly constness: 'never' | 'maybe' | 'always';
  readonly asyncness: boolean;
}

export interface OutlivesBound {
  readonly kind: 'outlives';
  readonly lifetime: Lifetime;
  readonly span: Span;
}

/** `use<'a, T>` precise capturing. */
export interface UseBound {
  readonly kind: 'use';
  readonly args: ({ readonly kind: 'lifetime'; readonly lifetime: Lifetime } | { readonly kind: 'arg'; readonly path: Path; readonly id: NodeId })[];
  readonly span: Span;
}

export interface TraitRef {
  readonly id: NodeId;
  readonly path: Path;
}

export interface WhereClause {
  readonly hasWhereToken: boolean;
  readonly predicates: WherePredicate[];
  readonly span: Span;
}

export type WherePredicate =
  | { readonly kind: 'bound'; readonly id: NodeId; readonly span: Span; readonly boundGenericParams: GenericParam[]; readonly boundedTy: Ty; readonly bounds: GenericBound[] }
  | { readonly kind: 'region'; readonly id: NodeId; readonly span: Span; readonly lifetime: Lifetime; readonly bounds: GenericBound[] }
  | { readonly kind: 'eq'; readonly id: NodeId; readonly span: Span; readonly lhs: Ty; readonly rhs: Ty };

// ---------------------------------------------------------------------------------------------
// Items.

export type VisibilityKind =
  | { readonly kind: 'public' }
  /** `pub(crate)`, `pub(super)`, `pub(self)`, `pub(in path)`; `shorthand` = written without `in`. */
  | { readonly kind: 'restricted'; readonly path: Path; readonly id: NodeId; readonly shorthand: boolean }
  | { readonly kind: 'inherited' };

export interface Visibility {
  readonly kind: VisibilityKind;
  /** Empty (at the item's start) for inherited visibility. */
  readonly span: Span;
}

export interface ItemBase {
  readonly id: NodeId;
  readonly span: Span;
  readonly attrs: Attribute[];
  readonly vis: Visibility;
}

export type Item =
  | ExternCrateItem
  | UseItem
  | StaticItem
  | ConstItem
  | FnItem
  | ModItem
  | ForeignModItem
  | TyAliasItem
  | EnumItem
  | StructItem
  | UnionItem
  | TraitItem
  | TraitAliasItem
  | ImplItem
  | MacCallItem
  | MacroRulesItem;

export interface ExternCrateItem extends ItemBase {
  readonly kind: 'externCrate';
  readonly ident: Ident;
  /** `extern crate foo as bar;` : the original name `foo` (ident is `bar`). */
  readonly orig: Ident | null;
}

export interface UseItem extends ItemBase {
  readonly kind: 'use';
  readonly tree: UseTree;
}

export interface UseTree {
  readonly prefix: Path;
  readonly kind:
    | { readonly kind: 'simple'; readonly rename: Ident | null; readonly id: NodeId }
    | { readonly kind: 'nested'; readonly items: { readonly tree: UseTree; readonly id: NodeId }[]; readonly span: Span }
    | { readonly kind: 'glob' };
  readonly span: Span;
}

export interface StaticItem extends ItemBase {
  readonly kind: 'static';
  readonly ident: Ident;
  readonly ty: Ty;
  readonly mutability: Mutability;
  /** `unsafe static` / `safe static` in extern blocks. */
  readonly safety: Safety;
  readonly expr: Expr | null;
}

export interface ConstItem extends ItemBase {
  readonly kind: 'const';
  /** `_` for `const _: T = ...`. */
  readonly ident: Ident;
  readonly defaultness: Defaultness;
  readonly generics: Generics;
  readonly ty: Ty;
  readonly expr: Expr | null;
}

export interface FnItem extends ItemBase {
  readonly kind: 'fn';
  readonly ident: Ident;
  readonly defaultness: Defaultness;
  readonly generics: Generics;
  readonly sig: FnSig;
  /** Null when written without a body (`fn f();`): fine in traits and extern blocks. */
  readonly body: Block | null;
}

export interface ModItem extends ItemBase {
  readonly kind: 'mod';
  readonly ident: Ident;
  readonly safety: Safety;
  readonly mod:
    | { readonly kind: 'inline'; readonly items: Item[]; readonly innerSpan: Span; readonly innerAttrs: Attribute[] }
    /** `mod name;` : loaded from another file by the module loader (see modules.ts). */
    | { readonly kind: 'unloaded' };
}

export interface ForeignModItem extends ItemBase {
  readonly kind: 'foreignMod';
  readonly safety: Safety;
  /** `extern "C"` : the ABI string, null for plain `extern`. */
  readonly abi: StrLit | null;
  readonly items: ForeignItem[];
}

export interface TyAliasItem extends ItemBase {
  readonly kind: 'tyAlias';
  readonly ident: Ident;
  readonly defaultness: Defaultness;
  readonly generics: Generics;
  readonly bounds: GenericBound[];
  readonly ty: Ty | null;
}

export interface EnumItem extends ItemBase {
  readonly kind: 'enum';
  readonly ident: Ident;
  readonly generics: Generics;
  readonly variants: Variant[];
}

export interface StructItem extends ItemBase {
  readonly kind: 'struct';
  readonly ident: Ident;
  readonly generics: Generics;
  readonly data: VariantData;
}

export interface UnionItem extends ItemBase {
  readonly kind: 'union';
  readonly ident: Ident;
  readonly generics: Generics;
  readonly data: VariantData;
}

export interface TraitItem extends ItemBase {
  readonly kind: 'trait';
  readonly ident: Ident;
  readonly safety: Safety;
  readonly isAuto: boolean;
  readonly generics: Generics;
  readonly bounds: GenericBound[];
  readonly items: AssocItem[];
}

export interface TraitAliasItem extends ItemBase {
  readonly kind: 'traitAlias';
  readonly ident: Ident;
  readonly generics: Generics;
  readonly bounds: GenericBound[];
}

export interface ImplItem extends ItemBase {
  readonly kind: 'impl';
  readonly defaultness: Defaultness;
  readonly safety: Safety;
  readonly generics: Generics;
  readonly constness: Constness;
  /** `impl !Trait for T` */
  readonly polarity: 'positive' | 'negative';
  /** `impl Trait for T`; null for inherent impls. */
  readonly ofTrait: TraitRef | null;
  readonly selfTy: Ty;
  readonly items: AssocItem[];
}

/** An item-position macro invocation: `foo!(...);`, `thread_local! { ... }`. */
export interface MacCallItem extends ItemBase {
  readonly kind: 'macCall';
  readonly mac: MacCall;
}

/** `macro_rules! name { ... }`: parsed, body kept as tokens. */
export interface MacroRulesItem extends ItemBase {
  readonly kind: 'macroRules';
  readonly ident: Ident;
  readonly body: DelimArgs;
}

export type Defaultness = { readonly kind: 'final' } | { readonly kind: 'default'; readonly span: Span };
export type Safety = { readonly kind: 'default' } | { readonly kind: 'unsafe'; readonly span: Span } | { readonly kind: 'safe'; readonly span: Span };
export type Constness = { readonly kind: 'no' } | { readonly kind: 'yes'; readonly span: Span };
export type Mutability = 'not' | 'mut';

export interface StrLit {
  readonly symbol: string;
  readonly style: 'cooked' | { readonly raw: number };
  readonly span: Span;
}

/** Items inside traits and impls. */
export type AssocItem = (FnItem | ConstItem | TyAliasItem | MacCallItem) & { readonly ctxt: 'trait' | 'impl' };

/** Items inside `extern` blocks. */
export type ForeignItem = FnItem | StaticItem | TyAliasItem | MacCallItem;

export interface FnSig {
  readonly header: FnHeader;
  readonly decl: FnDecl;
  readonly span: Span;
}

export interface FnHeader {
  readonly safety: Safety;
  readonly coroutine: { readonly kind: 'async' | 'gen' | 'asyncGen'; readonly span: Span } | null;
  readonly constness: Constness;
  readonly ext: { readonly kind: 'none' } | { readonly kind: 'implicit'; readonly span: Span } | { readonly kind: 'explicit'; readonly abi: StrLit; readonly span: Span };
}

export interface FnDecl {
  readonly inputs: Param[];
  readonly output: FnRetTy;
  /** `...` at the end (C variadics). */
  readonly variadic: boolean;
}

export type FnRetTy = { readonly kind: 'default'; readonly span: Span } | { readonly kind: 'ty'; readonly ty: Ty };

export interface Param {
  readonly id: NodeId;
  readonly attrs: Attribute[];
  readonly pat: Pat;
  readonly ty: Ty;
  readonly span: Span;
}

export interface Variant {
  readonly id: NodeId;
  readonly attrs: Attribute[];
  readonly vis: Visibility;
  readonly ident: Ident;
  readonly data: VariantData;
  /** `= 1` */
  readonly discriminant: AnonConst | null;
  readonly span: Span;
}

export type VariantData =
  | { readonly kind: 'struct'; readonly fields: FieldDef[]; readonly recovered: boolean }
  | { readonly kind: 'tuple'; readonly fields: FieldDef[]; readonly id: NodeId }
  | { readonly kind: 'unit'; readonly id: NodeId };

export interface FieldDef {
  readonly id: NodeId;
  readonly attrs: Attribute[];
  readonly vis: Visibility;
  /** Null for tuple fields. */
  readonly ident: Ident | null;
  readonly ty: Ty;
  /** Default field values: `a: u32 = 1`. */
  readonly default: AnonConst | null;
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Statements and blocks.

export interface Block {
  readonly id: NodeId;
  readonly stmts: Stmt[];
  readonly rules: 'default' | 'unsafe';
  readonly span: Span;
}

export type Stmt = LetStmt | ItemStmt | ExprStmt | SemiStmt | EmptyStmt | MacCallStmt;

export interface LetStmt {
  readonly kind: 'let';
  readonly id: NodeId;
  readonly span: Span;
  readonly attrs: Attribute[];
  readonly pat: Pat;
  readonly ty: Ty | null;
  readonly init: { readonly kind: 'decl' } | { readonly kind: 'init'; readonly expr: Expr } | { readonly kind: 'initElse'; readonly expr: Expr; readonly els: Block };
  readonly colonSpan: Span | null;
}

export interface ItemStmt {
  readonly kind: 'item';
  readonly id: NodeId;
  readonly span: Span;
  readonly item: Item;
}

/** An expression without a trailing `;`: the block's tail, or a block-like expression statement. */
export interface ExprStmt {
  readonly kind: 'expr';
  readonly id: NodeId;
  readonly span: Span;
  readonly expr: Expr;
}

/** `expr;` */
export interface SemiStmt {
  readonly kind: 'semi';
  readonly id: NodeId;
  readonly span: Span;
  readonly expr: Expr;
}

/** A lone `;`. */
export interface EmptyStmt {
  readonly kind: 'empty';
  readonly id: NodeId;
  readonly span: Span;
}

/** A macro invocation in statement position: `println!("x");`. */
export interface MacCallStmt {
  readonly kind: 'macCall';
  readonly id: NodeId;
  readonly span: Span;
  readonly mac: MacCall;
  /** `semicolon`: `m!(..);` ; `braces`: `m! { .. }` ; `noBraces`: `m!(..)` without `;`. */
  readonly style: 'semicolon' | 'braces' | 'noBraces';
  readonly attrs: Attribute[];
}

// ---------------------------------------------------------------------------------------------
// Expressions.

export interface MacCall {
  readonly path: Path;
  readonly args: DelimArgs;
  /** The span of the whole invocation. */
  readonly span: Span;
}

export interface Lit {
  readonly kind: LitKind;
  /** As in the token: digits, or the text between the quotes (escapes not decoded). */
  readonly symbol: string;
  readonly suffix: string | null;
  /** Number of `#` for raw strings. */
  readonly hashes: number;
  readonly span: Span;
}

export type BinOpKind =
  | 'add' | 'sub' | 'mul' | 'div' | 'rem' | 'and' | 'or' | 'bitXor' | 'bitAnd' | 'bitOr' | 'shl' | 'shr'
  | 'eq' | 'lt' | 'le' | 'ne' | 'ge' | 'gt';

export interface BinOp {
  readonly kind: BinOpKind;
  readonly span: Span;
}

export type UnOp = 'deref' | 'not' | 'neg';

export type RangeLimits = 'halfOpen' | 'closed';

export interface ExprBase {
  readonly id: NodeId;
  readonly span: Span;
  readonly attrs: Attribute[];
}

export type Expr =
  | (ExprBase & { readonly kind: 'array'; readonly elems: Expr[] })
  | (ExprBase & { readonly kind: 'constBlock'; readonly block: Block; readonly anonId: NodeId })
  | (ExprBase & { readonly kind: 'call'; readonly func: Expr; readonly args: Expr[] })
  | (ExprBase & { readonly kind: 'methodCall'; readonly receiver: Expr; readonly seg: PathSegment; readonly args: Expr[]; readonly argsSpan: Span })
  | (ExprBase & { readonly kind: 'tuple'; readonly elems: Expr[] })
  | (ExprBase & { readonly kind: 'binary'; readonly op: BinOp; readonly lhs: Expr; readonly rhs: Expr })
  | (ExprBase & { readonly kind: 'unary'; readonly op: UnOp; readonly expr: Expr })
  | (ExprBase & { readonly kind: 'lit'; readonly lit: Lit })
  | (ExprBase & { readonly kind: 'cast'; readonly expr: Expr; readonly ty: Ty })
  /** `let pat = expr` in a condition (`if let`, `while let`, let chains). */
  | (ExprBase & { readonly kind: 'let'; readonly pat: Pat; readonly expr: Expr; readonly letSpan: Span })
  | (ExprBase & { readonly kind: 'if'; readonly cond: Expr; readonly then: Block; readonly els: Expr | null })
  | (ExprBase & { readonly kind: 'while'; readonly cond: Expr; readonly body: Block; readonly label: Label | null })
  | (ExprBase & { readonly kind: 'forLoop'; readonly pat: Pat; readonly iter: Expr; readonly body: Block; readonly label: Label | null })
  | (ExprBase & { readonly kind: 'loop'; readonly body: Block; readonly label: Label | null; readonly loopSpan: Span })
  | (ExprBase & { readonly kind: 'match'; readonly scrutinee: Expr; readonly arms: Arm[] })
  | (ExprBase & { readonly kind: 'closure'; readonly closure: Closure })
  | (ExprBase & { readonly kind: 'block'; readonly block: Block; readonly label: Label | null })
  /** `async { }`, `async move { }` (and `gen` blocks in 2024). */
  | (ExprBase & { readonly kind: 'gen'; readonly capture: CaptureBy; readonly block: Block; readonly genKind: 'async' | 'gen' | 'asyncGen' })
  | (ExprBase & { readonly kind: 'await'; readonly expr: Expr; readonly awaitSpan: Span })
  | (ExprBase & { readonly kind: 'tryBlock'; readonly block: Block })
  | (ExprBase & { readonly kind: 'assign'; readonly lhs: Expr; readonly rhs: Expr; readonly eqSpan: Span })
  | (ExprBase & { readonly kind: 'assignOp'; readonly op: BinOp; readonly lhs: Expr; readonly rhs: Expr })
  | (ExprBase & { readonly kind: 'field'; readonly expr: Expr; readonly ident: Ident })
  | (ExprBase & { readonly kind: 'index'; readonly expr: Expr; readonly index: Expr; readonly bracketSpan: Span })
  | (ExprBase & { readonly kind: 'range'; readonly start: Expr | null; readonly end: Expr | null; readonly limits: RangeLimits })
  /** `_` in an assignee position: `_ = f();`. */
  | (ExprBase & { readonly kind: 'underscore' })
  | (ExprBase & { readonly kind: 'path'; readonly qself: QSelf | null; readonly path: Path })
  | (ExprBase & { readonly kind: 'addrOf'; readonly borrowKind: 'ref' | 'raw'; readonly mutability: Mutability; readonly expr: Expr })
  | (ExprBase & { readonly kind: 'break'; readonly label: Label | null; readonly expr: Expr | null })
  | (ExprBase & { readonly kind: 'continue'; readonly label: Label | null })
  | (ExprBase & { readonly kind: 'ret'; readonly expr: Expr | null })
  | (ExprBase & { readonly kind: 'macCall'; readonly mac: MacCall })
  | (ExprBase & { readonly kind: 'struct'; readonly qself: QSelf | null; readonly path: Path; readonly fields: ExprField[]; readonly rest: StructRest })
  | (ExprBase & { readonly kind: 'repeat'; readonly expr: Expr; readonly count: AnonConst })
  /** Kept (rather than dropped) because lints such as `unused_parens` need it. */
  | (ExprBase & { readonly kind: 'paren'; readonly expr: Expr })
  /** `expr?` */
  | (ExprBase & { readonly kind: 'try'; readonly expr: Expr })
  | (ExprBase & { readonly kind: 'yield'; readonly expr: Expr | null })
  | (ExprBase & { readonly kind: 'become'; readonly expr: Expr })
  /** Something the parser reported and replaced. */
  | (ExprBase & { readonly kind: 'err' });

export type ExprKind = Expr['kind'];

export interface Label {
  /** With the quote: `'outer`. */
  readonly ident: Ident;
}

export type CaptureBy = { readonly kind: 'ref' } | { readonly kind: 'value'; readonly moveSpan: Span };

export interface Closure {
  readonly binder: GenericParam[] | null;
  readonly capture: CaptureBy;
  readonly constness: Constness;
  readonly coroutine: { readonly kind: 'async' | 'gen' | 'asyncGen'; readonly span: Span } | null;
  readonly movability: 'movable' | 'static';
  readonly decl: FnDecl;
  readonly body: Expr;
  readonly declSpan: Span;
  readonly bodySpan: Span;
}

export interface Arm {
  readonly id: NodeId;
  readonly attrs: Attribute[];
  readonly pat: Pat;
  readonly guard: Expr | null;
  /** Null for a never-pattern arm without body. */
  readonly body: Expr | null;
  readonly span: Span;
}

export interface ExprField {
  readonly id: NodeId;
  readonly attrs: Attribute[];
  readonly ident: Ident;
  readonly expr: Expr;
  /** `S { x }` */
  readonly isShorthand: boolean;
  readonly span: Span;
}

/** After the fields of a struct expression: `..base`, `..` (default fields), or nothing. */
export type StructRest = { readonly kind: 'base'; readonly expr: Expr } | { readonly kind: 'rest'; readonly span: Span } | { readonly kind: 'none' };

// ---------------------------------------------------------------------------------------------
// Patterns.

export interface PatBase {
  readonly id: NodeId;
  readonly span: Span;
}

export interface BindingMode {
  readonly byRef: Mutability | null;
  readonly mutability: Mutability;
}

export type Pat =
  | (PatBase & { readonly kind: 'wild' })
  | (PatBase & { readonly kind: 'ident'; readonly binding: BindingMode; readonly ident: Ident; readonly sub: Pat | null })
  | (PatBase & { readonly kind: 'struct'; readonly qself: QSelf | null; readonly path: Path; readonly fields: PatField[]; readonly rest: boolean })
  | (PatBase & { readonly kind: 'tupleStruct'; readonly qself: QSelf | null; readonly path: Path; readonly elems: Pat[] })
  | (PatBase & { readonly kind: 'or'; readonly alts: Pat[] })
  | (PatBase & { readonly kind: 'path'; readonly qself: QSelf | null; readonly path: Path })
  | (PatBase & { readonly kind: 'tuple'; readonly elems: Pat[] })
  | (PatBase & { readonly kind: 'box'; readonly pat: Pat })
  | (PatBase & { readonly kind: 'deref'; readonly pat: Pat })
  | (PatBase & { readonly kind: 'ref'; readonly pat: Pat; readonly mutability: Mutability })
  /** A literal, a negated literal, or a const block, as an expression. */
  | (PatBase & { readonly kind: 'expr'; readonly expr: Expr })
  | (PatBase & { readonly kind: 'range'; readonly start: Expr | null; readonly end: Expr | null; readonly rangeEnd: RangeEnd })
  | (PatBase & { readonly kind: 'slice'; readonly elems: Pat[] })
  /** `..` inside tuple, tuple-struct and slice patterns. */
  | (PatBase & { readonly kind: 'rest' })
  | (PatBase & { readonly kind: 'never' })
  /** The absent pattern of an unnamed parameter in `fn(u32)` types and 2015 trait methods. */
  | (PatBase & { readonly kind: 'missing' })
  | (PatBase & { readonly kind: 'paren'; readonly pat: Pat })
  /** `pat if cond` inside parentheses, slices and tuple structs (unstable `guard_patterns`). */
  | (PatBase & { readonly kind: 'guard'; readonly pat: Pat; readonly guard: Expr })
  | (PatBase & { readonly kind: 'macCall'; readonly mac: MacCall })
  | (PatBase & { readonly kind: 'err' });

/** `..=` (included), `...` (the obsolete included syntax), `..` (excluded). */
export type RangeEnd = { readonly kind: 'included'; readonly syntax: 'dotDotEq' | 'dotDotDot' } | { readonly kind: 'excluded' };

export interface PatField {
  readonly id: NodeId;
  readonly attrs: Attribute[];
  readonly ident: Ident;
  readonly pat: Pat;
  readonly isShorthand: boolean;
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Types.

export interface TyBase {
  readonly id: NodeId;
  readonly span: Span;
}

export interface MutTy {
  readonly ty: Ty;
  readonly mutability: Mutability;
}

export interface BareFnTy {
  readonly safety: Safety;
  readonly ext: FnHeader['ext'];
  readonly genericParams: GenericParam[];
  readonly decl: FnDecl;
  readonly declSpan: Span;
}

export type Ty =
  | (TyBase & { readonly kind: 'slice'; readonly ty: Ty })
  | (TyBase & { readonly kind: 'array'; readonly ty: Ty; readonly len: AnonConst })
  | (TyBase & { readonly kind: 'ptr'; readonly mt: MutTy })
  | (TyBase & { readonly kind: 'ref'; readonly lifetime: Lifetime | null; readonly mt: MutTy })
  | (TyBase & { readonly kind: 'bareFn'; readonly fn: BareFnTy })
  | (TyBase & { readonly kind: 'never' })
  | (TyBase & { readonly kind: 'tuple'; readonly elems: Ty[] })
  | (TyBase & { readonly kind: 'path'; readonly qself: QSelf | null; readonly path: Path })
  /** `dyn A + B` (`syntax: 'dyn'`) or a bare trait object (2015: `Box<Trait>`). */
  | (TyBase & { readonly kind: 'traitObject'; readonly bounds: GenericBound[]; readonly syntax: 'dyn' | 'none' })
  | (TyBase & { readonly kind: 'implTrait'; readonly bounds: GenericBound[] })
  | (TyBase & { readonly kind: 'paren'; readonly ty: Ty })
  | (TyBase & { readonly kind: 'typeof'; readonly expr: AnonConst })
  /** `_` */
  | (TyBase & { readonly kind: 'infer' })
  /** The type of `self` in `self` / `&self` parameters. */
  | (TyBase & { readonly kind: 'implicitSelf' })
  | (TyBase & { readonly kind: 'macCall'; readonly mac: MacCall })
  /** `...` in C-variadic parameter lists. */
  | (TyBase & { readonly kind: 'cVarArgs' })
  | (TyBase & { readonly kind: 'err' });
