/**
 * The `unreachable_code` lint, which rustc reports while type checking (so it interleaves with the
 * body's type errors): the first statement or expression after one that diverges gets "unreachable
 * statement" / "unreachable expression", once per diverging point.
 *
 * Owns: this lint's detection and wording. Must not: change divergence (fcx owns it).
 */
import type { Span } from '../../syntax/source-map.js';
import { DiagnosticBuilder } from '../../diagnostics/diagnostic.js';
import type { FnCtxt } from './fcx.js';
import { bodyLintLevel } from '../lints/body-levels.js';

export function lintUnreachable(fcx: FnCtxt, span: Span, what: 'statement' | 'expression' | 'call'): void {
  const d = fcx.diverges;
  if (d.kind !== 'always') return;
  fcx.diverges = { kind: 'warned' };
  // Code from macro expansions (`panic!()`'s own code) is not linted.
  if (span.ctxt !== 0) return;
  const lvl = bodyLintLevel(fcx.ctx, fcx.def, 'unreachable_code');
  const b = new DiagnosticBuilder('warning', `unreachable ${what}`, span).withCode('unreachable_code');
  b.label(d.span, 'any code following this expression is unreachable');
  b.label(span, `unreachable ${what}`);
  if (d.customNote) b.note(d.customNote);
  fcx.lint({ lint: 'unreachable_code', level: lvl.level, source: lvl.source, diag: b.build() });
}
