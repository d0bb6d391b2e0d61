/**
 * The checks rustc makes on the expanded AST before name resolution (rustc_ast_passes'
 * `ast_validation`) that need nothing but the tree. For now: items that need a body and have
 * none (`fn f();` outside a trait or extern block, `const C: u8;`, `static S: u8;`). Items are
 * visited in rustc's order: depth first, a `mod name;` file at the place of its declaration.
 *
 * Owns: those checks and their messages. Must not: resolve names or emit (it returns the
 * diagnostics; the driver emits them after expansion's).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceMap, Span } from './source-map.js';
import { span } from './source-map.js';
import type { Item, AssocItem, ForeignItem, SourceFileAst } from './ast.js';
import type { LoadedCrate } from './crate-loader.js';
import { PDiag } from './diag.js';

type Ctxt = 'free' | 'impl' | 'trait' | 'foreign';

export function validateCrate(crate: LoadedCrate, sm: SourceMap): Diagnostic[] {
  const out: Diagnostic[] = [];
  const fileAst = new Map<number, SourceFileAst | null>(crate.files.map((f) => [f.fileIndex, f.ast]));
  const modFile = new Map<string, number>(crate.modules.map((m) => [`${m.declFile}:${m.declSpanLo}`, m.file]));
  const fileOf = (pos: number) => sm.files.indexOf(sm.lookupFile(pos));

  // rustc's `ending_semi_or_hi`: the item's final `;`, or the point after it.
  const endingSemiOrHi = (sp: Span): Span => {
    const end = span(sp.hi - 1, sp.hi);
    return sp.hi > sp.lo && sm.snippet(end) === ';' ? end : span(sp.hi, sp.hi);
  };

  const checkItem = (item: Item | AssocItem | ForeignItem, ctxt: Ctxt): void => {
    if (item.kind === 'fn' && item.body === null && (ctxt === 'free' || ctxt === 'impl')) {
      const msg = ctxt === 'free' ? 'free function without a body' : 'associated function in `impl` without body';
      out.push(new PDiag(msg, item.span).suggestion(endingSemiOrHi(item.span), 'provide a definition for the function', ' { <body> }', 'HasPlaceholders').build());
    } else if (item.kind === 'const' && item.expr === null && (ctxt === 'free' || ctxt === 'impl')) {
      const msg = ctxt === 'free' ? 'free constant item without body' : 'associated constant in `impl` without body';
      out.push(new PDiag(msg, item.span).suggestion(endingSemiOrHi(item.span), 'provide a definition for the constant', ' = <expr>;', 'HasPlaceholders').build());
    } else if (item.kind === 'static' && item.expr === null && ctxt === 'free') {
      out.push(new PDiag('free static item without body', item.span).suggestion(endingSemiOrHi(item.span), 'provide a definition for the static', ' = <expr>;', 'HasPlaceholders').build());
    }
  };

  // Walks any part of the tree, checking the items it meets (items inside function bodies are
  // free items again).
  const walk = (node: unknown, ctxt: Ctxt): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) walk(n, ctxt);
      return;
    }
    const o = node as Record<string, unknown>;
    if ('vis' in o && typeof o.kind === 'string' && 'span' in o) {
      const item = o as unknown as Item;
      checkItem(item, ctxt);
      if (item.kind === 'impl') return walkFields(o, 'impl', ['items']);
      if (item.kind === 'trait') return walkFields(o, 'trait', ['items']);
      if (item.kind === 'foreignMod') return walkFields(o, 'foreign', ['items']);
      if (item.kind === 'mod' && item.mod.kind === 'unloaded') {
        const file = modFile.get(`${fileOf(item.span.lo)}:${item.span.lo}`);
        const ast = file === undefined ? null : fileAst.get(file);
        if (ast) walk(ast.items, 'free');
        return;
      }
    }
    walkFields(o, 'free', []);
  };
  const walkFields = (o: Record<string, unknown>, ctxt: Ctxt, ctxtFields: readonly string[]): void => {
    for (const k in o) {
      if (k === 'span' || k === 'id' || k === 'attrs') continue;
      walk(o[k], ctxtFields.includes(k) ? ctxt : 'free');
    }
  };

  if (crate.root.ast) walk(crate.root.ast.items, 'free');
  return out;
}
