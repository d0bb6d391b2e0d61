/**
 * Early lints on the expanded AST (rustc's early lint pass): `while_true`, `unused_parens`,
 * `non_camel_case_types`... emitted right after resolution, errors or not.
 *
 * Owns: these lints. Must not: use types.
 */
import type { SemaContext } from '../context.js';
import type { LintEmission } from './emit.js';

export function earlyLints(ctx: SemaContext): LintEmission[] {
  void ctx;
  return [];
}
