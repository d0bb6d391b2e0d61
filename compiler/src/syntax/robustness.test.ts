import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSourceFile } from './parse.js';
import { lex } from './lexer.js';
import { SourceText } from './source-text.js';
import { printFile } from './pretty.js';

const valid = join(dirname(fileURLToPath(import.meta.url)), 'testdata', 'valid');
const corpus = readdirSync(valid).filter((f) => f.endsWith('.rs')).sort().map((f) => readFileSync(join(valid, f), 'utf8'));

/** Parses `src`; a bad program must give diagnostics, never an exception. */
function check(src: string): void {
  const out = parseSourceFile({ fileIndex: 0, name: 'x.rs', src, startPos: 0, edition: '2024' });
  if (out.outcome === 'ok') {
    expect(out.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    // What parsed silently also prints.
    printFile(out.ast!, '2024');
  } else {
    expect(out.diagnostics.some((d) => d.level === 'error')).toBe(true);
  }
}

// Mangled versions of the valid corpus: every program cut short at many points, and with single
// tokens deleted or duplicated. The parser must report (not throw) and terminate.
describe('robustness: mangled programs never crash the parser', () => {
  corpus.forEach((src, n) => {
    it(`corpus file ${n}: truncations`, () => {
      const step = Math.max(1, Math.floor(src.length / 150));
      for (let cut = 0; cut < src.length; cut += step) check(src.slice(0, cut));
    });
    it(`corpus file ${n}: a token deleted or doubled`, () => {
      const text = new SourceText(src, 0);
      const toks = lex(text, '2024').tokens.filter((t) => t.kind !== 'eof');
      const step = Math.max(1, Math.floor(toks.length / 120));
      for (let i = 0; i < toks.length; i += step) {
        const lo = text.index(toks[i]!.lo);
        const hi = text.index(toks[i]!.hi);
        check(src.slice(0, lo) + src.slice(hi));
        check(src.slice(0, hi) + ' ' + src.slice(lo));
      }
    });
  });

  it('reports code nested deeper than its stack allows instead of crashing', () => {
    const src = `fn f() { let x = ${'('.repeat(20000)}1${')'.repeat(20000)}; }`;
    const out = parseSourceFile({ fileIndex: 0, name: 'x.rs', src, startPos: 0, edition: '2021' });
    expect(out.outcome).toBe('fatal');
    expect(out.diagnostics.map((d) => d.message)).toEqual(['weftc does not support code nested this deeply yet']);
  });

  it('reports syntax it does not parse as unsupported, at the construct', () => {
    const src = 'macro m() {}\nfn f() { let a = builtin # offset_of(S, x); do yeet 1; }\n';
    const out = parseSourceFile({ fileIndex: 0, name: 'x.rs', src, startPos: 0, edition: '2021' });
    expect(out.diagnostics.map((d) => [d.message, src.slice(d.span.primary[0]!.lo, d.span.primary[0]!.hi)])).toEqual([
      ['weftc does not support `macro` items (macros 2.0) yet', 'macro m() {}'],
      ['weftc does not support `builtin #` syntax yet', 'builtin # offset_of(S, x)'],
      ['weftc does not support `do yeet` expressions yet', 'do yeet 1'],
    ]);
  });
});
