/**
 * Liveness (rustc's `liveness.rs` / MIR-based unused checks, as far as the subset needs): which
 * local variables are never read (`unused_variables`), which assignments are overwritten before
 * being read (`unused_assignments`), and which `mut` bindings are never mutated (`unused_mut`).
 * Runs on a body that type checked without errors, inside the same task as its type check.
 *
 * Owns: these three lints. Must not: report anything for bodies with type errors.
 */
import type { FnCtxt } from '../typeck/fcx.js';

export function analyzeLiveness(fcx: FnCtxt): void {
  void fcx;
}
