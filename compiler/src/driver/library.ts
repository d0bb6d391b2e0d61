/**
 * Library crates: the artifact `--crate-type lib|rlib|dylib` writes, and the loading of extern
 * crates (`--extern NAME[=PATH]`, `extern crate NAME;` found through `-L` directories).
 *
 * The artifact (`lib<name>.rlib`, or `lib<name>.so` for a dylib, as rustc names them) is a JSON
 * text file: `{ format: "weftc-library", version, crateName, edition, cfg, files: [{ path, text }] }`
 * — the library's own sources (root first) with its edition and `--cfg` flags. A dependent crate
 * re-parses those sources under their recorded paths, so diagnostics point into the library's
 * files as rustc's do, and the back end compiles the library's functions into the executable as
 * it compiles the dependent crate's own.
 *
 * How the library joins the dependent crate (a model, with known limits): its root module is
 * grafted into the dependent crate's root as a public module named after the extern crate, in
 * place of the `extern crate` item (or added, for `--extern` names in the extern prelude). Paths
 * `name::item` from the crate root (and `use name::...`) resolve as rustc resolves them; not
 * modelled yet: the extern prelude seen from nested modules, `crate::` inside the library (it
 * means the dependent crate), the library's own edition and cfg during analysis (its files are
 * parsed with its edition, analysed with the dependent crate's), and type paths printed as
 * rustc prints foreign types.
 *
 * Owns: the artifact format, extern-crate lookup, the graft. Must not: touch the file system
 * (the session reads and writes).
 */
import type { Session } from './session.js';
import type { LoadedCrate, LoadedFile } from '../syntax/crate-loader.js';
import type * as A from '../syntax/ast.js';
import { makeNodeId } from '../syntax/ast.js';
import type { Edition } from '../syntax/edition.js';
import { error } from '../diagnostics/diagnostic.js';
import { loadCrate } from '../syntax/crate-loader.js';
import { crateName, crateNameAttr, outputFileName } from './outputs.js';
import { effectiveCrateTypes } from './options.js';

export const LIBRARY_FORMAT = 'weftc-library';
export const LIBRARY_VERSION = 1;

export interface LibraryArtifact {
  readonly format: typeof LIBRARY_FORMAT;
  readonly version: number;
  readonly crateName: string;
  readonly edition: Edition;
  readonly cfg: readonly string[];
  /** The crate's files, root first, with the text the compiler read. */
  readonly files: readonly { readonly path: string; readonly text: string }[];
}

/** The artifact of a compiled library crate. */
export function libraryArtifact(session: Session, crate: LoadedCrate): string {
  const { options, sourceMap } = session;
  const files = crate.files.map((f) => ({ path: f.path, text: sourceMap.files[f.fileIndex]!.src }));
  const artifact: LibraryArtifact = {
    format: LIBRARY_FORMAT,
    version: LIBRARY_VERSION,
    crateName: crateName(options, crateNameAttr(crate.root.ast?.attrs ?? [])),
    edition: options.edition,
    cfg: options.cfg,
    files,
  };
  return JSON.stringify(artifact) + '\n';
}

/** Writes the library artifacts the crate types ask for (`lib`/`rlib` → `.rlib`, `dylib` → `.so`). */
export function emitLibraries(session: Session, crate: LoadedCrate): void {
  const { options, dcx } = session;
  const types = effectiveCrateTypes(options).filter((t) => t === 'lib' || t === 'rlib' || t === 'dylib');
  if (types.length === 0 || !session.writeOutput) return;
  const text = libraryArtifact(session, crate);
  const attrName = crateNameAttr(crate.root.ast?.attrs ?? []);
  for (const name of new Set(types.map((t) => outputFileName(options, t, attrName)))) {
    const path = options.output !== null ? options.output : options.outDir !== null ? `${options.outDir.replace(/\/$/, '')}/${name}` : name;
    const failed = session.writeOutput(path, text, false);
    if (failed !== null) dcx.emit(error(`couldn't create a temp dir: ${failed}`).build());
  }
}

/** Parses an artifact's text; null when it is not one. */
export function parseLibrary(text: string): LibraryArtifact | null {
  try {
    const v = JSON.parse(text) as Partial<LibraryArtifact>;
    if (v.format !== LIBRARY_FORMAT || v.version !== LIBRARY_VERSION || !Array.isArray(v.files) || v.files.length === 0) return null;
    return v as LibraryArtifact;
  } catch {
    return null;
  }
}

/** `#[allow(warnings)]` at `span`, with node ids from the top of the file's id space (the parser counts up from 0). */
function allowWarnings(fileIndex: number, span: A.Path['span']): A.Attribute {
  const id = (k: number) => makeNodeId(fileIndex, 0xffffffff - k);
  const path = (name: string, k: number): A.Path => ({ span, segments: [{ id: id(k), ident: { name, span }, args: null }] });
  const allow = path('allow', 1);
  const warnings = path('warnings', 2);
  return {
    kind: 'normal',
    id: id(0),
    style: 'outer',
    unsafeSpan: null,
    path: allow,
    args: { kind: 'empty' },
    meta: { path: allow, span, kind: { kind: 'list', items: [{ kind: 'meta', meta: { path: warnings, span, kind: { kind: 'word' } } }] } },
    span,
  };
}

/** Where an extern crate's artifact is: `--extern NAME=PATH`, else `lib<NAME>.rlib`/`.so` in a `-L` directory. */
function candidates(session: Session, name: string): string[] {
  const { options } = session;
  const explicit = options.externs.filter((e) => e.name === name && e.path !== null).map((e) => e.path!);
  if (explicit.length > 0) return explicit;
  return options.librarySearch.flatMap((dir) => [`${dir.replace(/\/$/, '')}/lib${name}.rlib`, `${dir.replace(/\/$/, '')}/lib${name}.so`]);
}

/** The first readable candidate: its artifact, or `invalid` when it is not one (rustc's E0786). */
function findLibrary(session: Session, name: string): LibraryArtifact | { invalid: string } | null {
  let invalid: string | null = null;
  for (const path of candidates(session, name)) {
    const read = session.readFile(path);
    if ('error' in read) continue;
    const lib = parseLibrary(read.text);
    if (lib) return lib;
    invalid ??= path;
  }
  return invalid === null ? null : { invalid };
}

/**
 * The dependent crate with its extern crates grafted in (see the header), or the crate as it was
 * when it names none. `extern crate NAME;` at the root that cannot be found is rustc's E0463.
 */
export async function withExternCrates(session: Session, crate: LoadedCrate): Promise<LoadedCrate> {
  const root = crate.root.ast;
  if (!root) return crate;
  const { options } = session;
  const wanted = new Map<string, { orig: string; item: A.ExternCrateItem | null }>();
  for (const it of root.items) {
    if (it.kind !== 'externCrate') continue;
    const orig = it.orig?.name ?? it.ident.name;
    if (orig === 'std' || orig === 'core' || orig === 'alloc' || it.ident.name === 'self') continue;
    wanted.set(it.ident.name, { orig, item: it });
  }
  // The extern prelude (2018+): every `--extern` crate, unless an `extern crate` item names it.
  if (options.edition !== '2015') for (const e of options.externs) if (!wanted.has(e.name) && e.path !== null) wanted.set(e.name, { orig: e.name, item: null });
  if (wanted.size === 0) return crate;

  const files: LoadedFile[] = [...crate.files];
  const modules = [...crate.modules];
  const diagnostics = [...crate.diagnostics];
  const grafts = new Map<A.ExternCrateItem | null, A.Item>();
  const added: A.Item[] = [];
  for (const [name, { orig, item }] of wanted) {
    const lib = findLibrary(session, orig);
    if (!lib || 'invalid' in lib) {
      if (!item) continue;
      if (!lib) diagnostics.push(error(`can't find crate for \`${orig}\``).withCode('E0463').primarySpan(item.span, "can't find crate").build());
      else diagnostics.push(error(`found invalid metadata files for crate \`${orig}\``, item.span).withCode('E0786').note(`failed to parse rlib '${lib.invalid}': not a weftc library`).build());
      continue;
    }
    const texts = new Map(lib.files.map((f) => [f.path, f.text]));
    const rootPath = lib.files[0]!.path;
    const rootSource = session.sourceMap.addFile(rootPath, lib.files[0]!.text);
    const loaded = await loadCrate(rootPath, rootSource, {
      sourceMap: session.sourceMap,
      readFile: (p) => (texts.has(p) ? { text: texts.get(p)! } : { error: 'No such file or directory (os error 2)' }),
      executor: session.executor,
      edition: lib.edition,
    });
    // The library compiled: its files parse. Anything else is a damaged artifact.
    if (loaded.abort || !loaded.root.ast) {
      diagnostics.push(...loaded.diagnostics);
      continue;
    }
    files.push(...loaded.files);
    modules.push(...loaded.modules);
    const libRoot = loaded.root.ast;
    const ident = item ? item.ident : { name, span: libRoot.span };
    const mod: A.ModItem = {
      kind: 'mod',
      id: libRoot.id,
      span: item?.span ?? libRoot.span,
      // rustc never lints another crate: the graft is `#[allow(warnings)]`.
      attrs: [allowWarnings(loaded.root.fileIndex, libRoot.span)],
      vis: { kind: { kind: 'public' }, span: ident.span },
      ident,
      safety: { kind: 'default' },
      mod: { kind: 'inline', items: libRoot.items, innerSpan: libRoot.span, innerAttrs: [] },
    };
    if (item) grafts.set(item, mod);
    else added.push(mod);
  }
  const items = [...root.items.map((it) => (it.kind === 'externCrate' && grafts.has(it) ? grafts.get(it)! : it)), ...added];
  const newRoot: A.SourceFileAst = { ...root, items };
  const rootFile: LoadedFile = { ...crate.root, ast: newRoot };
  return { ...crate, root: rootFile, files: files.map((f) => (f === crate.root ? rootFile : f)), modules, diagnostics };
}
