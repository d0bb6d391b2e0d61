/**
 * Macro expansion of the crate (rustc_expand, for what the subset needs): a depth-first walk of
 * every file in module order that strips `#[cfg]`-disabled nodes, replaces the std macros'
 * invocations by their expansions (macros.ts), records `#[derive(...)]` requests for the def
 * collector, and reports what is outside the subset. Its diagnostics come out in the walk's order,
 * which is rustc's: invocations are expanded depth-first in source order.
 *
 * The output is a new AST for each file; unchanged subtrees are shared with the parser's.
 *
 * Owns: the expansion walk, cfg-stripping, derive requests. Must not: resolve names or emit.
 */
import type * as A from '../../syntax/ast.js';
import type { NodeId } from '../../syntax/ast.js';
import type { Span, SourceMap } from '../../syntax/source-map.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Edition } from '../../syntax/edition.js';
import type { Token } from '../../syntax/token.js';
import type { LoadedCrate } from '../../syntax/crate-loader.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import { parseFragment, SourceText, fragmentParsers } from '../../syntax/parse.js';
import { parseExpr } from '../../syntax/parser/expr.js';
import { PErr, similarTokens } from '../../syntax/parser/parser.js';
import { AstBuilder } from './build.js';
import { isCfgActive, hasCfg, type CfgSet } from './cfg.js';
import { expandStdMacro, stdMacroName, SUPPORTED_MACROS, isKnownStdMacro, type MacroCx, type ParseTools } from './macros.js';
import { expand as msg, driver } from '../../diagnostics/messages.js';
import { sx } from '../ast-ext.js';
import { tokenDescr } from '../../syntax/token.js';
import { parseMacroDef, matchRules, transcribe, fixExpansionSpans, consumed, parseFragmentAt, TranscribeError, RECURSION_LIMIT, type MacroDef } from './macro-rules.js';
import { parseItem, parseAssocItem } from '../../syntax/parser/item.js';
import { error } from '../../diagnostics/diagnostic.js';

/** Textual scope of `macro_rules!` definitions: innermost (latest) first. */
interface MacroScope {
  readonly def: MacroDef;
  readonly parent: MacroScope | null;
}

/** Where an invocation is, which decides how its expansion is parsed. */
type MacroPosition = 'items' | 'implItems' | 'traitItems' | 'stmts' | 'expr' | 'pat' | 'ty';

/** The derivable traits weftc supports. */
export const DERIVABLE = new Set(['Debug', 'Clone', 'Copy', 'PartialEq', 'Eq', 'PartialOrd', 'Ord', 'Default', 'Hash']);

export interface DeriveRequest {
  readonly trait: string;
  /** The trait's path in `#[derive(...)]`, in the derive's expansion context. */
  readonly span: Span;
}

export interface ExpandedCrate {
  /** Expanded ASTs by file index (files that could not be parsed are absent). */
  readonly files: ReadonlyMap<number, A.SourceFileAst>;
  readonly rootFile: number;
  /** `mod x;` → the file index of its module: key `declFile:spanLo`. */
  readonly moduleFiles: ReadonlyMap<string, number>;
  /** `#[derive]` requests by item node id. */
  readonly derives: ReadonlyMap<NodeId, readonly DeriveRequest[]>;
  readonly diagnostics: readonly Diagnostic[];
  /** rustc stops after expansion (a `macro_rules!` invocation no rule matched, the recursion limit). */
  readonly fatal: boolean;
  /** The crate's `macro_rules!` definitions that were in effect, in definition order (for `unused_macros`). */
  readonly macroRules: readonly DefinedMacro[];
}

/** A `macro_rules!` item the expansion defined, and whether any invocation named it. */
export interface DefinedMacro {
  readonly name: string;
  /** The name's span (where rustc's `unused_macros` points). */
  readonly nameSpan: Span;
  readonly attrs: readonly A.Attribute[];
  /** `#[macro_export]`: usable from other crates, never reported unused. */
  readonly exported: boolean;
  readonly used: boolean;
}

export interface ExpandInput {
  readonly crate: LoadedCrate;
  readonly sourceMap: SourceMap;
  readonly edition: Edition;
  readonly cfg: CfgSet;
  /** The compiler process's environment (the session's), read by `env!` and `option_env!`. */
  readonly env: (name: string) => string | undefined;
  /** For the recursion limit's help. */
  readonly crateName?: string;
}

class ExpansionAborted extends Error {
  constructor() {
    super('expansion aborted');
  }
}

export function expandCrate(input: ExpandInput): ExpandedCrate {
  const e = new Expander(input);
  return e.run();
}

function attrName(a: A.Attribute): string | null {
  return a.kind === 'normal' && a.path.segments.length === 1 ? a.path.segments[0]!.ident.name : null;
}

class Expander {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly files = new Map<number, A.SourceFileAst>();
  private readonly moduleFiles = new Map<string, number>();
  private readonly derives = new Map<NodeId, DeriveRequest[]>();
  private readonly builders = new Map<number, AstBuilder>();
  private readonly texts = new Map<number, SourceText>();
  private readonly astByFile = new Map<number, A.SourceFileAst>();
  private fileIndex = 0;
  private readonly cx: MacroCx;
  /** The `macro_rules!` definitions visible at this point of the walk. */
  private macros: MacroScope | null = null;
  /** The user macro expansions being expanded, innermost last (for the recursion limit and spans). */
  private readonly active: { readonly range: Span; readonly ctxt: number }[] = [];
  private fatal = false;
  /** Every definition made, in order; `usedMacros` holds those an invocation resolved to. */
  private readonly defined: { readonly def: MacroDef; readonly item: A.MacroRulesItem }[] = [];
  private readonly usedMacros = new Set<MacroDef>();

  constructor(private readonly input: ExpandInput) {
    for (const m of input.crate.modules) this.moduleFiles.set(`${m.declFile}:${m.declSpanLo}`, m.file);
    for (const f of input.crate.files) if (f.ast) this.astByFile.set(f.fileIndex, f.ast);
    const self = this;
    this.cx = {
      get b() {
        return self.builder();
      },
      sm: input.sourceMap,
      edition: input.edition,
      diag: (d) => this.diagnostics.push(d),
      parseTokens: (tokens, f) => this.parseTokens(tokens, f),
      expandExpr: (e) => this.expr(e),
      expandPat: (p) => this.pat(p),
      expnSpan: (site, name) => {
        const callSite = this.inExpansion(site);
        const ctxt = input.sourceMap.addExpansion({ callSite, macroName: name, kind: 'macro-bang', defSite: null, hideBacktrace: true });
        return mkSpan(callSite.lo, callSite.hi, ctxt);
      },
      env: input.env,
    };
  }

  run(): ExpandedCrate {
    const root = this.input.crate.root;
    try {
      this.expandFile(root.fileIndex);
    } catch (e) {
      if (!(e instanceof ExpansionAborted)) throw e;
    }
    const macroRules = this.defined.map(({ def, item }) => ({ name: def.name, nameSpan: item.ident.span, attrs: item.attrs, exported: item.attrs.some((a) => attrName(a) === 'macro_export'), used: this.usedMacros.has(def) }));
    return { files: this.files, rootFile: root.fileIndex, moduleFiles: this.moduleFiles, derives: this.derives, diagnostics: this.diagnostics, fatal: this.fatal, macroRules };
  }

  private builder(): AstBuilder {
    let b = this.builders.get(this.fileIndex);
    if (!b) this.builders.set(this.fileIndex, (b = new AstBuilder(this.fileIndex)));
    return b;
  }

  private text(): SourceText {
    let t = this.texts.get(this.fileIndex);
    if (!t) {
      const f = this.input.sourceMap.files[this.fileIndex]!;
      this.texts.set(this.fileIndex, (t = new SourceText(f.src, f.startPos)));
    }
    return t;
  }

  private expandFile(fileIndex: number): void {
    const ast = this.astByFile.get(fileIndex);
    if (!ast) return;
    const saved = this.fileIndex;
    this.fileIndex = fileIndex;
    const items = this.items(ast.items);
    this.files.set(fileIndex, items === ast.items ? ast : { ...ast, items });
    this.fileIndex = saved;
  }

  private parseTokens<T>(tokens: readonly Token[], f: (p: import('../../syntax/parser/parser.js').Parser, tools: ParseTools) => T | null): T | null {
    const b = this.builder();
    const base = b.reserve(tokens.length * 8 + 64);
    const r = parseFragment(tokens, this.text(), this.input.edition, this.fileIndex, base, (p) => {
      const tools: ParseTools = {
        expr: () => parseExpr(p),
        pat: () => fragmentParsers.pat(p),
        literal: (t) => {
          const sp = mkSpan(t.lo, t.hi);
          return { kind: 'lit', id: p.nextId(), span: sp, attrs: [], lit: { kind: t.lit!, symbol: t.sym, suffix: t.suffix, hashes: t.hashes, span: sp } };
        },
        clearExpected: () => p.restore({ ...p.snapshot(), expected: [] }),
        expectComma: () => {
          try {
            p.expect(',');
            return true;
          } catch (e) {
            if (e instanceof PErr && similarTokens(',').includes(p.token.kind)) {
              p.emit(e.diag);
              p.bump();
              return true;
            }
            throw e;
          }
        },
      };
      return f(p, tools);
    });
    for (const d of r.diagnostics) this.diagnostics.push(d);
    return r.value;
  }

  // -- items -----------------------------------------------------------------------------------

  private items(items: readonly A.Item[]): A.Item[] {
    return this.list(items, (it) => {
      const user = this.userMacroCall(it);
      return user ? (this.expandUser<A.Item[]>(user.def, user.mac, 'items') ?? []) : this.item(it);
    });
  }

  /** Expands one item; null when it is cfg'd out or was a macro call that expanded to nothing. */
  private item(it: A.Item): A.Item | null {
    if (hasCfg(it.attrs) && !isCfgActive(it.attrs, this.input.cfg)) return null;
    switch (it.kind) {
      case 'fn': {
        const body = it.body ? this.block(it.body) : null;
        const sig = this.fnSig(it.sig);
        return body === it.body && sig === it.sig ? it : { ...it, body, sig };
      }
      case 'mod': {
        // Macros defined in a module are visible after it only with `#[macro_use]`.
        const scope = this.macros;
        const macroUse = it.attrs.some((a) => attrName(a) === 'macro_use');
        if (it.mod.kind === 'inline') {
          const items = this.items(it.mod.items);
          if (!macroUse) this.macros = scope;
          return items === it.mod.items ? it : { ...it, mod: { ...it.mod, items } };
        }
        const file = this.moduleFiles.get(`${this.fileIndexOf(it)}:${it.span.lo}`);
        if (file !== undefined) this.expandFile(file);
        if (!macroUse) this.macros = scope;
        return it;
      }
      case 'struct':
      case 'union':
      case 'enum': {
        this.collectDerives(it);
        if (it.kind === 'enum') {
          const variants = this.list(it.variants, (v) => (hasCfg(v.attrs) && !isCfgActive(v.attrs, this.input.cfg) ? null : this.variant(v)));
          return variants === it.variants ? it : { ...it, variants };
        }
        const data = this.variantData(it.data);
        return data === it.data ? it : { ...it, data };
      }
      case 'impl':
      case 'trait': {
        const items = this.assocItems(it.items, it.kind);
        return items === it.items ? it : ({ ...it, items } as A.Item);
      }
      case 'const':
      case 'static': {
        const expr = it.expr ? this.expr(it.expr) : null;
        return expr === it.expr ? it : ({ ...it, expr } as A.Item);
      }
      case 'macCall': {
        const name = stdMacroName(it.mac.path);
        if (name !== null && isKnownStdMacro(name)) this.diagnostics.push(msg.unsupportedMacro(name, it.mac.span).build());
        else this.diagnostics.push(this.cannotFindMacro(it.mac));
        return null;
      }
      case 'macroRules':
        this.defineMacro(it);
        return null;
      case 'foreignMod':
      case 'externCrate':
      case 'use':
      case 'tyAlias':
      case 'traitAlias':
        return it;
    }
  }

  private fileIndexOf(_it: A.Item): number {
    return this.fileIndex;
  }

  private collectDerives(it: A.Item): void {
    for (const a of it.attrs) {
      if (attrName(a) !== 'derive' || a.kind !== 'normal') continue;
      const meta = a.meta;
      if (!meta || meta.kind.kind !== 'list') continue;
      for (const inner of meta.kind.items) {
        if (inner.kind !== 'meta') continue;
        const path = inner.meta.path;
        const name = path.segments[path.segments.length - 1]!.ident.name;
        const prefixOk = path.segments.length === 1 || (path.segments.length === 2 && ['std', 'core'].includes(path.segments[0]!.ident.name));
        if (!DERIVABLE.has(name) || !prefixOk) {
          this.diagnostics.push(driver.unsupported(`\`#[derive(${path.segments.map((s) => s.ident.name).join('::')})]\``, path.span).build());
          continue;
        }
        const ctxt = this.input.sourceMap.addExpansion({ callSite: path.span, macroName: name, kind: 'derive', defSite: null });
        let list = this.derives.get(it.id);
        if (!list) this.derives.set(it.id, (list = []));
        list.push({ trait: name, span: mkSpan(path.span.lo, path.span.hi, ctxt) });
      }
    }
  }

  private variant(v: A.Variant): A.Variant {
    const data = this.variantData(v.data);
    const disc = v.discriminant ? this.anonConst(v.discriminant) : null;
    return data === v.data && disc === v.discriminant ? v : { ...v, data, discriminant: disc };
  }

  private variantData(d: A.VariantData): A.VariantData {
    if (d.kind === 'unit') return d;
    const fields = this.list(d.fields, (f) => (hasCfg(f.attrs) && !isCfgActive(f.attrs, this.input.cfg) ? null : this.fieldDef(f)));
    return fields === d.fields ? d : { ...d, fields };
  }

  private fieldDef(f: A.FieldDef): A.FieldDef {
    const ty = this.ty(f.ty);
    return ty === f.ty ? f : { ...f, ty };
  }

  /** Expands trait or impl items; user macro invocations splice in the items they expand to. */
  private assocItems(items: readonly A.AssocItem[], ctxt: 'trait' | 'impl'): A.AssocItem[] {
    return this.list(items, (a) => {
      const user = this.userMacroCall(a);
      return user ? (this.expandUser<A.AssocItem[]>(user.def, user.mac, ctxt === 'impl' ? 'implItems' : 'traitItems') ?? []) : this.assocItem(a);
    });
  }

  private assocItem(a: A.AssocItem): A.AssocItem | null {
    if (hasCfg(a.attrs) && !isCfgActive(a.attrs, this.input.cfg)) return null;
    if (a.kind === 'macCall') {
      this.diagnostics.push(msg.unsupportedMacro(a.mac.path.segments.map((s) => s.ident.name).join('::'), a.mac.span).build());
      return null;
    }
    const r = this.item(a as A.Item);
    return r === null ? null : (r as A.AssocItem);
  }

  private fnSig(sig: A.FnSig): A.FnSig {
    const inputs = this.list(sig.decl.inputs, (p) => (hasCfg(p.attrs) && !isCfgActive(p.attrs, this.input.cfg) ? null : this.param(p)));
    const output = sig.decl.output.kind === 'ty' ? this.retTy(sig.decl.output) : sig.decl.output;
    if (inputs === sig.decl.inputs && output === sig.decl.output) return sig;
    return { ...sig, decl: { ...sig.decl, inputs, output } };
  }

  private retTy(r: A.FnRetTy & { kind: 'ty' }): A.FnRetTy {
    const ty = this.ty(r.ty);
    return ty === r.ty ? r : { kind: 'ty', ty };
  }

  private param(p: A.Param): A.Param {
    const pat = this.pat(p.pat);
    const ty = this.ty(p.ty);
    return pat === p.pat && ty === p.ty ? p : { ...p, pat, ty };
  }

  private anonConst(c: A.AnonConst): A.AnonConst {
    const value = this.expr(c.value);
    return value === c.value ? c : { ...c, value };
  }

  // -- types and patterns ------------------------------------------------------------------------

  private ty(t: A.Ty): A.Ty {
    switch (t.kind) {
      case 'macCall': {
        const user = this.userMacro(t.mac);
        if (user) return this.expandUser<A.Ty>(user, t.mac, 'ty') ?? { kind: 'err', id: t.id, span: t.span };
        this.diagnostics.push(msg.unsupportedMacro(t.mac.path.segments.map((s) => s.ident.name).join('::'), t.mac.span).build());
        return { kind: 'err', id: t.id, span: t.span };
      }
      case 'array': {
        const ty = this.ty(t.ty);
        const len = this.anonConst(t.len);
        return ty === t.ty && len === t.len ? t : { ...t, ty, len };
      }
      case 'slice':
      case 'paren': {
        const ty = this.ty(t.ty);
        return ty === t.ty ? t : { ...t, ty };
      }
      case 'ref':
      case 'ptr': {
        const ty = this.ty(t.mt.ty);
        return ty === t.mt.ty ? t : { ...t, mt: { ...t.mt, ty } };
      }
      case 'tuple': {
        const elems = this.list(t.elems, (e) => this.ty(e));
        return elems === t.elems ? t : { ...t, elems };
      }
      default:
        return t;
    }
  }

  private pat(p: A.Pat): A.Pat {
    switch (p.kind) {
      case 'macCall': {
        const user = this.userMacro(p.mac);
        if (user) return this.expandUser<A.Pat>(user, p.mac, 'pat') ?? { kind: 'err', id: p.id, span: p.span };
        this.diagnostics.push(msg.unsupportedMacro(p.mac.path.segments.map((s) => s.ident.name).join('::'), p.mac.span).build());
        return { kind: 'err', id: p.id, span: p.span };
      }
      case 'ident': {
        const sub = p.sub ? this.pat(p.sub) : null;
        return sub === p.sub ? p : { ...p, sub };
      }
      case 'tupleStruct':
      case 'tuple':
      case 'slice': {
        const elems = this.list(p.elems, (e) => this.pat(e));
        return elems === p.elems ? p : ({ ...p, elems } as A.Pat);
      }
      case 'or': {
        const alts = this.list(p.alts, (e) => this.pat(e));
        return alts === p.alts ? p : { ...p, alts };
      }
      case 'struct': {
        const fields = this.list(p.fields, (f) => {
          if (hasCfg(f.attrs) && !isCfgActive(f.attrs, this.input.cfg)) return null;
          const pat = this.pat(f.pat);
          return pat === f.pat ? f : { ...f, pat };
        });
        return fields === p.fields ? p : { ...p, fields };
      }
      case 'box':
      case 'deref':
      case 'ref':
      case 'paren': {
        const inner = this.pat(p.pat);
        return inner === p.pat ? p : ({ ...p, pat: inner } as A.Pat);
      }
      case 'guard': {
        const inner = this.pat(p.pat);
        const guard = this.expr(p.guard);
        return inner === p.pat && guard === p.guard ? p : { ...p, pat: inner, guard };
      }
      default:
        return p;
    }
  }

  // -- blocks, statements, expressions ------------------------------------------------------------

  private block(b: A.Block): A.Block {
    const scope = this.macros;
    const stmts = this.stmts(b.stmts);
    this.macros = scope;
    return stmts === b.stmts ? b : { ...b, stmts };
  }

  /** Expands statements; user macro invocations splice in the statements they expand to. */
  private stmts(stmts: readonly A.Stmt[]): A.Stmt[] {
    return this.list(stmts, (s) => {
      const user = this.userMacroCall(s);
      if (!user || s.kind !== 'macCall') return this.stmt(s);
      const r = this.expandUser<A.Stmt[]>(user.def, user.mac, 'stmts') ?? [];
      // `m!(..);`: the trailing semicolon applies to the expansion's last expression.
      const last = r[r.length - 1];
      if (last && last.kind === 'expr' && s.style === 'semicolon') r[r.length - 1] = { kind: 'semi', id: last.id, span: last.span, expr: last.expr };
      return r;
    });
  }

  /** A user macro invoked by an item, associated item or statement whose `#[cfg]` holds. */
  private userMacroCall(node: A.Item | A.AssocItem | A.Stmt): { def: MacroDef; mac: A.MacCall } | null {
    if (node.kind !== 'macCall' || (hasCfg(node.attrs) && !isCfgActive(node.attrs, this.input.cfg))) return null;
    const def = this.userMacro(node.mac);
    return def ? { def, mac: node.mac } : null;
  }

  // -- macro_rules! ------------------------------------------------------------------------------

  private defineMacro(it: A.MacroRulesItem): void {
    const body = it.body;
    const def = parseMacroDef(it.ident.name, body.tokens, it.span, mkSpan(body.open.lo, body.close.hi));
    if ('rules' in def) {
      this.macros = { def, parent: this.macros };
      this.defined.push({ def, item: it });
    } else this.diagnostics.push(def);
  }

  /** rustc's "cannot find macro", with a pointer to a `macro_rules!` of that name defined later. */
  private cannotFindMacro(mac: A.MacCall): Diagnostic {
    const name = mac.path.segments.map((s) => s.ident.name).join('::');
    const d = msg.cannotFindMacro(name, mac.path.span);
    const later = mac.path.segments.length === 1 ? this.allMacroDefs().get(name) : undefined;
    if (later) d.label(mac.path.span, `consider moving the definition of \`${name}\` before this call`).note('a macro with the same name exists, but it appears later', later);
    return d.build();
  }

  private macroDefsCache: Map<string, Span> | null = null;
  private exportedCache: Map<string, MacroDef> | null = null;

  /** The crate's `#[macro_export]` macros by name (the first of each name). */
  private exportedMacros(): Map<string, MacroDef> {
    if (this.exportedCache) return this.exportedCache;
    const out = new Map<string, MacroDef>();
    this.walkMacroDefs((it) => {
      if (out.has(it.ident.name) || !it.attrs.some((a) => attrName(a) === 'macro_export')) return;
      const def = parseMacroDef(it.ident.name, it.body.tokens, it.span, mkSpan(it.body.open.lo, it.body.close.hi));
      if ('rules' in def) out.set(def.name, def);
    });
    this.exportedCache = out;
    return out;
  }

  /** Calls `f` on every `macro_rules!` item of the crate as parsed, in source order. */
  private walkMacroDefs(f: (it: A.MacroRulesItem) => void): void {
    const visit = (o: unknown): void => {
      if (o === null || typeof o !== 'object') return;
      if (Array.isArray(o)) {
        for (const x of o) visit(x);
        return;
      }
      const r = o as Record<string, unknown>;
      if (r.kind === 'macroRules' && r.ident) {
        f(r as unknown as A.MacroRulesItem);
        return;
      }
      for (const k of Object.keys(r)) if (k !== 'tokens' && k !== 'span') visit(r[k]);
    };
    for (const ast of this.astByFile.values()) visit(ast.items);
  }

  /** Every `macro_rules!` of the crate by name (the first one's name span). */
  private allMacroDefs(): Map<string, Span> {
    if (this.macroDefsCache) return this.macroDefsCache;
    const out = new Map<string, Span>();
    this.walkMacroDefs((it) => {
      if (!out.has(it.ident.name)) out.set(it.ident.name, it.ident.span);
    });
    this.macroDefsCache = out;
    return out;
  }

  /** `sp` in the context of the innermost user expansion whose definition it lies in. */
  private inExpansion(sp: Span): Span {
    if (sp.ctxt !== 0) return sp;
    for (let i = this.active.length - 1; i >= 0; i--) {
      const a = this.active[i]!;
      if (sp.lo >= a.range.lo && sp.lo < a.range.hi) return mkSpan(sp.lo, sp.hi, a.ctxt);
    }
    return sp;
  }

  /** The `macro_rules!` definition a single-segment invocation names, if one is in scope. */
  private userMacro(mac: A.MacCall): MacroDef | null {
    const segs = mac.path.segments;
    // `crate::m!` names a `#[macro_export]` macro, wherever it is defined.
    if (segs.length === 2 && (segs[0]!.ident.name === 'crate' || segs[0]!.ident.name === '$crate')) return this.exportedMacros().get(segs[1]!.ident.name) ?? null;
    if (segs.length !== 1) return null;
    const name = segs[0]!.ident.name;
    for (let s = this.macros; s; s = s.parent) {
      if (s.def.name !== name) continue;
      this.usedMacros.add(s.def);
      return s.def;
    }
    return null;
  }

  /** Matches, transcribes, parses for `pos` and expands the result; null after an error. */
  private expandUser<T>(def: MacroDef, mac: A.MacCall, pos: MacroPosition): T | null {
    const name = def.name;
    // The invocation without an item's trailing `;`.
    const callSite = this.inExpansion(mkSpan(mac.span.lo, mac.args.close.hi, mac.span.ctxt));
    if (this.active.length >= RECURSION_LIMIT) {
      this.diagnostics.push(
        error(`recursion limit reached while expanding \`${name}!\``, callSite)
          .help(`consider increasing the recursion limit by adding a \`#![recursion_limit = "${RECURSION_LIMIT * 2}"]\` attribute to your crate${this.input.crateName ? ` (\`${this.input.crateName}\`)` : ''}`)
          .build(),
      );
      // rustc stops at once.
      this.fatal = true;
      throw new ExpansionAborted();
    }
    const m = matchRules(def, mac.args.tokens, (frag, tokens) => this.parseFragmentLength(frag, tokens));
    if (!m.ok) {
      // rustc's label is on `macro_rules! name`.
      const head = mkSpan(def.span.lo, def.span.lo + 'macro_rules! '.length + name.length);
      const d = m.at
        ? error(`no rules expected ${tokenDescr(m.at, this.input.edition)}`, this.inExpansion(mkSpan(m.at.lo, m.at.hi))).label(head, 'when calling this macro').label(this.inExpansion(mkSpan(m.at.lo, m.at.hi)), 'no rules expected this token in macro call')
        : error('unexpected end of macro invocation', this.inExpansion(mac.args.close)).label(head, 'when calling this macro').label(this.inExpansion(mac.args.close), 'missing tokens in macro arguments');
      if (m.note) d.note(m.note.text, m.note.span);
      this.diagnostics.push(d.build());
      this.fatal = true;
      return null;
    }
    let tokens;
    try {
      tokens = transcribe(m.rule, m.bindings);
    } catch (e) {
      if (e instanceof TranscribeError) {
        this.diagnostics.push(e.diag);
        return null;
      }
      throw e;
    }
    const ctxt = this.input.sourceMap.addExpansion({ callSite, macroName: name, kind: 'macro-bang', defSite: def.span });
    const parsed = this.parseExpansion(tokens, pos, name, callSite, def.bodyRange, ctxt);
    if (parsed === null) return null;
    this.active.push({ range: def.bodyRange, ctxt });
    let out: unknown;
    const scope = this.macros;
    switch (pos) {
      case 'items':
        out = this.items(parsed as A.Item[]);
        break;
      case 'implItems':
        out = this.assocItems(parsed as A.AssocItem[], 'impl');
        break;
      case 'traitItems':
        out = this.assocItems(parsed as A.AssocItem[], 'trait');
        break;
      case 'stmts':
        out = this.stmts(parsed as A.Stmt[]);
        break;
      case 'expr':
        out = this.expr(parsed as A.Expr);
        break;
      case 'pat':
        out = this.pat(parsed as A.Pat);
        break;
      case 'ty':
        out = this.ty(parsed as A.Ty);
        break;
    }
    // Items and statements an expansion defines stay visible after it; in other positions they
    // cannot define macros.
    if (pos !== 'items' && pos !== 'stmts') this.macros = scope;
    this.active.pop();
    fixExpansionSpans(out, def.bodyRange, ctxt);
    return out as T;
  }

  private parseExpansion(tokens: Token[], pos: MacroPosition, name: string, callSite: Span, range: Span, ctxt: number): unknown {
    const before = this.diagnostics.length;
    let ignored: Token | null = null;
    const value = this.parseTokens<unknown>(tokens, (p) => {
      const atEnd = () => p.token.kind === 'eof';
      let value: unknown;
      switch (pos) {
        case 'items': {
          const items: A.Item[] = [];
          while (!atEnd()) {
            const it = parseItem(p);
            if (!it) break;
            items.push(it);
          }
          value = items;
          break;
        }
        case 'implItems':
        case 'traitItems': {
          const items: A.AssocItem[] = [];
          while (!atEnd()) {
            const r = parseAssocItem(p, pos === 'implItems' ? 'impl' : 'trait');
            if (!r) break;
            items.push(...r);
          }
          value = items;
          break;
        }
        case 'stmts': {
          const stmts: A.Stmt[] = [];
          while (!atEnd()) {
            if (p.eat(';')) continue;
            const st = fragmentParsers.stmt(p);
            if (!st) break;
            stmts.push(st);
          }
          value = stmts;
          break;
        }
        case 'expr':
          value = parseExpr(p);
          // rustc ignores one trailing semicolon in expression position (with a future-compat lint).
          if (p.token.kind === ';') p.bump();
          break;
        case 'pat':
          value = fragmentParsers.pat(p);
          break;
        case 'ty':
          value = fragmentParsers.ty(p);
          break;
      }
      if (!atEnd()) {
        ignored = p.token;
        return null;
      }
      return value;
    });
    // The parser's errors point into the expansion: they get its context (and its backtrace),
    // except rustc's "ends with an incomplete expression", which it reports at the bare span.
    for (let i = before; i < this.diagnostics.length; i++) {
      const d = this.diagnostics[i]!;
      const m = /^(.*), found end of macro arguments$/.exec(d.message);
      if (m) this.diagnostics[i] = { ...d, message: `macro expansion ends with an incomplete expression: ${m[1]}` };
      else fixExpansionSpans(d, range, ctxt);
    }
    if (ignored !== null) {
      const t: Token = ignored;
      this.diagnostics.push(
        error(`macro expansion ignores ${tokenDescr(t, this.input.edition)} and any tokens following`, mkSpan(t.lo, t.hi))
          .label(callSite, 'caused by the macro expansion here')
          .note(`the usage of \`${name}!\` is likely invalid in ${POSITION_WORDS[pos]} context`)
          .build(),
      );
    }
    return value;
  }

  /** How many tokens the parser takes for a `$x:frag` at the start of `tokens` (null: none). */
  private parseFragmentLength(frag: string, tokens: readonly Token[]): number | null {
    const r = parseFragment(tokens, this.text(), this.input.edition, this.fileIndex, 0, (p) => {
      if (!parseFragmentAt(p, frag)) return null;
      return consumed(p);
    });
    if (r.diagnostics.some((d) => d.level === 'error')) return null;
    return r.value;
  }

  private stmt(s: A.Stmt): A.Stmt | null {
    switch (s.kind) {
      case 'let': {
        if (hasCfg(s.attrs) && !isCfgActive(s.attrs, this.input.cfg)) return null;
        const pat = this.pat(s.pat);
        const ty = s.ty ? this.ty(s.ty) : null;
        let init = s.init;
        if (s.init.kind === 'init') {
          const e = this.expr(s.init.expr);
          if (e !== s.init.expr) init = { kind: 'init', expr: e };
        } else if (s.init.kind === 'initElse') {
          const e = this.expr(s.init.expr);
          const els = this.block(s.init.els);
          if (e !== s.init.expr || els !== s.init.els) init = { kind: 'initElse', expr: e, els };
        }
        return pat === s.pat && ty === s.ty && init === s.init ? s : { ...s, pat, ty, init };
      }
      case 'item': {
        const item = this.item(s.item);
        if (item === null) return null;
        return item === s.item ? s : { ...s, item };
      }
      case 'expr':
      case 'semi': {
        if (s.expr.attrs.length > 0 && hasCfg(s.expr.attrs) && !isCfgActive(s.expr.attrs, this.input.cfg)) return null;
        const e = this.expr(s.expr);
        return e === s.expr ? s : { ...s, expr: e };
      }
      case 'macCall': {
        if (hasCfg(s.attrs) && !isCfgActive(s.attrs, this.input.cfg)) return null;
        const e = this.macCall(s.mac, s.span);
        if (s.style === 'semicolon') return { kind: 'semi', id: s.id, span: s.span, expr: e };
        return { kind: 'expr', id: s.id, span: s.span, expr: e };
      }
      case 'empty':
        return s;
    }
  }

  private macCall(mac: A.MacCall, _span: Span): A.Expr {
    const user = this.userMacro(mac);
    if (user) return this.expandUser<A.Expr>(user, mac, 'expr') ?? this.builder().err(mac.span);
    const name = stdMacroName(mac.path);
    const b = this.builder();
    if (name !== null && SUPPORTED_MACROS.has(name)) return expandStdMacro(this.cx, name, mac);
    if (name !== null && isKnownStdMacro(name)) {
      this.diagnostics.push(msg.unsupportedMacro(name, mac.span).build());
      return b.err(mac.span);
    }
    this.diagnostics.push(this.cannotFindMacro(mac));
    return b.err(mac.span);
  }

  expr(e: A.Expr): A.Expr {
    const x = sx(e);
    switch (x.kind) {
      case 'macCall':
        return this.macCall(x.mac, x.span);
      case 'formatArgs':
        return e;
      case 'array':
      case 'tuple': {
        const elems = this.list(x.elems, (c) => this.expr(c));
        return elems === x.elems ? e : ({ ...x, elems } as A.Expr);
      }
      case 'call': {
        const func = this.expr(x.func);
        const args = this.list(x.args, (c) => this.expr(c));
        return func === x.func && args === x.args ? e : { ...x, func, args };
      }
      case 'methodCall': {
        const receiver = this.expr(x.receiver);
        const args = this.list(x.args, (c) => this.expr(c));
        return receiver === x.receiver && args === x.args ? e : { ...x, receiver, args };
      }
      case 'binary':
      case 'assign':
      case 'assignOp': {
        const lhs = this.expr(x.lhs);
        const rhs = this.expr(x.rhs);
        return lhs === x.lhs && rhs === x.rhs ? e : ({ ...x, lhs, rhs } as A.Expr);
      }
      case 'unary':
      case 'cast':
      case 'field':
      case 'addrOf':
      case 'paren':
      case 'try':
      case 'await':
      case 'become': {
        const inner = this.expr(x.expr);
        let changed = inner !== x.expr;
        let ty: A.Ty | undefined;
        if (x.kind === 'cast') {
          ty = this.ty(x.ty);
          changed ||= ty !== x.ty;
        }
        if (!changed) return e;
        return (x.kind === 'cast' ? { ...x, expr: inner, ty } : { ...x, expr: inner }) as A.Expr;
      }
      case 'let': {
        const pat = this.pat(x.pat);
        const inner = this.expr(x.expr);
        return pat === x.pat && inner === x.expr ? e : { ...x, pat, expr: inner };
      }
      case 'if': {
        const cond = this.expr(x.cond);
        const then = this.block(x.then);
        const els = x.els ? this.expr(x.els) : null;
        return cond === x.cond && then === x.then && els === x.els ? e : { ...x, cond, then, els };
      }
      case 'while': {
        const cond = this.expr(x.cond);
        const body = this.block(x.body);
        return cond === x.cond && body === x.body ? e : { ...x, cond, body };
      }
      case 'forLoop': {
        const pat = this.pat(x.pat);
        const iter = this.expr(x.iter);
        const body = this.block(x.body);
        return pat === x.pat && iter === x.iter && body === x.body ? e : { ...x, pat, iter, body };
      }
      case 'loop': {
        const body = this.block(x.body);
        return body === x.body ? e : { ...x, body };
      }
      case 'block':
      case 'tryBlock':
      case 'gen':
      case 'constBlock': {
        const block = this.block(x.block);
        return block === x.block ? e : ({ ...x, block } as A.Expr);
      }
      case 'match': {
        const scrutinee = this.expr(x.scrutinee);
        const arms = this.list(x.arms, (a) => {
          if (hasCfg(a.attrs) && !isCfgActive(a.attrs, this.input.cfg)) return null;
          const pat = this.pat(a.pat);
          const guard = a.guard ? this.expr(a.guard) : null;
          const body = a.body ? this.expr(a.body) : null;
          return pat === a.pat && guard === a.guard && body === a.body ? a : { ...a, pat, guard, body };
        });
        return scrutinee === x.scrutinee && arms === x.arms ? e : { ...x, scrutinee, arms };
      }
      case 'closure': {
        const body = this.expr(x.closure.body);
        const inputs = this.list(x.closure.decl.inputs, (p) => this.param(p));
        if (body === x.closure.body && inputs === x.closure.decl.inputs) return e;
        return { ...x, closure: { ...x.closure, body, decl: { ...x.closure.decl, inputs } } };
      }
      case 'index': {
        const base = this.expr(x.expr);
        const index = this.expr(x.index);
        return base === x.expr && index === x.index ? e : { ...x, expr: base, index };
      }
      case 'range': {
        const start = x.start ? this.expr(x.start) : null;
        const end = x.end ? this.expr(x.end) : null;
        return start === x.start && end === x.end ? e : { ...x, start, end };
      }
      case 'break':
      case 'ret':
      case 'yield': {
        if (!x.expr) return e;
        const inner = this.expr(x.expr);
        return inner === x.expr ? e : ({ ...x, expr: inner } as A.Expr);
      }
      case 'struct': {
        const fields = this.list(x.fields, (f) => {
          if (hasCfg(f.attrs) && !isCfgActive(f.attrs, this.input.cfg)) return null;
          const v = this.expr(f.expr);
          return v === f.expr ? f : { ...f, expr: v };
        });
        let rest = x.rest;
        if (x.rest.kind === 'base') {
          const base = this.expr(x.rest.expr);
          if (base !== x.rest.expr) rest = { kind: 'base', expr: base };
        }
        return fields === x.fields && rest === x.rest ? e : { ...x, fields, rest };
      }
      case 'repeat': {
        const inner = this.expr(x.expr);
        const count = this.anonConst(x.count);
        return inner === x.expr && count === x.count ? e : { ...x, expr: inner, count };
      }
      case 'lit':
      case 'path':
      case 'continue':
      case 'underscore':
      case 'err':
        return e;
    }
  }

  /**
   * Maps a list; returns the same array when nothing changed; `null` results are dropped and an
   * array result (a macro's expansion) is spliced in.
   */
  private list<T>(xs: readonly T[], f: (x: T) => T | T[] | null): T[] {
    let out: T[] | null = null;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i]!;
      const r = f(x);
      if (r !== x && out === null) out = xs.slice(0, i);
      if (out === null || r === null) continue;
      if (Array.isArray(r)) out.push(...r);
      else out.push(r);
    }
    return out ?? (xs as T[]);
  }
}

const POSITION_WORDS: Record<MacroPosition, string> = { items: 'item', implItems: 'associated item', traitItems: 'associated item', stmts: 'statement', expr: 'expression', pat: 'pattern', ty: 'type' };


