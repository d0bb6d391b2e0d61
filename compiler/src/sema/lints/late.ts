/**
 * Late lints (rustc's late lint pass), run only when the crate has no errors: `dead_code`,
 * `non_snake_case`, `non_upper_case_globals`, `unused_must_use`, `path_statements`.
 *
 * Owns: these lints. Must not: run when there are errors (the pipeline decides).
 */
import type { SemaContext } from '../context.js';
import type { LintEmission } from './emit.js';
import type { CheckBodyOutput } from '../typeck/body.js';

export function lateLints(ctx: SemaContext, bodies: readonly CheckBodyOutput[]): LintEmission[] {
  void ctx;
  void bodies;
  return [];
}
