import { describe, expect, it } from 'vitest';
import { renderJson } from './emitter-json.js';
import { explanationOf } from './error-codes.js';
import { CorpusSourceMap, isSummary, listCases, loadCase, type RustcDiagnostic } from './testdata/rustc-json.js';

/**
 * Every diagnostic of the corpus serialises to rustc's line byte for byte, except that the
 * explanation is weftc's own (the blessed files hold `$EXPLANATION` where rustc's text was).
 */
describe.each(listCases())('%s', (name) => {
  const c = loadCase(name);
  const ui = c.lines.ui.map((l) => JSON.parse(l) as RustcDiagnostic);
  const corpus = new CorpusSourceMap(`${name}.rs`, ui);
  it('json', () => {
    ui.forEach((d, i) => {
      if (!isSummary(d)) check(corpus, d, c.lines.ui[i]!, c.flags.includes('-Zmacro-backtrace'));
    });
  });
});

function check(corpus: CorpusSourceMap, d: RustcDiagnostic, line: string, macroBacktrace: boolean): void {
  const code = d.code?.code;
  const expected = code && explanationOf(code) !== null ? line.replace('"explanation":"$EXPLANATION"', () => `"explanation":${JSON.stringify(explanationOf(code))}`) : line;
  const actual = renderJson(corpus.diagnostic(d), corpus.sm, { uiTesting: true, short: false, ansi: false, macroBacktrace });
  // One-line JSON makes whole-string diffs unreadable: compare the neighbourhood of the first
  // difference (identical strings compare equal here too).
  let k = 0;
  while (k < actual.length && actual[k] === expected[k]) k++;
  expect(actual.slice(Math.max(0, k - 200), k + 200), d.message).toBe(expected.slice(Math.max(0, k - 200), k + 200));
  expect(actual.length).toBe(expected.length);
}
