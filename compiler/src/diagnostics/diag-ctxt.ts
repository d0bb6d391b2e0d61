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
import { explanationOf, isErrorCode } from './error-codes.js';
import { summary } from './messages.js';

export interface DiagCtxtOptions {
  readonly errorFormat: 'human' | 'json' | 'short';
  /** `-Zui-testing`: `LL` instead of line numbers in the gutter, and a fixed width. */
  readonly uiTesting: boolean;
  readonly deduplicate: boolean;
  /** `--json` values, e.g. `diagnostic-rendered-ansi`. */
  readonly json: readonly string[];
  /** `--color always` (human formats only; JSON uses `--json diagnostic-rendered-ansi`). */
  readonly color?: boolean;
  /** `-Zmacro-backtrace`. */
  readonly macroBacktrace?: boolean;
  /** `--diagnostic-width`. */
  readonly diagnosticWidth?: number | null;
  /** Columns of the terminal on stderr; absent or null when stderr is not a terminal. */
  readonly terminalWidth?: number | null;
  /** `-Z treat-err-as-bug[=N]`: the Nth error becomes an internal compiler error, then a panic. */
  readonly treatErrAsBug?: number | null;
}

/**
 * Thrown after the error that `-Z treat-err-as-bug` turns into a bug is emitted; the driver
 * reports it as rustc reports the panic (driver/ice.ts), exit status 101.
 */
export class TreatErrAsBug extends Error {
  override readonly name = 'TreatErrAsBug';
  constructor(n: number) {
    super(n === 1 ? 'aborting due to `-Z treat-err-as-bug=1`' : `aborting after ${n} errors due to \`-Z treat-err-as-bug=${n}\``);
  }
}

/** rustc lists at most this many codes in `Some errors have detailed explanations`. */
const MAX_LISTED_CODES = 9;

export class DiagCtxt {
  private errors = 0;
  private warnings = 0;
  /** Error codes of emitted diagnostics (any level), in first-emission order. */
  private readonly codes: string[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly sourceMap: SourceMap,
    private readonly options: DiagCtxtOptions,
    private readonly write: (text: string) => void,
  ) {}

  /**
   * `identity`: what makes two diagnostics identical, when not the whole diagnostic (rustc hashes
   * a lint's diagnostic before its "once per session" notes are dropped).
   */
  emit(diag0: Diagnostic, identity?: unknown): void {
    // rustc hashes the whole diagnostic; identical diagnostics are emitted once, or, with
    // `-Zdeduplicate-diagnostics=no`, again with a note saying so.
    let diag = diag0;
    const key = JSON.stringify(identity ?? diag);
    if (this.seen.has(key)) {
      if (this.options.deduplicate) return;
      const note = { level: 'note' as const, message: 'duplicate diagnostic emitted due to `-Z deduplicate-diagnostics=no`', span: { primary: [], labels: [] } };
      diag = { ...diag, children: [...diag.children, note] };
    }
    this.seen.add(key);
    const bugAt = this.options.treatErrAsBug ?? null;
    const isBug = diag.level === 'error' && bugAt !== null && this.errors + 1 >= bugAt;
    if (isBug) diag = { ...diag, level: 'error: internal compiler error' };
    if (diag.level === 'error' || diag.level === 'error: internal compiler error') this.errors++;
    else if (diag.level === 'warning') this.warnings++;
    if (diag.code !== null && isErrorCode(diag.code) && !this.codes.includes(diag.code)) this.codes.push(diag.code);
    this.write(this.render(diag));
    if (isBug) throw new TreatErrAsBug(bugAt);
  }

  errorCount(): number {
    return this.errors;
  }

  warningCount(): number {
    return this.warnings;
  }

  hasErrors(): boolean {
    return this.errors > 0;
  }

  /** Emits the closing lines, as rustc's `print_error_count` does. */
  finish(): void {
    const warnings = this.warnings === 0 ? '' : summary.warningsEmitted(this.warnings);
    const errors = this.errors === 0 ? '' : summary.aborting(this.errors);
    if (errors === '' && warnings === '') return;
    if (errors === '') this.emitSummary('warning', warnings);
    else this.emitSummary('error', warnings === '' ? errors : `${errors}; ${warnings}`);
    // Short formats leave out the `--explain` hints, as rustc's `should_show_explain` does.
    const short = this.options.errorFormat === 'short' || (this.options.errorFormat === 'json' && this.options.json.includes('diagnostic-short'));
    if (short) return;
    const codes = this.codes.filter((c) => explanationOf(c) !== null).sort();
    if (codes.length === 0) return;
    if (codes.length > 1) {
      const listed = codes.slice(0, MAX_LISTED_CODES).join(', ');
      this.emitSummary('failure-note', summary.someExplained(listed, codes.length > MAX_LISTED_CODES));
      this.emitSummary('failure-note', summary.moreInformationAboutAn(codes[0]!));
    } else {
      this.emitSummary('failure-note', summary.moreInformationAboutThis(codes[0]!));
    }
  }

  private emitSummary(level: 'error' | 'warning' | 'failure-note', message: string): void {
    // rustc's `aborting due to ...` is an error too: it can be the one `-Z treat-err-as-bug=N` is waiting for.
    const bugAt = this.options.treatErrAsBug ?? null;
    const isBug = level === 'error' && bugAt !== null && this.errors + 1 >= bugAt;
    this.write(this.render({ level: isBug ? 'error: internal compiler error' : level, message, code: null, span: { primary: [], labels: [] }, children: [], suggestions: [] }));
    if (isBug) throw new TreatErrAsBug(bugAt);
  }

  private render(diag: Diagnostic): string {
    const o = this.options;
    if (o.errorFormat === 'json') return renderJson(diag, this.sourceMap, this.humanOptions()) + '\n';
    return renderHuman(diag, this.sourceMap, this.humanOptions());
  }

  private humanOptions(): HumanEmitterOptions {
    const o = this.options;
    const json = o.errorFormat === 'json';
    return {
      uiTesting: o.uiTesting,
      short: json ? o.json.includes('diagnostic-short') : o.errorFormat === 'short',
      ansi: json ? o.json.includes('diagnostic-rendered-ansi') : o.color === true,
      macroBacktrace: o.macroBacktrace ?? false,
      diagnosticWidth: o.diagnosticWidth ?? null,
      terminalWidth: o.terminalWidth ?? null,
    };
  }
}
