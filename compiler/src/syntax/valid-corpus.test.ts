import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSourceFile } from './parse.js';
import { printFile } from './pretty.js';
import type { Edition } from './edition.js';
import type { SourceFileAst } from './ast.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'testdata', 'valid');

function editionOf(file: string): Edition {
  const ed = join(dir, file.replace(/\.rs$/, '.ed'));
  return (existsSync(ed) ? readFileSync(ed, 'utf8').trim() : '2021') as Edition;
}

/** The tree without positions and ids, for comparing two parses of equivalent text. */
function shape(ast: unknown): unknown {
  return JSON.parse(
    JSON.stringify(ast, (k, v: unknown) => (k === 'span' || k === 'id' || k === 'lo' || k === 'hi' || k.endsWith('Span') || k.endsWith('Id') || k === 'spacing' || k === 'open' || k === 'close' ? undefined : v)),
  );
}

function parse(src: string, edition: Edition): SourceFileAst {
  const out = parseSourceFile({ fileIndex: 0, name: 'x.rs', src, startPos: 0, edition });
  expect(out.diagnostics.map((d) => d.message)).toEqual([]);
  expect(out.outcome).toBe('ok');
  return out.ast!;
}

// Every file in testdata/valid is a program rustc 1.95.0 accepts (`--crate-type lib`, the edition
// in `<name>.ed`, 2021 otherwise); `scripts/gen-rustc-json.sh --check-valid` re-checks that.
describe('valid corpus', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.rs')).sort()) {
    it(`${file}: parses silently, prints, and reparses to the same tree`, () => {
      const edition = editionOf(file);
      const src = readFileSync(join(dir, file), 'utf8');
      const ast = parse(src, edition);
      const printed = printFile(ast, edition);
      const again = parse(printed, edition);
      expect(shape(again)).toEqual(shape(ast));
      expect(printFile(again, edition)).toBe(printed);
    });
  }
});
