import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, dirname, relative, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCrate } from './crate-loader.js';
import { validateCrate } from './validate.js';
import { SourceMap } from './source-map.js';
import { SerialExecutor } from '../query/executor.js';
import { normalizeRustcJson, renderNorm, lineColOfFile, type NormDiag } from './test-support.js';
import { renderHuman } from '../diagnostics/emitter-human.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

const root = join(dirname(fileURLToPath(import.meta.url)), 'testdata', 'modules');

function filesOf(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.rs')) out.set(relative(dir, full), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

interface RustcJsonDiag {
  level: string;
  message: string;
  rendered: string;
}

/** weftc's diagnostics in the normalized shape, with positions taken from the right file. */
function normalize_(diags: readonly Diagnostic[], sm: SourceMap): NormDiag[] {
  const at = (s: { lo: number; hi: number }) => `${lineColOfFile(sm, s.lo)}-${lineColOfFile(sm, s.hi)}`;
  const spans = (m: Diagnostic['span']) => [
    ...m.labels.map((l) => ({ at: at(l.span), primary: m.primary.some((p) => p.lo === l.span.lo && p.hi === l.span.hi), label: l.label })),
    ...m.primary.filter((p) => !m.labels.some((l) => l.span.lo === p.lo && l.span.hi === p.hi)).map((p) => ({ at: at(p), primary: true, label: null })),
  ];
  return diags.map((d) => ({
    level: d.level,
    message: d.message,
    code: d.code,
    spans: spans(d.span),
    children: [
      ...d.children.map((c) => ({ level: c.level, message: c.message, code: null, spans: spans(c.span), children: [] })),
      ...d.suggestions.map((s) => ({
        level: 'help',
        message: s.message,
        code: null,
        spans: s.substitutions.flatMap((sub) => sub.parts.map((p) => ({ at: at(p.span), primary: true, label: null, replacement: p.snippet, applicability: s.applicability }))),
        children: [],
      })),
    ],
  }));
}

// Each testdata/modules/CASE is a crate (main.rs and its module files) with expected.json,
// rustc 1.95.0's diagnostics for it (testdata/gen-rustc-json.sh). The loader reads files only
// through `readFile`, here a map of the case's files, so E0583 and friends come from the real
// rules. Diagnostics rustc reports in later phases are left out (`//@ parse-errors: N`).
describe('crate loader: module files, in rustc’s order', () => {
  for (const kase of readdirSync(root).sort()) {
    it(kase, async () => {
      const dir = join(root, kase);
      const files = filesOf(dir);
      const mainSrc = files.get('main.rs')!;
      const sm = new SourceMap();
      const main = sm.addFile('main.rs', mainSrc);
      const readFile = (path: string) => {
        const text = files.get(normalize(path));
        return text === undefined ? { error: 'No such file or directory (os error 2)' } : { text };
      };
      const crate = await loadCrate('main.rs', main, { sourceMap: sm, readFile, executor: new SerialExecutor(), edition: '2021' });
      const count = /^\/\/@ parse-errors: *(\d+)/m.exec(mainSrc)?.[1];
      const ours = [...crate.diagnostics, ...(crate.abort ? [] : [...crate.afterExpansion, ...validateCrate(crate, sm)]), ...(count === undefined ? crate.stashed.map((s) => s.diag) : [])];
      const json = readFileSync(join(dir, 'expected.json'), 'utf8');
      const theirs = normalizeRustcJson(json).slice(0, count === undefined ? undefined : Number(count));
      expect(renderNorm(normalize_(ours, sm))).toBe(renderNorm(theirs));
      const rendered = json.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as RustcJsonDiag)
        .filter((d) => d.level !== 'failure-note' && !/^aborting due to/.test(d.message)).slice(0, theirs.length).map((d) => d.rendered).join('');
      expect(ours.map((d) => renderHuman(d, sm, { uiTesting: true, short: false, ansi: false })).join('')).toBe(rendered);
    });
  }
});
