/**
 * Renders a diagnostic the way rustc's human emitter does (`HumanEmitter`): header, `-->` line,
 * gutter, source lines with `^`/`-` underlines and labels, `= note:` lines, `help:` suggestions.
 * Under `-Zui-testing` the gutter shows `LL` instead of line numbers.
 */
import type { Diagnostic } from './diagnostic.js';
import type { SourceMap } from '../syntax/source-map.js';
import { bug } from '../util/bug.js';

export interface HumanEmitterOptions {
  readonly uiTesting: boolean;
  /** `--error-format=short`: one line per diagnostic. */
  readonly short: boolean;
  /** Colours (ANSI escapes), for `--json diagnostic-rendered-ansi` and `--color always`. */
  readonly ansi: boolean;
}

export function renderHuman(diag: Diagnostic, sm: SourceMap, options: HumanEmitterOptions): string {
  void diag; void sm; void options;
  return bug('the human emitter is not written yet');
}
