/**
 * Loading a crate's files: parse the root, find its `mod name;` declarations, read and parse
 * those files, and so on. Each wave of newly discovered files is parsed through the executor
 * (`syntax.parse` tasks, on worker threads in parallel mode); diagnostics are then put in the
 * order rustc emits them, which is a depth-first walk of the module tree: a file's own lexer and
 * parser errors, then, declaration by declaration, each submodule's diagnostics or the error for
 * a module file that cannot be found. The order therefore never depends on scheduling.
 *
 * rustc stops the compilation right after a fatal error (unterminated literal, unbalanced
 * delimiters, an unreadable `#[path]` file) and after a crate root it could not parse; a
 * submodule it could not parse becomes an empty module. `abort` reports where that happened.
 *
 * Owns: the module tree and its diagnostic order. Must not: touch the file system (files come
 * through `readFile`) or emit.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Executor } from '../query/executor.js';
import type { SourceMap, SourceFile } from './source-map.js';
import type { Edition } from './edition.js';
import type { SourceFileAst } from './ast.js';
import type { ParseInput, ParseOutcome, StashedDiagnostic } from './parse.js';
import type { BadUnicodeIdent } from './lexer.js';
import { collectModDecls, resolveModDecl, rootModuleDir, type ModuleDir } from './modules.js';
import { PDiag } from './diag.js';

export interface LoadedFile {
  /** Index in the source map (also the node-id prefix of the file's AST). */
  readonly fileIndex: number;
  readonly path: string;
  /** Null when the file could not be parsed (the module is empty). */
  readonly ast: SourceFileAst | null;
  readonly outcome: ParseOutcome;
}

export interface LoadedCrate {
  readonly root: LoadedFile;
  /** Every parsed file, in the order they were loaded. */
  readonly files: readonly LoadedFile[];
  /** `mod name;` declarations that were loaded: the declaring file and item span → loaded file. */
  readonly modules: readonly { readonly declFile: number; readonly declSpanLo: number; readonly file: number }[];
  /** Diagnostics in rustc's emission order, up to the point where rustc would stop. */
  readonly diagnostics: readonly Diagnostic[];
  readonly stashed: readonly StashedDiagnostic[];
  /**
   * Errors rustc reports once macro expansion is done (identifiers with emoji, gathered over all
   * files): the driver emits them after the expansion phase's diagnostics.
   */
  readonly afterExpansion: readonly Diagnostic[];
  /** rustc would stop after `diagnostics` (a fatal error, or a crate root it could not parse). */
  readonly abort: boolean;
}

export interface LoaderDeps {
  readonly sourceMap: SourceMap;
  readonly readFile: (path: string) => { text: string } | { error: string };
  readonly executor: Executor;
  readonly edition: Edition;
}

type Event = { kind: 'child'; node: Node } | { kind: 'diag'; diag: Diagnostic; fatal: boolean };

interface Node {
  readonly source: SourceFile;
  readonly path: string;
  readonly dir: ModuleDir;
  readonly ancestors: readonly string[];
  file: LoadedFile | null;
  diagnostics: readonly Diagnostic[];
  stashed: readonly StashedDiagnostic[];
  badUnicodeIdents: readonly BadUnicodeIdent[];
  readonly events: Event[];
}

export async function loadCrate(rootPath: string, rootSource: SourceFile, deps: LoaderDeps): Promise<LoadedCrate> {
  const reads = new Map<string, { text: string } | { error: string }>();
  const read = (path: string) => {
    let r = reads.get(path);
    if (!r) {
      r = deps.readFile(path);
      reads.set(path, r);
    }
    return r;
  };
  const root: Node = { source: rootSource, path: rootPath, dir: rootModuleDir(rootPath), ancestors: [], file: null, diagnostics: [], stashed: [], badUnicodeIdents: [], events: [] };
  const files: LoadedFile[] = [];
  const modules: { declFile: number; declSpanLo: number; file: number }[] = [];
  let wave: Node[] = [root];
  while (wave.length > 0) {
    const inputs: ParseInput[] = wave.map((n) => ({
      fileIndex: deps.sourceMap.files.indexOf(n.source),
      name: n.source.name,
      src: n.source.src,
      startPos: n.source.startPos,
      edition: deps.edition,
    }));
    const outputs = await deps.executor.map('syntax.parse', inputs);
    const next: Node[] = [];
    wave.forEach((node, i) => {
      const out = outputs[i]!;
      const file: LoadedFile = { fileIndex: inputs[i]!.fileIndex, path: node.path, ast: out.ast, outcome: out.outcome };
      node.file = file;
      node.diagnostics = out.diagnostics;
      node.stashed = out.stashed;
      node.badUnicodeIdents = out.badUnicodeIdents;
      files.push(file);
      if (!out.ast) return;
      for (const decl of collectModDecls(out.ast, node.dir)) {
        const r = resolveModDecl(decl, (p) => 'text' in read(p), [...node.ancestors, node.path]);
        if (r.kind === 'error') {
          node.events.push({ kind: 'diag', diag: r.diag, fatal: r.fatal });
          continue;
        }
        const content = read(r.path);
        if ('error' in content) {
          const d = new PDiag(`couldn't read \`${r.path}\`: ${content.error}`, decl.span);
          node.events.push({ kind: 'diag', diag: d.build(), fatal: true });
          continue;
        }
        const source = deps.sourceMap.addFile(r.path, content.text);
        const child: Node = { source, path: r.path, dir: r.dir, ancestors: [...node.ancestors, node.path], file: null, diagnostics: [], stashed: [], badUnicodeIdents: [], events: [] };
        modules.push({ declFile: file.fileIndex, declSpanLo: decl.span.lo, file: deps.sourceMap.files.indexOf(source) });
        node.events.push({ kind: 'child', node: child });
        next.push(child);
      }
    });
    wave = next;
  }
  // Emission order: depth-first, as rustc's expansion visits modules.
  const diagnostics: Diagnostic[] = [];
  const stashed: StashedDiagnostic[] = [];
  const badIdents: BadUnicodeIdent[] = [];
  let abort = false;
  const visit = (n: Node, isRoot: boolean): boolean => {
    diagnostics.push(...n.diagnostics);
    stashed.push(...n.stashed);
    badIdents.push(...n.badUnicodeIdents);
    const outcome = n.file!.outcome;
    if (outcome === 'fatal' || (isRoot && outcome === 'failed')) return false;
    for (const e of n.events) {
      if (e.kind === 'diag') {
        diagnostics.push(e.diag);
        if (e.fatal) return false;
      } else if (!visit(e.node, false)) {
        return false;
      }
    }
    return true;
  };
  abort = !visit(root, true);
  return { root: root.file!, files, modules, diagnostics, stashed, afterExpansion: badUnicodeIdentErrors(badIdents), abort };
}

/** rustc's check of identifiers with emoji: one error per name, pointing at every use. */
function badUnicodeIdentErrors(idents: readonly BadUnicodeIdent[]): Diagnostic[] {
  const byName = new Map<string, BadUnicodeIdent[]>();
  for (const b of idents) {
    const list = byName.get(b.name);
    if (list) list.push(b);
    else byName.set(b.name, [b]);
  }
  const out: Diagnostic[] = [];
  for (const [name, list] of byName) {
    const sorted = [...list].sort((a, b) => a.span.lo - b.span.lo);
    const spans = sorted.map((b) => b.span);
    if (name === '🦀') {
      const first = sorted[0]!;
      out.push(new PDiag('Ferris cannot be used as an identifier', spans).suggestion(first.span, 'try using their name instead', first.ferrisFix, 'MaybeIncorrect').build());
    } else {
      out.push(new PDiag(`identifiers cannot contain emoji: \`${name}\``, spans).build());
    }
  }
  return out;
}
