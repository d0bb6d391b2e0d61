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
      check(corpus, d, { ...OPTIONS[mode], macroBacktrace: c.flags.includes('-Zmacro-backtrace') }, expected);
    });
  });
});

function check(corpus: CorpusSourceMap, d: RustcDiagnostic, options: HumanEmitterOptions, expected: string | null): void {
  expect(renderHuman(corpus.diagnostic(d), corpus.sm, options), d.message).toBe(expected);
}

describe('highlighted message parts', () => {
  /** rustc's colour output of the corpus case, with the highlights the JSON data cannot carry. */
  it.each<[string, number, (message: string) => { text: string; highlight: boolean }[]]>([
    ['empty-label', 0, () => [p('expected tuple `'), h('(i32, i32)'), p('`\n   found tuple `'), h('(i32, i32, {integer})'), p('`')]],
    ['std-bound', 0, (m) => (m.startsWith('for that') ? [p('for that trait implementation, expected `'), h('String'), p('`, found `'), h('{integer}'), p('`')] : m.startsWith('the trait') ? [p('the trait `FromIterator<'), h('{integer}'), p('>` '), h('is not'), p(' implemented for `Vec<String>`\nbut trait `FromIterator<'), h('String'), p('>` '), h('is'), p(' implemented for it')] : [p(m)])],
  ])('%s #%i', (name, index, partsOf) => {
    const c = loadCase(name);
    const ui = c.lines.ui.map((l) => JSON.parse(l) as RustcDiagnostic);
    const corpus = new CorpusSourceMap(`${name}.rs`, ui);
    const diag = corpus.diagnostic(ui[index]!);
    const highlighted = { ...diag, children: diag.children.map((ch) => ({ ...ch, parts: partsOf(ch.message) })) };
    for (const ch of highlighted.children) expect(ch.parts.map((x) => x.text).join('')).toBe(ch.message);
    const expected = (JSON.parse(c.lines.ansi[index]!) as RustcDiagnostic).rendered;
    expect(renderHuman(highlighted, corpus.sm, OPTIONS.ansi)).toBe(expected);
    expect(renderHuman(highlighted, corpus.sm, OPTIONS.ui)).toBe(ui[index]!.rendered);
  });
});

function p(text: string) {
  return { text, highlight: false };
}

function h(text: string) {
  return { text, highlight: true };
}
