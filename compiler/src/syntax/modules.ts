/**
 * Out-of-line modules (`mod name;`), after rustc_expand's `module.rs`: which file a declaration
 * refers to (`name.rs` or `name/mod.rs`, nested `a/b.rs` below a non-`mod.rs` file, `#[path]`),
 * and rustc's errors when that fails (E0583 file not found, E0761 ambiguous, modules in blocks,
 * circular modules). Paths are strings joined with `/`, displayed as rustc displays them.
 *
 * Owns: module path rules and their diagnostics. Must not: read files (the driver asks
 * `readFile`) or parse.
 */
import type { Item, SourceFileAst, Attribute, Stmt, Expr, Block } from './ast.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from './source-map.js';
import { PDiag } from './diag.js';

/** Where a module's own submodules live (rustc's `dir_path` + `DirOwnership`). */
export interface ModuleDir {
  readonly dirPath: string;
  /** Set for `foo.rs` (not `mod.rs`) files: their submodules live in `foo/`. */
  readonly relative: string | null;
  /** Inside a function body: `mod x;` needs `#[path]`. */
  readonly inBlock: boolean;
}

/** A `mod name;` declaration found in a parsed file, in source order. */
export interface ModDecl {
  readonly name: string;
  /** The item's span (without outer attributes), where rustc reports errors. */
  readonly span: Span;
  readonly dir: ModuleDir;
  /** `#[path = "..."]`, if any. */
  readonly pathAttr: string | null;
}

export function parentDir(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** `Path::join` for the relative paths rustc builds. */
export function joinPath(dir: string, rel: string): string {
  if (rel.startsWith('/') || dir === '') return rel;
  return dir.endsWith('/') ? dir + rel : `${dir}/${rel}`;
}

export function rootModuleDir(rootFile: string): ModuleDir {
  return { dirPath: parentDir(rootFile), relative: null, inBlock: false };
}

function pathAttrOf(attrs: readonly Attribute[]): string | null {
  for (const a of attrs) {
    if (a.kind === 'normal' && a.path.segments.length === 1 && a.path.segments[0]!.ident.name === 'path' && a.meta?.kind.kind === 'nameValue') {
      const lit = a.meta.kind.lit;
      if (lit.kind === 'str' || lit.kind === 'strRaw') return lit.symbol;
    }
  }
  return null;
}

/** The `mod name;` declarations of a file (including those nested in inline modules and blocks). */
export function collectModDecls(ast: SourceFileAst, dir: ModuleDir): ModDecl[] {
  const out: ModDecl[] = [];
  const visitItems = (items: readonly Item[], d: ModuleDir) => {
    for (const it of items) visitItem(it, d);
  };
  const visitItem = (it: Item, d: ModuleDir) => {
    if (it.kind === 'mod') {
      const pathAttr = pathAttrOf(it.attrs);
      if (it.mod.kind === 'unloaded') {
        out.push({ name: it.ident.name, span: it.span, dir: d, pathAttr });
      } else {
        visitItems(it.mod.items, inlineModDir(d, it.ident.name, pathAttr));
      }
      return;
    }
    // Function bodies and other expressions can contain item statements.
    walkForBlockItems(it, (inner) => visitItem(inner, { ...d, inBlock: true }));
  };
  visitItems(ast.items, dir);
  return out;
}

/** The directory of an inline `mod name { ... }` (rustc's `mod_dir_path` for `Inline::Yes`). */
function inlineModDir(d: ModuleDir, name: string, pathAttr: string | null): ModuleDir {
  if (pathAttr !== null) return { dirPath: joinPath(d.dirPath, pathAttr), relative: null, inBlock: d.inBlock };
  let dirPath = d.dirPath;
  if (d.relative !== null) dirPath = joinPath(dirPath, d.relative);
  return { dirPath: joinPath(dirPath, name), relative: null, inBlock: d.inBlock };
}

/** Calls `f` for every item declared in a statement position below `node`. */
function walkForBlockItems(node: unknown, f: (it: Item) => void): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const x of node) walkForBlockItems(x, f);
    return;
  }
  const o = node as Record<string, unknown>;
  if (o.kind === 'item' && 'item' in o && typeof o.item === 'object') {
    f(o.item as Item);
    return;
  }
  for (const k in o) {
    if (k === 'span' || k === 'attrs' || k === 'tokens') continue;
    walkForBlockItems(o[k], f);
  }
}

export type ModResolution =
  | { readonly kind: 'file'; readonly path: string; readonly dir: ModuleDir }
  | { readonly kind: 'error'; readonly diag: Diagnostic; readonly fatal: boolean };

/**
 * Resolves a declaration to a file. `exists` says whether a path can be read (the driver's
 * `readFile`); `ancestors` are the files of the enclosing modules, for the circularity check.
 */
export function resolveModDecl(decl: ModDecl, exists: (path: string) => boolean, ancestors: readonly string[]): ModResolution {
  if (decl.pathAttr !== null) {
    const path = joinPath(decl.dir.dirPath, decl.pathAttr);
    const circular = checkCircular(decl, path, ancestors);
    if (circular) return circular;
    if (!exists(path)) {
      // rustc reads the file and aborts when it cannot (the driver words the OS error).
      return { kind: 'file', path, dir: { dirPath: parentDir(path), relative: null, inBlock: false } };
    }
    return { kind: 'file', path, dir: { dirPath: parentDir(path), relative: null, inBlock: false } };
  }
  if (decl.dir.inBlock) {
    const d = new PDiag('cannot declare a file module inside a block unless it has a path attribute', decl.span)
      .note('file modules are usually placed outside of blocks, at the top level of the file');
    return { kind: 'error', diag: d.build(), fatal: false };
  }
  const prefix = decl.dir.relative !== null ? `${decl.dir.relative}/` : '';
  const defaultPath = joinPath(decl.dir.dirPath, `${prefix}${decl.name}.rs`);
  const secondaryPath = joinPath(decl.dir.dirPath, `${prefix}${decl.name}/mod.rs`);
  const d1 = exists(defaultPath);
  const d2 = exists(secondaryPath);
  if (d1 && !d2) {
    const circular = checkCircular(decl, defaultPath, ancestors);
    if (circular) return circular;
    return { kind: 'file', path: defaultPath, dir: { dirPath: parentDir(defaultPath), relative: decl.name, inBlock: false } };
  }
  if (d2 && !d1) {
    const circular = checkCircular(decl, secondaryPath, ancestors);
    if (circular) return circular;
    return { kind: 'file', path: secondaryPath, dir: { dirPath: parentDir(secondaryPath), relative: null, inBlock: false } };
  }
  if (!d1 && !d2) {
    const d = new PDiag(`file not found for module \`${decl.name}\``, decl.span).withCode('E0583')
      .help(`to create the module \`${decl.name}\`, create file "${defaultPath}" or "${secondaryPath}"`)
      .note(`if there is a \`mod ${decl.name}\` elsewhere in the crate already, import it with \`use crate::...\` instead`);
    return { kind: 'error', diag: d.build(), fatal: false };
  }
  const d = new PDiag(`file for module \`${decl.name}\` found at both "${defaultPath}" and "${secondaryPath}"`, decl.span).withCode('E0761')
    .help('delete or rename one of them to remove the ambiguity');
  return { kind: 'error', diag: d.build(), fatal: false };
}

function checkCircular(decl: ModDecl, path: string, ancestors: readonly string[]): ModResolution | null {
  const i = ancestors.indexOf(path);
  if (i < 0) return null;
  const chain = [...ancestors.slice(i), path];
  const d = new PDiag(`circular modules: ${chain.join(' -> ')}`, decl.span);
  return { kind: 'error', diag: d.build(), fatal: false };
}

export type { Stmt, Expr, Block };
