/**
 * Renders a diagnostic as one line of rustc's JSON diagnostic format (`rustc_errors::json`), with
 * the human rendering in `rendered`.
 */
import type { Diagnostic } from './diagnostic.js';
import type { SourceMap } from '../syntax/source-map.js';
import type { HumanEmitterOptions } from './emitter-human.js';
import { bug } from '../util/bug.js';

export function renderJson(diag: Diagnostic, sm: SourceMap, options: HumanEmitterOptions): string {
  void diag; void sm; void options;
  return bug('the JSON emitter is not written yet');
}
