/**
 * Import resolution (rustc_resolve's `imports.rs`): a fixed point over all `use` declarations that
 * resolves their module paths, defines single imports in the importing module's namespaces and
 * copies the visible names of glob-imported modules, until nothing changes. Then it reports, in
 * rustc's order: name conflicts (E0252, E0254, E0255, found while defining), unresolved imports
 * (E0432, in import order), and private imports (E0603).
 *
 * Explicit items and single imports shadow glob imports; a glob never overrides anything.
 *
 * Owns: import bindings and import errors. Must not: look inside bodies.
 */
import type { Span, SourceMap } from '../../syntax/source-map.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import type { DefId } from '../defs.js';
import { defKindDescr } from '../defs.js';
import type { Import, ModuleData, ModuleIndex, NameBinding, Namespace, Res } from './types.js';
import { crateRootOf, externPrelude, isAccessible, moduleOfRes, normalOf, nsMap, superOf, type ResolverData } from './scope.js';
import { resolve as msg } from '../../diagnostics/messages.js';
import { findBestMatchForName } from '../../syntax/parser/diagnostics.js';
import { guessHeadSpan } from '../spans.js';

const NAMESPACES: readonly Namespace[] = ['type', 'value', 'macro'];

export interface ImportResult {
  /** Import → the module its path names (globs and single imports), when resolved. */
  readonly importModules: (ModuleIndex | null)[];
  /** Imports whose bindings were used by other imports. */
  readonly usedByImports: Set<number>;
  readonly conflicts: Diagnostic[];
  readonly errors: Diagnostic[];
  /** Imports that failed (no unused-import lint for them). */
  readonly failed: Set<number>;
}

type PathResult = { kind: 'ok'; module: ModuleIndex } | { kind: 'indeterminate' } | { kind: 'failed'; segment: number; error: 'unresolved' | 'notModule' | 'private'; res?: Res };

export function resolveImports(r: ResolverData, imports: readonly Import[], sm: SourceMap): ImportResult {
  return new ImportResolver(r, imports, sm).run();
}

class ImportResolver {
  private readonly importModules: (ModuleIndex | null)[];
  private readonly usedByImports = new Set<number>();
  private readonly conflicts: Diagnostic[] = [];
  private readonly reportedConflicts = new Set<string>();

  constructor(
    private readonly r: ResolverData,
    private readonly imports: readonly Import[],
    private readonly sm: SourceMap,
  ) {
    this.importModules = imports.map(() => null);
  }

  run(): ImportResult {
    for (let round = 0; round < 1000; round++) {
      let changed = false;
      for (const imp of this.imports) {
        const path = this.resolvePath(imp);
        if (path.kind !== 'ok') continue;
        this.importModules[imp.index] = path.module;
        if (imp.kind === 'glob') changed = this.glob(imp, path.module) || changed;
        else changed = this.single(imp, path.module) || changed;
      }
      if (!changed) break;
    }
    const errors: Diagnostic[] = [];
    const privacy: Diagnostic[] = [];
    const failed = new Set<number>();
    for (const imp of this.imports) {
      if (imp.isStd) continue;
      const path = this.resolvePath(imp);
      if (path.kind !== 'ok') {
        failed.add(imp.index);
        errors.push(this.pathError(imp, path));
        continue;
      }
      if (imp.kind === 'single') {
        const found = this.findSource(imp, path.module);
        if (found.accessible.length === 0) {
          failed.add(imp.index);
          if (found.inaccessible.length > 0) privacy.push(this.privacyError(imp, found.inaccessible[0]!));
          else errors.push(this.noSuchName(imp, path.module));
        }
      }
    }
    return { importModules: this.importModules, usedByImports: this.usedByImports, conflicts: this.conflicts, errors: [...errors, ...privacy], failed };
  }

  // -- paths ------------------------------------------------------------------------------------

  /** Resolves the module path of an import (all segments of a glob, the prefix of a single import). */
  private resolvePath(imp: Import): PathResult {
    return this.resolveModulePath(imp.module, imp.path.map((s) => s.name), imp.isStd, imp.index);
  }

  resolveModulePath(from: ModuleIndex, segs: readonly string[], isStd: boolean, importIndex: number): PathResult {
    const r = this.r;
    let cur: ModuleIndex | null = null;
    let i = 0;
    if (segs.length === 0) return { kind: 'ok', module: from };
    const first = segs[0]!;
    if (first === 'crate') {
      cur = crateRootOf(r, from);
      i = 1;
    } else if (first === '$crate') {
      cur = r.stdRootModule;
      i = 1;
    } else if (first === 'self') {
      cur = normalOf(r, from).index;
      i = 1;
    } else if (first === 'super') {
      cur = normalOf(r, from).index;
      while (i < segs.length && segs[i] === 'super') {
        const s = superOf(r, cur);
        if (s === null) return { kind: 'failed', segment: i, error: 'unresolved' };
        cur = s;
        i++;
      }
    } else if (first === '{{root}}') {
      if (r.edition === '2015' || isStd) {
        cur = crateRootOf(r, from);
        i = 1;
      } else {
        const name = segs[1];
        const ext = name !== undefined ? externPrelude(r, name) : null;
        if (ext === null) return { kind: 'failed', segment: 1, error: 'unresolved' };
        cur = ext;
        i = 2;
      }
    } else if (r.edition === '2015' && !isStd) {
      cur = crateRootOf(r, from);
    } else {
      // Uniform paths: a name in scope, else a crate of the extern prelude.
      const b = this.lookupInScope(from, first);
      if (b) {
        this.markUsed(b);
        const m = moduleOfRes(r, b.res);
        if (m === null) return segs.length === 1 ? { kind: 'failed', segment: 0, error: 'notModule', res: b.res } : { kind: 'failed', segment: 0, error: 'notModule', res: b.res };
        cur = m;
        i = 1;
      } else {
        const ext = externPrelude(r, first);
        if (ext === null) return this.pendingGlobs(from) ? { kind: 'indeterminate' } : { kind: 'failed', segment: 0, error: 'unresolved' };
        cur = ext;
        i = 1;
      }
    }
    for (; i < segs.length; i++) {
      const name = segs[i]!;
      if (name === 'super') {
        const s = superOf(r, cur!);
        if (s === null) return { kind: 'failed', segment: i, error: 'unresolved' };
        cur = s;
        continue;
      }
      if (name === 'self') continue;
      const b = this.r.modules[cur!]!.types.get(name);
      if (!b) return { kind: 'failed', segment: i, error: 'unresolved' };
      if (!isAccessible(r, b.vis, from)) return { kind: 'failed', segment: i, error: 'private', res: b.res };
      this.markUsed(b);
      const m = moduleOfRes(r, b.res);
      if (m === null) return { kind: 'failed', segment: i, error: 'notModule', res: b.res };
      cur = m;
    }
    void importIndex;
    return { kind: 'ok', module: cur! };
  }

  private pendingGlobs(_from: ModuleIndex): boolean {
    return false;
  }

  /** A name in the type namespace of `from` and its enclosing block modules. */
  private lookupInScope(from: ModuleIndex, name: string): NameBinding | null {
    let cur: ModuleIndex | null = from;
    while (cur !== null) {
      const m: ModuleData = this.r.modules[cur]!;
      const b = m.types.get(name);
      if (b) return b;
      if (m.kind !== 'block') break;
      cur = m.parent;
    }
    return null;
  }

  private markUsed(b: NameBinding): void {
    if (b.importIndex >= 0) this.usedByImports.add(b.importIndex);
  }

  // -- defining ---------------------------------------------------------------------------------

  private findSource(imp: Import, module: ModuleIndex): { accessible: { ns: Namespace; b: NameBinding }[]; inaccessible: { ns: Namespace; b: NameBinding }[] } {
    const accessible: { ns: Namespace; b: NameBinding }[] = [];
    const inaccessible: { ns: Namespace; b: NameBinding }[] = [];
    const m = this.r.modules[module]!;
    // `use a::b::{self}` imports `b` in the type namespace only.
    for (const ns of imp.isSelf ? (['type'] as const) : NAMESPACES) {
      const b = nsMap(m, ns).get(imp.source);
      if (!b || b.importIndex === imp.index) continue;
      if (isAccessible(this.r, b.vis, imp.module)) accessible.push({ ns, b });
      else inaccessible.push({ ns, b });
    }
    return { accessible, inaccessible };
  }

  private single(imp: Import, module: ModuleIndex): boolean {
    const { accessible } = this.findSource(imp, module);
    let changed = false;
    for (const { ns, b } of accessible) {
      const binding: NameBinding = { res: b.res, vis: imp.vis, span: imp.span, importIndex: imp.index, isGlob: false };
      if (this.defineImport(imp.module, ns, imp.target, binding)) {
        this.markUsedChain(b);
        changed = true;
      }
    }
    return changed;
  }

  private markUsedChain(_b: NameBinding): void {}

  private glob(imp: Import, module: ModuleIndex): boolean {
    const src = this.r.modules[module]!;
    let changed = false;
    for (const ns of NAMESPACES) {
      for (const [name, b] of nsMap(src, ns)) {
        if (b.importIndex === imp.index) continue;
        if (!isAccessible(this.r, b.vis, imp.module)) continue;
        // Only names public enough to be re-exported by the glob are seen through it.
        if (b.isGlob && b.vis.kind !== 'public' && !this.reexportable(b, imp)) continue;
        const binding: NameBinding = { res: b.res, vis: minVis(b, imp), span: imp.span, importIndex: imp.index, isGlob: true };
        if (this.defineImport(imp.module, ns, name, binding)) changed = true;
      }
    }
    return changed;
  }

  private reexportable(b: NameBinding, imp: Import): boolean {
    return isAccessible(this.r, b.vis, imp.module);
  }

  /** Defines an import binding; returns true if the module changed. */
  private defineImport(module: ModuleIndex, ns: Namespace, name0: string, binding: NameBinding): boolean {
    // `use Trait as _`: the trait is in scope (for methods) without a usable name; it is kept
    // under a name no identifier can spell.
    let name = name0;
    if (name === '_' && ns === 'type' && binding.res.kind === 'def' && binding.res.defKind === 'trait') name = `_#${binding.importIndex}`;
    if (name === '_' || name === '') return false;
    const m = this.r.modules[module]!;
    const map = nsMap(m, ns);
    const old = map.get(name);
    if (!old) {
      map.set(name, binding);
      return true;
    }
    if (old.importIndex === binding.importIndex) return false;
    if (binding.isGlob) return false;
    if (old.isGlob) {
      map.set(name, binding);
      return true;
    }
    this.reportConflict(m, ns, name, old, binding);
    return false;
  }

  private reportConflict(m: ModuleData, ns: Namespace, name: string, a: NameBinding, b: NameBinding): void {
    if (m.isStd) return;
    const key = `${m.index}:${ns}:${name}`;
    if (this.reportedConflicts.has(key)) return;
    this.reportedConflicts.add(key);
    // rustc reports the second of the two in source order.
    let [old, neu] = [a, b];
    if (old.span.lo > neu.span.lo) [old, neu] = [neu, old];
    const oldImport = old.importIndex >= 0;
    const newImport = neu.importIndex >= 0;
    const oldIsExternCrate = !oldImport && old.res.kind === 'def' && this.r.table.defs[old.res.def]!.kind === 'externCrate';
    const code = oldImport && newImport ? 'E0252' : (oldImport && !newImport) || (!oldImport && newImport) ? (oldIsExternCrate ? 'E0254' : 'E0255') : 'E0428';
    const oldDefKind = old.res.kind === 'def' ? this.r.table.defs[old.res.def]!.kind : null;
    const oldKind = ns === 'value' ? 'value' : ns === 'macro' ? 'macro' : oldDefKind === 'mod' ? 'module' : oldDefKind === 'trait' ? 'trait' : 'type';
    const newSpan = newImport ? neu.span : guessHeadSpan(this.sm, this.itemSpanOf(neu));
    const seenKey = `${newSpan.lo}:${newSpan.hi}`;
    if (this.r.nameAlreadySeen.get(name) === seenKey) return;
    this.r.nameAlreadySeen.set(name, seenKey);
    const oldSpan = oldImport ? old.span : guessHeadSpan(this.sm, this.itemSpanOf(old));
    const d = msg
      .definedMultipleTimesCode(name, newSpan, code)
      .label(oldSpan, oldImport ? msg.previousImport(oldKind, name) : msg.previousDefinition(oldKind, name))
      .label(newSpan, newImport ? msg.reimportedHere(name) : msg.redefinedHere(name));
    d.note(msg.mustBeDefinedOnce(name, ns));
    // rustc: the rename suggestion goes on the new binding when it is an import, else on the old
    // one; when both are imports of the same definition the suggestion is to remove one (shown
    // only to tools, so nothing in the human output).
    const sugImport = newImport ? this.imports[neu.importIndex]! : oldImport ? this.imports[old.importIndex]! : null;
    const otherIsImport = newImport ? oldImport : newImport;
    const duplicate = old.res.kind === 'def' && neu.res.kind === 'def' && old.res.def === neu.res.def;
    if (sugImport && sugImport.kind === 'single' && !(otherIsImport && duplicate)) {
      const suggested = /^\p{Lu}/u.test(name) ? `Other${name}` : `other_${name}`;
      if (sugImport.isSelf) {
        d.suggest(msg.useAsToRename, [{ span: sugImport.sourceSpan, snippet: `self as ${suggested}` }], 'MaybeIncorrect', 'ShowAlways');
      } else {
        const at = sugImport.sourceSpan;
        d.suggest(msg.useAsToRename, [{ span: mkSpan(at.hi, at.hi), snippet: ` as ${suggested}` }], 'MaybeIncorrect', 'ShowAlways');
      }
    }
    this.conflicts.push(d.build());
  }

  /** rustc's `current_crate_outer_attr_insert_span`: before the first item of the crate root (and its attributes). */
  private crateInsertPoint(): Span | null {
    const root = this.r.modules[this.r.localRootModule]!.def;
    for (const d of this.r.table.defs) {
      if (d.parent !== root || d.isStd || d.itemSpan.ctxt !== 0) continue;
      let lo = d.itemSpan.lo;
      const node = d.node as { attrs?: readonly { span: Span; kind: string }[] } | null;
      for (const a of node?.attrs ?? []) if (a.kind === 'normal' && a.span.lo < lo) lo = a.span.lo;
      return mkSpan(lo, lo);
    }
    return null;
  }

  private itemSpanOf(b: NameBinding): Span {
    if (b.res.kind === 'def') return this.r.table.defs[b.res.def]!.itemSpan;
    return b.span;
  }

  // -- errors -----------------------------------------------------------------------------------

  private pathError(imp: Import, p: PathResult): Diagnostic {
    const segs = imp.path;
    if (p.kind !== 'failed') return msg.unresolvedImport(imp.path.map((s) => s.name).join('::'), imp.span).build();
    const seg = segs[p.segment] ?? segs[segs.length - 1]!;
    const shown = segs.slice(0, p.segment + 1).map((s) => s.name).filter((n) => n !== '{{root}}');
    if (p.error === 'unresolved' && p.segment === 0) {
      const d = msg.unresolvedImport(shown.join('::'), seg.span).label(seg.span, msg.unresolvedModuleOrCrate(seg.name));
      const at = this.r.edition === '2015' ? this.crateInsertPoint() : null;
      // rustc (2015): "add it to your project and import it in your code", with `extern crate b;`
      // inserted before the crate's first item.
      if (at !== null) d.suggest(`${msg.missingCrate(seg.name)}, add it to your project and import it in your code`, [{ span: at, snippet: `extern crate ${seg.name};\n` }], 'MaybeIncorrect', 'ShowAlways');
      else d.help(msg.missingCrate(seg.name));
      return d.build();
    }
    const parent = p.segment > 0 ? segs[p.segment - 1]!.name : '';
    if (p.error === 'notModule' && p.res) {
      const kind = p.res.kind === 'def' ? defKindDescr(p.res.defKind) : 'item';
      return msg.unresolvedImport(shown.join('::'), seg.span).label(seg.span, msg.notAModule(kind, seg.name)).build();
    }
    const parentShown = parent === '{{root}}' ? 'the crate root' : parent === 'crate' ? 'the crate root' : `\`${parent}\``;
    return msg.unresolvedImport(shown.join('::'), seg.span).label(seg.span, msg.couldNotFindIn(seg.name, parentShown)).build();
  }

  private noSuchName(imp: Import, module: ModuleIndex): Diagnostic {
    const full = [...imp.path.map((s) => s.name), imp.source].filter((n) => n !== '{{root}}').join('::');
    const span = imp.nested ? imp.span : imp.span;
    const m = this.r.modules[module]!;
    const parentName = imp.path.length > 0 ? imp.path[imp.path.length - 1]!.name : '';
    const where = parentName === 'crate' || parentName === '{{root}}' || parentName === '' ? 'the crate root' : `\`${parentName}\``;
    const d = msg.unresolvedImport(full, span).label(span, msg.noNameIn(imp.source, where));
    const candidates = new Set<string>();
    for (const ns of NAMESPACES) for (const [name, b] of nsMap(m, ns)) if (isAccessible(this.r, b.vis, imp.module)) candidates.add(name);
    candidates.delete(imp.source);
    const best = findBestMatchForName([...candidates].sort(), imp.source, null);
    if (best !== null) d.suggest(msg.similarNameInModule, [{ span: imp.sourceSpan, snippet: best }], 'MaybeIncorrect', 'ShowAlways');
    return d.build();
  }

  private privacyError(imp: Import, found: { ns: Namespace; b: NameBinding }): Diagnostic {
    const res = found.b.res;
    const def: DefId | null = res.kind === 'def' ? res.def : null;
    const kind = def !== null ? defKindDescr(this.r.table.defs[def]!.kind, this.r.table.defs[def]) : 'item';
    const d = msg.isPrivate(kind, imp.source, imp.sourceSpan).label(imp.sourceSpan, msg.privateLabel(kind));
    if (def !== null) {
      const data = this.r.table.defs[def]!;
      d.note(msg.definedHere(kind, imp.source), data.isStd ? data.span : guessHeadSpan(this.sm, data.itemSpan));
    }
    return d.build();
  }
}

function minVis(b: NameBinding, imp: Import) {
  return imp.vis.kind === 'public' ? b.vis : imp.vis;
}
