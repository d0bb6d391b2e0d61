/**
 * Loading the std model: each model file is registered in the source map as a file without
 * source under rustc's remapped std path, with the line numbers its `//@N` markers give, and
 * parsed by weftc's parser at the positions the source map assigned. A parse error in the model is
 * weftc's bug.
 *
 * Owns: turning the model text into ASTs placed in the source map. Must not: collect defs.
 */
import type { SourceMap } from '../../syntax/source-map.js';
import type { SourceFileAst } from '../../syntax/ast.js';
import { parseSourceFile } from '../../syntax/parse.js';
import { bug } from '../../util/bug.js';
import { allStdFiles, stdFileName } from './files.js';

export interface StdModelFile {
  readonly fileIndex: number;
  /** The module path in the std model: `option`, `collections::hash_map`; '' for the root. */
  readonly module: string;
  readonly ast: SourceFileAst;
}

/** Line → byte offset for a model text, following its `//@N` markers. */
function lineMap(text: string): Map<number, number> {
  const lines = new Map<number, number>();
  let line = 1;
  let offset = 0;
  for (const l of text.split('\n')) {
    const m = /\/\/@(\d+)\s*$/.exec(l);
    if (m) line = Number(m[1]);
    if (!lines.has(line)) lines.set(line, offset);
    offset += l.length + 1;
    line++;
  }
  return lines;
}

export function loadStdModel(sm: SourceMap): StdModelFile[] {
  const out: StdModelFile[] = [];
  for (const f of allStdFiles()) {
    const file = sm.addFileWithoutSource(stdFileName(f.path), f.text.length, lineMap(f.text));
    const fileIndex = sm.files.indexOf(file);
    const parsed = parseSourceFile({ fileIndex, name: file.name, src: f.text, startPos: file.startPos, edition: '2021' });
    if (!parsed.ast || parsed.diagnostics.some((d) => d.level === 'error')) {
      bug(`std model ${f.path} does not parse: ${parsed.diagnostics.map((d) => d.message).join('; ')}`);
    }
    out.push({ fileIndex, module: f.module, ast: parsed.ast });
  }
  return out;
}
