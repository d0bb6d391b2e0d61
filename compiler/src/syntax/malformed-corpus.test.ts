import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCrate } from './crate-loader.js';
import { validateCrate } from './validate.js';
import { SerialExecutor } from '../query/executor.js';
import { SourceMap } from './source-map.js';
import { SourceText } from './source-text.js';
import { normalizeOurs, normalizeRustcJson, renderNorm } from './test-support.js';
import { renderHuman } from '../diagnostics/emitter-human.js';
import type { Edition } from './edition.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'testdata', 'malformed');

/** `//@ edition: E` and `//@ parse-errors: N` (rustc's first N diagnostics are parse errors; the
 * rest come from later phases, which this test does not run); see testdata/gen-rustc-json.sh. */
function directive(src: string, name: string): string | null {
  const m = new RegExp(`^//@ ${name}: *(\\S+)`, 'm').exec(src);
  return m ? m[1]! : null;
}

interface RustcJsonDiag {
  level: string;
  message: string;
  rendered: string;
}

// Each malformed/NAME.rs has NAME.json, rustc 1.95.0's JSON diagnostics for it (written by
// testdata/gen-rustc-json.sh). weftc's parse diagnostics must equal them as data (message, code,
// spans with line/column, labels, children, suggestions) and, rendered, byte for byte.
describe('malformed corpus: parse diagnostics equal rustc’s', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.rs')).sort()) {
    it(file, async () => {
      const src = readFileSync(join(dir, file), 'utf8');
      const json = readFileSync(join(dir, file.replace(/\.rs$/, '.json')), 'utf8');
      const edition = (directive(src, 'edition') ?? '2021') as Edition;
      const sm = new SourceMap();
      const sf = sm.addFile(file, src);
      // Through the crate loader, as the driver does (samples declare no out-of-line modules).
      const crate = await loadCrate(file, sf, { sourceMap: sm, readFile: () => ({ error: 'No such file or directory (os error 2)' }), executor: new SerialExecutor(), edition });
      // The driver's order: the parse diagnostics, the post-expansion ones, then stashed ones no
      // later phase took over. rustc ran with `-A warnings` unless the sample says
      // `//@ keep-warnings`.
      const keepWarnings = /^\/\/@ keep-warnings/m.test(src);
      const count = directive(src, 'parse-errors');
      // With later-phase errors in rustc's output, stashed diagnostics are a later phase's
      // business too (type checking takes over `missing type for const item`).
      const stashed = count === null ? crate.stashed.map((s) => s.diag) : [];
      const all = [...crate.diagnostics, ...(crate.abort ? [] : [...crate.afterExpansion, ...validateCrate(crate, sm)]), ...stashed];
      const ours = all.filter((d) => keepWarnings || d.level !== 'warning');
      const theirs = normalizeRustcJson(json).slice(0, count === null ? undefined : Number(count));
      expect(renderNorm(normalizeOurs(ours, new SourceText(sf.src, sf.startPos)))).toBe(renderNorm(theirs));
      const rendered = json
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as RustcJsonDiag)
        .filter((d) => d.level !== 'failure-note' && !/^aborting due to/.test(d.message))
        .slice(0, theirs.length)
        .map((d) => d.rendered)
        .join('');
      expect(ours.map((d) => renderHuman(d, sm, { uiTesting: true, short: false, ansi: false })).join('')).toBe(rendered);
    });
  }
});
