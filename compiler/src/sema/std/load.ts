/**
 * Loading the std model: each model file is registered in the source map as a file without
 * source under rustc's remapped std path, with the line numbers its `//@N` markers give, and
 * parsed by weftc's parser at the positions the source map assigned. A parse error in the model is
 * weftc's bug.
 *
 * Parsing the model costs ~0.3 s, most of an empty program's compilation, so the start-up
 * snapshot (driver/snapshot.ts, built by scripts/build.mjs) parses it once at build time with
 * `preloadStdModel`: the snapshot's heap holds the ASTs, and `loadStdModel` then only relocates
 * them to the file indices and positions this compilation gives the model (node ids carry the
 * file index, spans carry global positions; both depend on the local crate's files): three loops
 * over the objects to move, listed at preload time. A preloaded
 * model is used once (relocation updates it in place); `std/load.test.ts` checks that a relocated
 * model equals a fresh parse at the same place.
 *
 * Owns: turning the model text into ASTs placed in the source map. Must not: collect defs.
 */
import type { SourceMap } from '../../syntax/source-map.js';
import { SourceMap as Sm } from '../../syntax/source-map.js';
import type { SourceFileAst } from '../../syntax/ast.js';
import { parseSourceFile } from '../../syntax/parse.js';
import { bug } from '../../util/bug.js';
import { allStdFiles, stdFileName } from './files.js';
import { opMacroLines, registerOpMacroExpansions } from './op-macros.js';

export interface StdModelFile {
  readonly fileIndex: number;
  /** The module path in the std model: `option`, `collections::hash_map`; '' for the root. */
  readonly module: string;
  /** See `StdFile.notInStd`. */
  readonly notInStd?: boolean;
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

/** The model parsed ahead of time: where it was placed, and what each file needs in the source map. */
interface Parsed {
  readonly firstFile: number;
  readonly firstPos: number;
  readonly files: { readonly name: string; readonly length: number; readonly lines: Map<number, number>; readonly module: string; readonly notInStd: boolean; readonly fileIndex: number; readonly ast: SourceFileAst }[];
}

let preloaded: (Parsed & { readonly movable: Movable }) | null = null;

/** Parses the model now (in the start-up snapshot's builder) for the next `loadStdModel`. */
export function preloadStdModel(): void {
  const parsed = parseAll(new Sm());
  preloaded = { ...parsed, movable: movableParts(parsed.files.map((f) => f.ast)) };
}

function parseAll(sm: SourceMap): Parsed {
  const files: Parsed['files'][number][] = [];
  for (const f of allStdFiles()) {
    const own = lineMap(f.text);
    // The lines std's operator macros are at (op-macros.ts), as comments.
    const extra = opMacroLines(f.path, (line) => own.has(line));
    const text = extra === '' || f.text.endsWith('\n') ? f.text + extra : `${f.text}\n${extra}`;
    const lines = lineMap(text);
    const file = sm.addFileWithoutSource(stdFileName(f.path), text.length, lines);
    const fileIndex = sm.files.length - 1;
    const parsed = parseSourceFile({ fileIndex, name: file.name, src: text, startPos: file.startPos, edition: '2021' });
    if (!parsed.ast || parsed.diagnostics.some((d) => d.level === 'error')) {
      bug(`std model ${f.path} does not parse: ${parsed.diagnostics.map((d) => d.message).join('; ')}`);
    }
    files.push({ name: file.name, length: text.length, lines, module: f.module, notInStd: f.notInStd ?? false, fileIndex, ast: parsed.ast });
  }
  registerOpMacroExpansions(sm, stdFileName);
  const first = files[0];
  return { firstFile: first?.fileIndex ?? 0, firstPos: first ? sm.files[first.fileIndex]!.startPos : 0, files };
}

export function loadStdModel(sm: SourceMap): StdModelFile[] {
  const pre = preloaded;
  preloaded = null;
  if (!pre) return parseAll(sm).files.map((f) => ({ fileIndex: f.fileIndex, module: f.module, notInStd: f.notInStd, ast: f.ast }));
  const out: StdModelFile[] = [];
  let dFile = 0;
  let dPos = 0;
  for (const [i, f] of pre.files.entries()) {
    const file = sm.addFileWithoutSource(f.name, f.length, f.lines);
    const fileIndex = sm.files.length - 1;
    if (i === 0) {
      dFile = fileIndex - pre.firstFile;
      dPos = file.startPos - pre.firstPos;
    }
    out.push({ fileIndex, module: f.module, notInStd: f.notInStd, ast: f.ast });
  }
  relocate(pre.movable, dFile, dPos);
  registerOpMacroExpansions(sm, stdFileName);
  return out;
}

const NODE_ID_FILE = 4294967296; // see makeNodeId

/** What relocation changes in a preloaded model, found once when it is parsed. */
interface Movable {
  /** Spans and tokens (`lo`/`hi`; position 0 is the dummy span and stays). */
  readonly spans: { lo: number; hi: number }[];
  /** Nodes (`id`). */
  readonly nodes: { id: number }[];
  /** Files (`fileIndex`). */
  readonly files: { fileIndex: number }[];
}

/**
 * Every object of the trees that holds a position, a node id or a file index, each once (an object
 * shared within the tree is moved once; frozen ones, the dummy span and the empty attribute list,
 * hold none), so that relocating is three loops, not a walk.
 */
function movableParts(roots: readonly object[]): Movable {
  const out: Movable = { spans: [], nodes: [], files: [] };
  const seen = new Set<object>();
  const stack: object[] = [...roots];
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (seen.has(o) || Object.isFrozen(o)) continue;
    seen.add(o);
    if (Array.isArray(o)) {
      for (const v of o) if (typeof v === 'object' && v !== null) stack.push(v);
      continue;
    }
    const r = o as Record<string, unknown>;
    if (typeof r.lo === 'number' && typeof r.hi === 'number' && r.lo !== 0) out.spans.push(r as { lo: number; hi: number });
    if (typeof r.id === 'number') out.nodes.push(r as { id: number });
    if (typeof r.fileIndex === 'number') out.files.push(r as { fileIndex: number });
    for (const k in r) {
      const v = r[k];
      if (typeof v === 'object' && v !== null) stack.push(v);
    }
  }
  return out;
}

/** Moves the preloaded trees by `dFile` file indices and `dPos` positions, in place. */
function relocate(m: Movable, dFile: number, dPos: number): void {
  if (dPos !== 0) {
    for (const s of m.spans) {
      s.lo += dPos;
      s.hi += dPos;
    }
  }
  if (dFile !== 0) {
    const dId = dFile * NODE_ID_FILE;
    for (const n of m.nodes) n.id += dId;
    for (const f of m.files) f.fileIndex += dFile;
  }
}
