/**
 * The expanded AST: the parser's AST plus the node kinds that only macro expansion produces.
 * Expansion replaces every macro call by ordinary nodes, except `format_args!`, which becomes a
 * `formatArgs` expression (as in rustc, where it stays an `ExprKind::FormatArgs` until lowering)
 * because type checking needs its structure: which argument each placeholder formats, with which
 * trait, and where the placeholder is.
 *
 * Sema walkers see expressions through `sx(e)` (a cast to `SExpr`), so that a `switch` on the kind
 * covers the extra kinds. The AST itself (syntax/ast.ts) is not changed: no parser or pretty-printer
 * ever meets these nodes.
 *
 * Owns: the extra node shapes. Must not: contain behaviour.
 */
import type { Expr, ExprBase } from '../syntax/ast.js';
import type { Span } from '../syntax/source-map.js';

export type FormatTrait = 'Display' | 'Debug' | 'LowerExp' | 'UpperExp' | 'Octal' | 'Pointer' | 'Binary' | 'LowerHex' | 'UpperHex';

export interface FormatArgument {
  /** `normal`: `format!("{}", x)`; `named`: `x = e`; `captured`: `{x}` without an argument. */
  readonly kind: 'normal' | 'named' | 'captured';
  readonly name: string | null;
  readonly expr: Expr;
}

export interface FormatPlaceholder {
  /** Index into `args`. */
  readonly arg: number;
  readonly trait: FormatTrait;
  /** The `{...}` in the string, when the string is a literal in the source. */
  readonly span: Span | null;
}

/** A width or precision taken from an argument (`{:1$}`, `{:.*}`): it must be a `usize`. */
export interface FormatCountRef {
  readonly arg: number;
  readonly span: Span | null;
}

/** A width or precision of a placeholder: a literal number or an argument (index into `args`). */
export type FormatCount = { readonly kind: 'is'; readonly value: number } | { readonly kind: 'arg'; readonly arg: number } | null;

/** One piece of the template, for code generation: literal text or a placeholder with its spec. */
export type FormatPiece =
  | { readonly kind: 'lit'; readonly text: string }
  | {
      readonly kind: 'arg';
      readonly arg: number;
      readonly trait: FormatTrait;
      readonly fill: string | null;
      readonly align: 'left' | 'right' | 'center' | 'unknown';
      readonly sign: '+' | '-' | null;
      readonly alternate: boolean;
      readonly zeroPad: boolean;
      readonly debugHex: 'lower' | 'upper' | null;
      readonly width: FormatCount;
      readonly precision: FormatCount;
    };

export type FormatArgsExpr = ExprBase & {
  readonly kind: 'formatArgs';
  readonly args: readonly FormatArgument[];
  readonly placeholders: readonly FormatPlaceholder[];
  readonly counts: readonly FormatCountRef[];
  /**
   * Where an unsatisfied formatting trait is reported: at the argument with the placeholder
   * labelled (`println!`, `format!`, `write!`), or at the call site of the outer macro
   * (`panic!`, `assert!` messages, which go through `const_format_args!`).
   */
  readonly boundSpan: 'arg' | { readonly callSite: Span };
  /** The template in order (code generation); absent only after an error. */
  readonly template?: readonly FormatPiece[];
};

export type SExpr = Expr | FormatArgsExpr;

/** Views an expression of the expanded AST with the extra kinds. */
export function sx(e: Expr): SExpr {
  return e as SExpr;
}

/** Stores an extra node where the AST expects an `Expr`. */
export function asExpr(e: FormatArgsExpr): Expr {
  return e as unknown as Expr;
}
