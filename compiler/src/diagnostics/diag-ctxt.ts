/**
 * The diagnostic context (rustc's `DiagCtxt`): the one place diagnostics are emitted. It renders
 * each diagnostic in the session's error format, deduplicates (unless
 * `-Zdeduplicate-diagnostics=no`), counts errors and warnings, and writes the closing lines
 * (`aborting due to ...`, `N warnings emitted`, the `--explain` hints).
 *
 * Determinism: phases never call `emit` from a worker. They return diagnostics, and the pipeline
 * emits them here in canonical order on the main thread.
 *
 * Owns: emission, counting, the summary. Must not: decide lint levels or reorder diagnostics.
 */
import type { Diagnostic } from './diagnostic.js';
import type { SourceMap } from '../syntax/source-map.js';
import { renderHuman, type HumanEmitterOptions } from './emitter-human.js';
import { renderJson } from './emitter-json.js';

export interface DiagCtxtOptions {
  readonly errorFormat: 'human' | 'json' | 'short';
  /** `-Zui-testing`: `LL` instead of line numbers in the gutter, and a fixed width. */
  readonly uiTesting: boolean;
  readonly deduplicate: boolean;
  /** `--json` values, e.g. `diagnostic-rendered-ansi`. */
  readonly json: readonly string[];
}

export class DiagCtxt {
  private errors = 0;
  private warnings = 0;
  /** Error codes of emitted errors, in first-emission order. */
  private readonly codes: string[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly sourceMap: SourceMap,
    private readonly options: DiagCtxtOptions,
    private readonly write: (text: string) => void,
  ) {}

  emit(diag: Diagnostic): void {
    const human = this.humanOptions();
    if (this.options.deduplicate) {
      // rustc hashes the whole diagnostic; identical diagnostics are emitted once.
      const key = JSON.stringify(diag);
      if (this.seen.has(key)) return;
      this.seen.add(key);
    }
    if (diag.level === 'error' || diag.level === 'error: internal compiler error') {
      this.errors++;
      if (diag.code && /^E\d{4}$/.test(diag.code) && !this.codes.includes(diag.code)) this.codes.push(diag.code);
    } else if (diag.level === 'warning') {
      this.warnings++;
    }
    this.write(this.options.errorFormat === 'json' ? renderJson(diag, this.sourceMap, human) + '\n' : renderHuman(diag, this.sourceMap, human));
  }

  errorCount(): number {
    return this.errors;
  }

  hasErrors(): boolean {
    return this.errors > 0;
  }

  /** Emits the closing lines, as rustc's `print_error_count` does. */
  finish(): void {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const warnings = this.warnings > 0 ? plural(this.warnings, 'warning') + ' emitted' : '';
    if (this.errors > 0) {
      const aborting = this.errors === 1 ? 'aborting due to 1 previous error' : `aborting due to ${this.errors} previous errors`;
      this.emitSummary('error', warnings ? `${aborting}; ${warnings}` : aborting);
      if (this.codes.length > 0) {
        const codes = [...this.codes].sort();
        if (codes.length > 1) {
          this.emitSummary('failure-note', `Some errors have detailed explanations: ${codes.join(', ')}.`);
          this.emitSummary('failure-note', `For more information about an error, try \`rustc --explain ${codes[0]}\`.`);
        } else {
          this.emitSummary('failure-note', `For more information about this error, try \`rustc --explain ${codes[0]}\`.`);
        }
      }
    } else if (this.warnings > 0) {
      this.emitSummary('warning', warnings);
    }
  }

  private emitSummary(level: 'error' | 'warning' | 'failure-note', message: string): void {
    const diag: Diagnostic = { level, message, code: null, span: { primary: [], labels: [] }, children: [], suggestions: [] };
    const human = this.humanOptions();
    this.write(this.options.errorFormat === 'json' ? renderJson(diag, this.sourceMap, human) + '\n' : renderHuman(diag, this.sourceMap, human));
  }

  private humanOptions(): HumanEmitterOptions {
    return { uiTesting: this.options.uiTesting, short: this.options.errorFormat === 'short', ansi: false };
  }
}
