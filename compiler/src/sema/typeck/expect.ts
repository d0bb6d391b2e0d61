/**
 * Expectations (rustc's `Expectation`): the type the context would like an expression to have,
 * used as a hint when checking it (integer literals, closures, `vec![]`, generic calls), never as a
 * requirement by itself: requirements are coercions or equalities demanded afterwards.
 *
 * Owns: the shape and its small operations. Must not: report anything.
 */
import type { Ty } from '../ty/ty.js';

export type Expectation = { readonly kind: 'none' } | { readonly kind: 'has'; readonly ty: Ty } | { readonly kind: 'castable'; readonly ty: Ty };

export const NO_EXPECTATION: Expectation = Object.freeze({ kind: 'none' });

export function expectHas(ty: Ty): Expectation {
  return { kind: 'has', ty };
}

export function onlyHasType(e: Expectation): Ty | null {
  return e.kind === 'has' ? e.ty : null;
}

export function toOption(e: Expectation): Ty | null {
  return e.kind === 'none' ? null : e.ty;
}
