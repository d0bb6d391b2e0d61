import { describe, expect, it } from 'vitest';
import { DiagCtxt, type DiagCtxtOptions } from './diag-ctxt.js';
import { error, warning, type Diagnostic } from './diagnostic.js';
import { explanationOf } from './error-codes.js';
import { SourceMap } from '../syntax/source-map.js';
import { CorpusSourceMap, isSummary, listCases, loadCase, type RustcDiagnostic } from './testdata/rustc-json.js';

const HUMAN: DiagCtxtOptions = { errorFormat: 'human', uiTesting: true, deduplicate: true, json: [] };

/** Emits `diags` and the summary through a DiagCtxt; returns everything it wrote. */
function run(sm: SourceMap, options: DiagCtxtOptions, diags: readonly Diagnostic[]): string {
  const out: string[] = [];
  const dcx = new DiagCtxt(sm, options, (t) => out.push(t));
  diags.forEach((d) => dcx.emit(d));
  dcx.finish();
  return out.join('');
}

/** rustc's blessed JSON with weftc's explanations in place of the `$EXPLANATION` markers. */
function withOurExplanations(text: string): string {
  return text.replace(/("code":\{"code":"(E\d{4})","explanation":)"\$EXPLANATION"/g, (all, head: string, code: string) => {
    const ours = explanationOf(code);
    return ours === null ? all : head + JSON.stringify(ours);
  });
}

/** The whole stderr of every corpus case, in every format: diagnostics, then the summary. */
describe.each(listCases())('%s', (name) => {
  const c = loadCase(name);
  const ui = c.lines.ui.map((l) => JSON.parse(l) as RustcDiagnostic);
  const corpus = new CorpusSourceMap(`${name}.rs`, ui);
  const diags = ui.filter((d) => !isSummary(d)).map((d) => corpus.diagnostic(d));
  const join = (lines: readonly string[]) => lines.map((l) => l + '\n').join('');
  const HUMAN_CASE: DiagCtxtOptions = { ...HUMAN, macroBacktrace: c.flags.includes('-Zmacro-backtrace') };
  it('human', () => {
    expect(run(corpus.sm, HUMAN_CASE, diags)).toBe(c.stderr);
  });
  it('json', () => {
    expect(run(corpus.sm, { ...HUMAN_CASE, errorFormat: 'json' }, diags)).toBe(withOurExplanations(join(c.lines.ui)));
  });
  it('json diagnostic-short', () => {
    expect(run(corpus.sm, { ...HUMAN_CASE, errorFormat: 'json', uiTesting: false, json: ['diagnostic-short'] }, diags)).toBe(withOurExplanations(join(c.lines.short)));
  });
  it('json diagnostic-rendered-ansi', () => {
    // Highlighted pieces of messages are not in rustc's JSON data (see emitter-human.test.ts).
    const expected = withOurExplanations(join(c.lines.ansi)).replace(/\\u001b\[1m\\u001b\[35m((?:(?!\\u001b).)*)\\u001b\[0m/g, '$1');
    expect(run(corpus.sm, { ...HUMAN_CASE, errorFormat: 'json', json: ['diagnostic-rendered-ansi'] }, diags)).toBe(expected);
  });
});

describe('summary', () => {
  const sm = new SourceMap();
  const e = (code: string | null) => (code ? error('boom').withCode(code) : error('boom')).build();
  const w = (code: string | null) => (code ? warning('hmm').withCode(code) : warning('hmm')).build();
  /** What finish() writes after the diagnostics (emitted without deduplication). */
  const summary = (diags: Diagnostic[]) => {
    const out: string[] = [];
    const dcx = new DiagCtxt(sm, { ...HUMAN, deduplicate: false }, (t) => out.push(t));
    diags.forEach((d) => dcx.emit(d));
    dcx.finish();
    return out.slice(diags.length).join('');
  };

  it.each<[string, Diagnostic[], string]>([
    ['nothing', [], ''],
    ['one warning', [w('unused_variables')], 'warning: 1 warning emitted\n\n'],
    ['two warnings', [w(null), w(null)], 'warning: 2 warnings emitted\n\n'],
    ['one error without code', [e(null)], 'error: aborting due to 1 previous error\n\n'],
    ['one error with a lint code', [e('overflowing_literals')], 'error: aborting due to 1 previous error\n\n'],
    ['an error code without explanation', [e('E9999')], 'error: aborting due to 1 previous error\n\n'],
    ['one code', [e('E0308'), e('E0308')], 'error: aborting due to 2 previous errors\n\nFor more information about this error, try `rustc --explain E0308`.\n'],
    [
      'two codes, sorted, one unexplained left out',
      [e('E0425'), e('E9999'), e('E0308'), w(null)],
      'error: aborting due to 3 previous errors; 1 warning emitted\n\nSome errors have detailed explanations: E0308, E0425.\nFor more information about an error, try `rustc --explain E0308`.\n',
    ],
    ['a warning with an error code still gets the hint', [w('E0308')], 'warning: 1 warning emitted\n\nFor more information about this error, try `rustc --explain E0308`.\n'],
    [
      'ten codes are cut at nine',
      ['E0004', 'E0023', 'E0026', 'E0027', 'E0046', 'E0061', 'E0063', 'E0072', 'E0106', 'E0277'].map(e),
      'error: aborting due to 10 previous errors\n\nSome errors have detailed explanations: E0004, E0023, E0026, E0027, E0046, E0061, E0063, E0072, E0106...\nFor more information about an error, try `rustc --explain E0004`.\n',
    ],
  ])('%s', (_, diags, expected) => {
    expect(summary(diags)).toBe(expected);
  });

  it('short format leaves out the --explain hints', () => {
    expect(run(sm, { ...HUMAN, errorFormat: 'short' }, [e('E0308')])).toBe('error[E0308]: boom\nerror: aborting due to 1 previous error\n');
  });

  it('deduplicates identical diagnostics unless told not to', () => {
    const dup = [e('E0308'), e('E0308'), e(null)];
    const dedup = new DiagCtxt(sm, HUMAN, () => {});
    dup.forEach((d) => dedup.emit(d));
    const all = new DiagCtxt(sm, { ...HUMAN, deduplicate: false }, () => {});
    dup.forEach((d) => all.emit(d));
    expect([dedup.errorCount(), all.errorCount()]).toEqual([2, 3]);
  });

  it('json summary lines carry their levels', () => {
    const lines = run(sm, { ...HUMAN, errorFormat: 'json' }, [w(null), e('E0425')]).trim().split('\n').slice(2);
    expect(lines.map((l) => (JSON.parse(l) as { level: string }).level)).toEqual(['error', 'failure-note']);
  });

  it('--color always colours the human output', () => {
    expect(run(sm, { ...HUMAN, color: true }, [])).toBe('');
    expect(run(sm, { ...HUMAN, color: true }, [w(null)])).toBe('\x1b[1m\x1b[33mwarning\x1b[0m\x1b[1m: hmm\x1b[0m\n\n\x1b[1m\x1b[33mwarning\x1b[0m\x1b[1m: 1 warning emitted\x1b[0m\n\n');
  });
});
