/**
 * What body-level tasks return for emission: diagnostics and lint emissions in the order rustc
 * reports them within the unit. The pipeline emits them unit by unit in canonical order.
 *
 * Owns: this shape. Must not: emit.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LintEmission } from './lints/emit.js';

export type TaskDiag = { readonly kind: 'diag'; readonly diag: Diagnostic } | { readonly kind: 'lint'; readonly lint: LintEmission };
