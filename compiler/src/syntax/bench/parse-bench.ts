/**
 * Parse-speed measurement (a developer tool, not a test): builds a ~20,000-line program from the
 * valid corpus (each file wrapped in a module, repeated) and times `parseSourceFile` on it, cold
 * (the first parse, JIT included) and warm (median and best of the next runs), in wall-clock ms.
 *
 *   npx esbuild compiler/src/syntax/bench/parse-bench.ts --bundle --platform=node --format=esm \
 *     --outfile=/tmp/parse-bench.mjs && node /tmp/parse-bench.mjs [lines] [--write FILE]
 *
 * Owns: nothing the compiler uses. Must not: be imported by compiler code.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSourceFile } from '../parse.js';

const here = dirname(fileURLToPath(import.meta.url));
const validDir = [join(here, '..', 'testdata', 'valid'), join(process.cwd(), 'compiler', 'src', 'syntax', 'testdata', 'valid')].find((d) => {
  try {
    return readdirSync(d).length > 0;
  } catch {
    return false;
  }
})!;

/** The corpus files (2018+ ones), without their crate-level attributes, as module bodies. */
function program(targetLines: number): string {
  const bodies = readdirSync(validDir)
    .filter((f) => f.endsWith('.rs') && !f.includes('2015'))
    .sort()
    .map((f) => readFileSync(join(validDir, f), 'utf8').split('\n').filter((l) => !l.startsWith('#!') && !l.startsWith('//!')).join('\n'));
  const out: string[] = [];
  let lines = 0;
  for (let i = 0; lines < targetLines; i++) {
    bodies.forEach((b, j) => {
      const m = `mod m${i}_${j} {\n#![allow(unused)]\n${b}\n}\n`;
      out.push(m);
      lines += m.split('\n').length - 1;
    });
  }
  out.push('fn main() {}\n');
  return out.join('');
}

const args = process.argv.slice(2);
const target = Number(args.find((a) => /^\d+$/.test(a)) ?? 20000);
const src = program(target);
const w = args.indexOf('--write');
if (w >= 0) writeFileSync(args[w + 1]!, src);
const parse = () => parseSourceFile({ fileIndex: 0, name: 'bench.rs', src, startPos: 0, edition: '2024' });
const t0 = performance.now();
const first = parse();
const cold = performance.now() - t0;
if (first.diagnostics.length > 0) throw new Error(`the benchmark program has errors: ${first.diagnostics[0]!.message}`);
const runs: number[] = [];
for (let i = 0; i < 30; i++) {
  const t = performance.now();
  parse();
  runs.push(performance.now() - t);
}
runs.sort((a, b) => a - b);
const lines = src.split('\n').length - 1;
process.stdout.write(`${lines} lines, ${src.length} bytes: cold ${cold.toFixed(1)} ms, warm median ${runs[15]!.toFixed(1)} ms, best ${runs[0]!.toFixed(1)} ms\n`);
