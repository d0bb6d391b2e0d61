/**
 * The errors of late resolution, worded and decorated as rustc's `smart_resolve_report_errors`:
 * "cannot find value `x` in this scope" (E0425) and its siblings per path source (E0422, E0531,
 * E0405, E0433), wrong-kind uses (E0423, E0574, E0404), `self` outside methods (E0424), private
 * items (E0603), with typo suggestions ("a local variable with a similar name exists"), the
 * "similarly named ... defined here" label, and import suggestions.
 *
 * Owns: building these diagnostics. Must not: decide whether a path resolves.
 */
import type * as A from '../../syntax/ast.js';
import type { NodeId } from '../../syntax/ast.js';
import type { Span } from '../../syntax/source-map.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import { error } from '../../diagnostics/diagnostic.js';
import type { DefKind } from '../defs.js';
import { defKindDescr } from '../defs.js';
import type { ModuleIndex, NameBinding, Namespace, Res } from './types.js';
import { PRIM_TYS } from './types.js';
import { nsMap, isAccessible } from './scope.js';
import { findBestMatchForName } from '../../syntax/parser/diagnostics.js';
import { resolve as msg, articleFor } from '../../diagnostics/messages.js';
import { guessHeadSpan } from '../spans.js';
import { sourceMapView } from '../source-map-data.js';
import { findImportCandidates, type LateResolver, type ImportCandidate } from './late.js';

export type PathSource =
  | { readonly kind: 'expr' }
  | { readonly kind: 'call' }
  | { readonly kind: 'type' }
  | { readonly kind: 'trait' }
  | { readonly kind: 'struct' }
  | { readonly kind: 'structPat' }
  | { readonly kind: 'tupleStructPat' }
  | { readonly kind: 'pat' };

export type UnresolvedPath =
  | { readonly kind: 'path'; readonly path: A.Path; readonly segment: number; readonly ns: Namespace; readonly source: PathSource; readonly reason: 'unresolved'; readonly module: ModuleIndex | null; readonly id: NodeId }
  | { readonly kind: 'selfValue'; readonly span: Span; readonly fn: { has: boolean; sigSpan: Span; paramsSpan: Span } | null }
  | { readonly kind: 'private'; readonly path: A.Path; readonly segment: number; readonly binding: NameBinding }
  | { readonly kind: 'wrongKind'; readonly path: A.Path; readonly res: Res; readonly ns: Namespace; readonly source: PathSource };

/** rustc's `PathSource::descr_expected`. */
function expectedDescr(source: PathSource): string {
  switch (source.kind) {
    case 'expr':
      return 'value';
    case 'call':
      return 'function';
    case 'type':
      return 'type';
    case 'trait':
      return 'trait';
    case 'struct':
    case 'structPat':
      return 'struct, variant or union type';
    case 'tupleStructPat':
      return 'tuple struct or tuple variant';
    case 'pat':
      return 'unit struct, unit variant or constant';
  }
}

function errorCode(source: PathSource, lexical: boolean): string {
  switch (source.kind) {
    case 'trait':
      return 'E0405';
    case 'struct':
    case 'structPat':
      return 'E0422';
    case 'tupleStructPat':
    case 'pat':
      return 'E0531';
    default:
      void lexical;
      return 'E0425';
  }
}

/** What kinds of definition fit a path source (for typo candidates). */
function fits(source: PathSource, res: Res): boolean {
  if (res.kind === 'prim') return source.kind === 'type';
  if (res.kind === 'local') return source.kind === 'expr' || source.kind === 'call';
  if (res.kind !== 'def') return false;
  const k = res.defKind;
  switch (source.kind) {
    case 'expr':
      return k === 'fn' || k === 'const' || k === 'static' || k === 'ctor' || k === 'assocConst' || k === 'constParam';
    case 'call':
      return k === 'fn' || k === 'ctor' || k === 'assocFn';
    case 'type':
      return k === 'struct' || k === 'enum' || k === 'union' || k === 'tyAlias' || k === 'tyParam' || k === 'trait' || k === 'assocTy';
    case 'trait':
      return k === 'trait';
    case 'struct':
    case 'structPat':
      return k === 'struct' || k === 'union' || k === 'variant' || k === 'tyAlias';
    case 'tupleStructPat':
      return k === 'ctor';
    case 'pat':
      return k === 'ctor' || k === 'const' || k === 'assocConst';
  }
}

/** rustc's `Res::descr` for typo suggestions: "function", "struct", "unit struct", "local variable"... */
function resDescr(lr: LateResolver, res: Res): string {
  if (res.kind === 'local') return 'local variable';
  if (res.kind === 'prim') return 'builtin type';
  if (res.kind !== 'def') return 'item';
  const t = lr.r.table;
  const d = t.defs[res.def]!;
  if (res.defKind === 'ctor') {
    const parent = t.defs[d.parent!]!;
    const node = parent.node as A.StructItem | A.Variant | null;
    const unit = node && 'data' in node && node.data.kind === 'unit';
    if (parent.kind === 'variant') return unit ? 'unit variant' : 'tuple variant';
    return unit ? 'unit struct' : 'tuple struct';
  }
  return defKindDescr(res.defKind, d);
}

export function reportUnresolved(lr: LateResolver, f: UnresolvedPath): Diagnostic {
  const sm = sourceMapView(lr.input.sources);
  switch (f.kind) {
    case 'selfValue': {
      const d = error('expected value, found module `self`', f.span).withCode('E0424').label(f.span, '`self` value is a keyword only available in methods with a `self` parameter');
      return d.build();
    }
    case 'private': {
      const seg = f.path.segments[f.segment]!;
      const res = f.binding.res;
      const kind = res.kind === 'def' ? resDescrForPrivacy(lr, res) : 'item';
      const d = msg.isPrivate(kind, seg.ident.name, seg.ident.span).label(seg.ident.span, msg.privateLabel(kind));
      if (res.kind === 'def') {
        const data = lr.r.table.defs[res.def]!;
        d.note(msg.definedHere(kind, seg.ident.name), data.isStd ? data.span : guessHeadSpan(sm, data.itemSpan));
      }
      return d.build();
    }
    case 'wrongKind': {
      const last = f.path.segments[f.path.segments.length - 1]!;
      const pathStr = f.path.segments.map((s) => s.ident.name).join('::');
      const found = resDescr(lr, f.res);
      const code = f.source.kind === 'trait' ? 'E0404' : f.source.kind === 'struct' || f.source.kind === 'structPat' ? 'E0574' : 'E0423';
      const d = error(`expected ${expectedDescr(f.source)}, found ${found} \`${pathStr}\``, f.path.span).withCode(code);
      d.label(f.path.span, `not a ${expectedDescr(f.source)}`);
      void last;
      return d.build();
    }
    case 'path':
      return reportPath(lr, f, sm);
  }
}

function resDescrForPrivacy(lr: LateResolver, res: Res & { kind: 'def' }): string {
  return resDescr(lr, res);
}

function reportPath(lr: LateResolver, f: UnresolvedPath & { kind: 'path' }, sm: ReturnType<typeof sourceMapView>): Diagnostic {
  const segs = f.path.segments;
  const seg = segs[f.segment]!;
  const name = seg.ident.name;
  const span = seg.ident.span;
  const isLast = f.segment === segs.length - 1;
  // A module or type prefix that does not exist: E0433.
  if (!isLast) {
    if (f.module === null && f.segment === 0) {
      const typeCands = findImportCandidates(lr, name, 'type', (r) => r.kind === 'def' && r.defKind !== 'mod');
      const isType = /^[A-Z]/.test(name);
      if (isType) {
        const d = error(`cannot find type \`${name}\` in this scope`, span).withCode('E0433').label(span, msg.useOfUndeclaredType(name));
        addImportSuggestions(lr, d, typeCands, f.path, span, sm);
        return d.build();
      }
      const d = error(`cannot find module or crate \`${name}\` in this scope`, span).withCode('E0433').label(span, msg.unresolvedModuleOrCrate(name));
      d.help(msg.missingCrate(name));
      // `collections::HashMap::new()`: suggest importing the next segment instead.
      const next = segs[f.segment + 1];
      if (next) {
        const cands = findImportCandidates(lr, next.ident.name, 'type', (r) => r.kind === 'def' && r.defKind !== 'mod');
        if (cands.length > 0) {
          addImportSuggestions(lr, d, cands, f.path, span, sm);
          d.suggest(`if you import \`${next.ident.name}\`, refer to it directly`, [{ span: mkSpan(span.lo, next.ident.span.lo), snippet: '' }], 'MaybeIncorrect', 'ShowAlways');
        }
      }
      return d.build();
    }
    const parent = segs[f.segment - 1]?.ident.name ?? '';
    const d = error(`cannot find module \`${name}\` in \`${parent}\``, span).withCode('E0433').label(span, `could not find \`${name}\` in \`${parent}\``);
    return d.build();
  }
  const expected = expectedDescr(f.source);
  const code = errorCode(f.source, f.module === null);
  if (f.module !== null) {
    const m = lr.r.modules[f.module]!;
    const parentName = segs[f.segment - 1]!.ident.name;
    const where = m.kind === 'mod' ? `module \`${parentName}\`` : m.kind === 'enum' ? `enum \`${parentName}\`` : `trait \`${parentName}\``;
    const d = error(`cannot find ${expected} \`${name}\` in ${where}`, span).withCode(code);
    const cands = [...nsMap(m, f.ns)].filter(([, b]) => fits(f.source, b.res) && isAccessible(lr.r, b.vis, lr.currentModule)).map(([n]) => n);
    const best = findBestMatchForName(cands.sort(), name, null);
    if (best !== null) {
      const b = nsMap(m, f.ns).get(best)!;
      addTypo(lr, d, b.res, best, span, sm);
    } else {
      d.label(span, `not found in \`${parentName}\``);
    }
    return d.build();
  }
  // A single name not in scope.
  const d = error(`cannot find ${expected} \`${name}\` in this scope`, span).withCode(code);
  const typo = lexicalTypo(lr, f.source, f.ns, name);
  const candidates = findImportCandidates(lr, name, f.ns, (r) => fits(f.source, r));
  if (typo) addTypo(lr, d, typo.res, typo.name, span, sm);
  else d.label(span, msg.notFoundInScope);
  if (candidates.length > 0) addImportSuggestions(lr, d, candidates, f.path, span, sm);
  return d.build();
}

/** The best typo candidate among the names in scope (rustc's `lookup_typo_candidate`). */
function lexicalTypo(lr: LateResolver, source: PathSource, ns: Namespace, name: string): { name: string; res: Res } | null {
  const names = new Map<string, Res>();
  const add = (n: string, res: Res) => {
    if (!names.has(n) && fits(source, res)) names.set(n, res);
  };
  // Locals, innermost first.
  if (ns === 'value') {
    const ribs = lr.currentRibs;
    for (let i = ribs.length - 1; i >= 0; i--) {
      for (const [n, id] of ribs[i]!.values) add(n, { kind: 'local', id });
      if (ribs[i]!.kind === 'item') break;
    }
  } else {
    const ribs = lr.currentRibs;
    for (let i = ribs.length - 1; i >= 0; i--) for (const [n, res] of ribs[i]!.types) add(n, res);
  }
  let cur: ModuleIndex | null = lr.currentModule;
  while (cur !== null) {
    const m: import("./types.js").ModuleData = lr.r.modules[cur]!;
    for (const [n, b] of nsMap(m, ns)) add(n, b.res);
    if (m.kind === 'mod') break;
    cur = m.parent;
  }
  for (const [n, b] of nsMap(lr.r.modules[lr.r.preludeModule]!, ns)) add(n, b.res);
  if (ns === 'type' && source.kind === 'type') for (const p of PRIM_TYS) add(p, { kind: 'prim', prim: p as never });
  const best = findBestMatchForName([...names.keys()], name, null);
  if (best === null || best === name) return null;
  return { name: best, res: names.get(best)! };
}

function addTypo(lr: LateResolver, d: ReturnType<typeof error>, res: Res, candidate: string, span: Span, sm: ReturnType<typeof sourceMapView>): void {
  const descr = resDescr(lr, res);
  if (res.kind === 'def') {
    const data = lr.r.table.defs[res.def]!;
    const defSpan = data.isStd ? data.span : similarDefSpan(res.defKind, data.itemSpan, data.span, sm);
    d.label(defSpan, `similarly named ${descr} \`${candidate}\` defined here`);
  }
  d.suggest(`${articleFor(descr)} ${descr} with a similar name exists`, [{ span, snippet: candidate }], 'MaybeIncorrect', 'ShowAlways');
}

function similarDefSpan(kind: DefKind, itemSpan: Span, identSpan: Span, sm: ReturnType<typeof sourceMapView>): Span {
  if (kind === 'ctor' || kind === 'tyParam' || kind === 'constParam') return identSpan;
  return guessHeadSpan(sm, itemSpan);
}

/** "consider importing this struct" / "consider importing one of these items". */
function addImportSuggestions(lr: LateResolver, d: ReturnType<typeof error>, cands: readonly ImportCandidate[], path: A.Path, span: Span, sm: ReturnType<typeof sourceMapView>): void {
  const at = importInsertionPoint(lr, sm);
  if (at === null) return;
  const sorted = [...cands].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const msgText = sorted.length === 1 ? `consider importing this ${resDescr(lr, sorted[0]!.res)}` : 'consider importing one of these items';
  d.suggestAlternatives(
    msgText,
    sorted.map((c) => [{ span: at, snippet: `use ${c.path};\n` }]),
    'MaybeIncorrect',
    'ShowAlways',
  );
  void path;
  void span;
}

/** Where a `use` is inserted: before the module's first `use`, else before its first item. */
function importInsertionPoint(lr: LateResolver, sm: ReturnType<typeof sourceMapView>): Span | null {
  const m: import('./types.js').ModuleData = lr.r.modules[lr.r.modules[lr.currentModule]!.normal]!;
  const def = lr.r.table.defs[m.def]!;
  let items: readonly A.Item[] | null = null;
  if (def.node && 'kind' in def.node && def.node.kind === 'mod' && def.node.mod.kind === 'inline') items = def.node.mod.items;
  else if (def.file !== undefined) items = lr.input.files.get(def.file)?.items ?? null;
  if (!items || items.length === 0) return null;
  const firstUse = items.find((i) => i.kind === 'use' && !i.span.ctxt);
  const target = firstUse ?? items.find((i) => i.span.ctxt === 0) ?? null;
  if (!target) return null;
  let lo = target.span.lo;
  for (const a of target.attrs) if (a.span.lo < lo && a.kind === 'normal') lo = a.span.lo;
  // At the start of the line.
  const file = sm.lookupFile(lo);
  const rel = lo - file.startPos;
  const lineStart = file.src.lastIndexOf('\n', rel - 1) + 1;
  return mkSpan(file.startPos + lineStart, file.startPos + lineStart);
}
