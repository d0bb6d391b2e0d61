/**
 * Def collection and the module tree (rustc's `DefCollector` + `build_reduced_graph`): walks the
 * std model and the expanded crate in definition order, gives every definition a DefId, creates a
 * module for every `mod`, enum, trait and item-holding block, defines each item's name in its
 * module's namespaces, and records the imports for import resolution. Two definitions of one
 * name in one namespace of a module are rustc's E0428.
 *
 * Owns: DefIds, modules, name definitions, import records. Must not: resolve paths (except the
 * simple ones of `pub(in ...)`), emit, or look at bodies beyond finding the items they hold.
 */
import type * as A from '../../syntax/ast.js';
import type { NodeId } from '../../syntax/ast.js';
import type { Span, SourceMap } from '../../syntax/source-map.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Edition } from '../../syntax/edition.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import type { DefData, DefId, DefKind, DefTable, Vis } from '../defs.js';
import type { ExpandedCrate, DeriveRequest } from '../expand/expand.js';
import type { StdModelFile } from '../std/load.js';
import type { Import, ModuleData, ModuleIndex, ModuleKind, NameBinding, Namespace, Res } from './types.js';
import { Visitor } from '../visit.js';
import { resolve as msg } from '../../diagnostics/messages.js';
import { guessHeadSpan } from '../spans.js';

export interface Collected {
  readonly table: DefTable;
  readonly modules: ModuleData[];
  /** Module of a mod/enum/trait def. */
  readonly moduleOfDef: Map<DefId, ModuleIndex>;
  /** Module of a block that holds items, by the block's node id. */
  readonly blockModules: Map<NodeId, ModuleIndex>;
  readonly imports: Import[];
  /** Item, assoc item, variant, field and generic param nodes → their defs. */
  readonly defOfNode: Map<NodeId, DefId>;
  readonly stdRootModule: ModuleIndex;
  readonly localRootModule: ModuleIndex;
  /** E0428 and friends, in definition order. */
  readonly diagnostics: Diagnostic[];
  /** rustc's `name_already_seen`: name → `lo:hi` of the head span of the last reported redefinition;
   * a second conflict at the same span (a unit struct's type and value) is reported once. */
  readonly nameAlreadySeen: Map<string, string>;
  /**
   * std model modules that stand for a module of core std does not re-export (`StdFile.notInStd`):
   * public for std's macro expansions, but not a path diagnostics print (rustc's trimmed paths
   * look only through std's public modules).
   */
  readonly notInStd: ReadonlySet<ModuleIndex>;
}

export interface CollectInput {
  readonly expanded: ExpandedCrate;
  readonly std: readonly StdModelFile[];
  readonly sourceMap: SourceMap;
  readonly edition: Edition;
  readonly crateName: string;
}

export function collectCrate(input: CollectInput): Collected {
  return new Collector(input).run();
}

class Collector {
  private readonly defs: DefData[] = [];
  private readonly modules: ModuleData[] = [];
  private readonly moduleOfDef = new Map<DefId, ModuleIndex>();
  private readonly blockModules = new Map<NodeId, ModuleIndex>();
  private readonly imports: Import[] = [];
  private readonly defOfNode = new Map<NodeId, DefId>();
  private readonly diagnostics: Diagnostic[] = [];
  private readonly nameAlreadySeen = new Map<string, string>();
  private readonly notInStd = new Set<ModuleIndex>();
  private isStd = true;
  private stdRootModule: ModuleIndex = 0;
  private localRootModule: ModuleIndex = 0;
  private stdCount = 0;

  /** `mod x;` items (by span start, unique across files) → their file. */
  private readonly modFileByLo = new Map<number, number>();

  constructor(private readonly input: CollectInput) {
    for (const [key, file] of input.expanded.moduleFiles) this.modFileByLo.set(Number(key.slice(key.indexOf(':') + 1)), file);
  }

  run(): Collected {
    this.collectStd();
    this.stdCount = this.defs.length;
    this.isStd = false;
    this.collectLocal();
    const table: DefTable = { defs: this.defs, stdCount: this.stdCount, stdRoot: this.modules[this.stdRootModule]!.def, localRoot: this.modules[this.localRootModule]!.def };
    return {
      table,
      modules: this.modules,
      moduleOfDef: this.moduleOfDef,
      blockModules: this.blockModules,
      imports: this.imports,
      defOfNode: this.defOfNode,
      stdRootModule: this.stdRootModule,
      localRootModule: this.localRootModule,
      diagnostics: this.diagnostics,
      nameAlreadySeen: this.nameAlreadySeen,
      notInStd: this.notInStd,
    };
  }

  // -- defs and modules ----------------------------------------------------------------------------

  private newDef(d: Omit<DefData, 'isStd'>): DefId {
    const id = this.defs.length as DefId;
    const data: DefData = { ...d, isStd: this.isStd };
    this.defs.push(data);
    if (d.node) this.defOfNode.set(d.nodeId, id);
    return id;
  }

  private newModule(kind: ModuleKind, def: DefId, parent: ModuleIndex | null): ModuleIndex {
    const index = this.modules.length;
    const normal = kind === 'mod' ? index : parent !== null ? this.modules[parent]!.normal : index;
    this.modules.push({ index, kind, def, parent, normal, isStd: this.isStd, types: new Map(), values: new Map(), macros: new Map(), globs: [] });
    if (kind !== 'block') this.moduleOfDef.set(def, index);
    return index;
  }

  /** Defines a name; reports E0428 when the namespace already has a definition of it. */
  private define(module: ModuleIndex, ns: Namespace, name: string, binding: NameBinding, headSpan: Span): void {
    if (name === '_' || name === '') return;
    const m = this.modules[module]!;
    const map = ns === 'type' ? m.types : ns === 'value' ? m.values : m.macros;
    const old = map.get(name);
    if (old) {
      if (!this.isStd) this.reportConflict(m, ns, name, old, binding, headSpan);
      return;
    }
    map.set(name, binding);
  }

  private reportConflict(m: ModuleData, ns: Namespace, name: string, old: NameBinding, _new: NameBinding, newHead: Span): void {
    const oldDef = old.res.kind === 'def' ? old.res.def : null;
    const oldKind =
      ns === 'value' ? 'value' : ns === 'macro' ? 'macro' : oldDef !== null && this.defs[oldDef]!.kind === 'mod' ? 'module' : oldDef !== null && this.defs[oldDef]!.kind === 'trait' ? 'trait' : 'type';
    const oldSpan = oldDef !== null ? this.headSpan(oldDef) : old.span;
    const seenKey = `${newHead.lo}:${newHead.hi}`;
    if (this.nameAlreadySeen.get(name) === seenKey) return;
    this.nameAlreadySeen.set(name, seenKey);
    const d = msg.definedMultipleTimes(name, newHead).label(oldSpan, msg.previousDefinition(oldKind, name)).label(newHead, msg.redefinedHere(name));
    d.note(msg.mustBeDefinedOnce(name, ns));
    void m;
    this.diagnostics.push(d.build());
  }

  private headSpan(def: DefId): Span {
    const d = this.defs[def]!;
    return guessHeadSpan(this.input.sourceMap, d.itemSpan);
  }

  private visOf(vis: A.Visibility, module: ModuleIndex): Vis {
    const normal = this.modules[this.modules[module]!.normal]!;
    switch (vis.kind.kind) {
      case 'public':
        return { kind: 'public' };
      case 'inherited':
        return { kind: 'restricted', module: normal.def };
      case 'restricted': {
        const segs = vis.kind.path.segments.map((s) => s.ident.name);
        if (segs.length === 1 && segs[0] === 'crate') return { kind: 'restricted', module: this.rootDef() };
        if (segs.length === 1 && segs[0] === 'self') return { kind: 'restricted', module: normal.def };
        if (segs[0] === 'super' || segs[0] === 'self' || segs[0] === 'crate') {
          let cur: ModuleData = normal;
          let i = 0;
          if (segs[0] === 'crate') {
            cur = this.modules[this.isStd ? this.stdRootModule : this.localRootModule]!;
            i = 1;
          }
          for (; i < segs.length; i++) {
            const s = segs[i]!;
            if (s === 'self') continue;
            if (s === 'super') {
              const p = cur.parent !== null ? this.modules[this.modules[cur.parent]!.normal]! : cur;
              cur = p;
            } else {
              const b = cur.types.get(s);
              const mi = b && b.res.kind === 'def' ? this.moduleOfDef.get(b.res.def) : undefined;
              if (mi === undefined) break;
              cur = this.modules[mi]!;
            }
          }
          return { kind: 'restricted', module: cur.def };
        }
        return { kind: 'restricted', module: normal.def };
      }
    }
  }

  private rootDef(): DefId {
    return this.modules[this.isStd ? this.stdRootModule : this.localRootModule]!.def;
  }

  private defRes(def: DefId): Res {
    return { kind: 'def', def, defKind: this.defs[def]!.kind };
  }

  // -- std ---------------------------------------------------------------------------------------

  private collectStd(): void {
    const rootFile = this.input.std[0]!;
    const rootDef = this.newDef({ kind: 'mod', name: 'std', parent: null, span: rootFile.ast.span, itemSpan: rootFile.ast.span, node: null, nodeId: rootFile.ast.id, vis: { kind: 'public' }, file: rootFile.fileIndex });
    this.stdRootModule = this.newModule('mod', rootDef, null);
    const byPath = new Map<string, ModuleIndex>([['', this.stdRootModule]]);
    const moduleFor = (path: string, f: StdModelFile): ModuleIndex => {
      const existing = byPath.get(path);
      if (existing !== undefined) return existing;
      const i = path.lastIndexOf('::');
      const parentPath = i < 0 ? '' : path.slice(0, i);
      const name = i < 0 ? path : path.slice(i + 2);
      const parent = moduleFor(parentPath, f);
      const parentMod = this.modules[parent]!;
      const def = this.newDef({ kind: 'mod', name, parent: parentMod.def, span: f.ast.span, itemSpan: f.ast.span, node: null, nodeId: f.ast.id, vis: { kind: 'public' }, file: f.fileIndex });
      const mi = this.newModule('mod', def, parent);
      this.define(parent, 'type', name, { res: this.defRes(def), vis: { kind: 'public' }, span: f.ast.span, importIndex: -1, isGlob: false }, f.ast.span);
      if (f.notInStd && path === f.module) this.notInStd.add(mi);
      byPath.set(path, mi);
      return mi;
    };
    for (const f of this.input.std) {
      const mi = moduleFor(f.module, f);
      for (const it of f.ast.items) this.item(it, mi);
    }
    // Every std model module sees the internal prelude (`__internal`) through a private glob.
    const internal = this.modules[this.stdRootModule]!.types.get('__internal');
    const internalMod = internal && internal.res.kind === 'def' ? this.moduleOfDef.get(internal.res.def) : undefined;
    if (internalMod === undefined) return;
    const preludes = new Set<ModuleIndex>();
    const pre = this.modules[this.stdRootModule]!.types.get('prelude');
    const preMod = pre && pre.res.kind === 'def' ? this.moduleOfDef.get(pre.res.def) : undefined;
    if (preMod !== undefined) {
      preludes.add(preMod);
      for (const b of this.modules[preMod]!.types.values()) if (b.res.kind === 'def') preludes.add(this.moduleOfDef.get(b.res.def) ?? -1);
    }
    for (const m of this.modules) {
      // The preludes only hold what they re-export.
      if (!m.isStd || m.kind !== 'mod' || m.index === internalMod || preludes.has(m.index)) continue;
      this.addImport({
        module: m.index,
        kind: 'glob',
        path: [
          { name: 'crate', span: rootFile.ast.span, id: rootFile.ast.id },
          { name: '__internal', span: rootFile.ast.span, id: rootFile.ast.id },
        ],
        source: '',
        target: '',
        sourceSpan: rootFile.ast.span,
        span: rootFile.ast.span,
        itemSpan: rootFile.ast.span,
        itemId: rootFile.ast.id,
        treeId: rootFile.ast.id,
        vis: { kind: 'restricted', module: m.def },
        isStd: true,
        isSelf: false,
        nested: false,
      });
    }
  }

  // -- the local crate ------------------------------------------------------------------------------

  private collectLocal(): void {
    const ex = this.input.expanded;
    const root = ex.files.get(ex.rootFile);
    const span = root ? root.span : mkSpan(0, 0);
    const nodeId = root ? root.id : (0 as NodeId);
    const rootDef = this.newDef({ kind: 'mod', name: this.input.crateName, parent: null, span, itemSpan: span, node: null, nodeId, vis: { kind: 'public' }, file: ex.rootFile });
    this.localRootModule = this.newModule('mod', rootDef, null);
    // The injected `extern crate std;` (every edition) makes `std` an item of the crate root.
    const stdRoot = this.modules[this.stdRootModule]!.def;
    this.modules[this.localRootModule]!.types.set('std', { res: this.defRes(stdRoot), vis: { kind: 'restricted', module: rootDef }, span, importIndex: -1, isGlob: false });
    if (root) for (const it of root.items) this.item(it, this.localRootModule);
  }

  // -- items ----------------------------------------------------------------------------------------

  private item(it: A.Item, module: ModuleIndex): void {
    const m = this.modules[module]!;
    const parentDef = m.def;
    const vis = this.visOf(it.vis, module);
    switch (it.kind) {
      case 'use':
        this.useTree(it, it.tree, [], module, vis, false);
        return;
      case 'externCrate': {
        const def = this.newDef({ kind: 'externCrate', name: it.ident.name, parent: parentDef, span: it.ident.span, itemSpan: it.span, node: it, nodeId: it.id, vis });
        const orig = it.orig?.name ?? it.ident.name;
        const target = orig === 'std' || orig === 'core' || orig === 'alloc' ? this.modules[this.stdRootModule]!.def : def;
        if (it.ident.name !== 'self') this.define(module, 'type', it.ident.name, { res: this.defRes(target), vis, span: it.span, importIndex: -1, isGlob: false }, this.head(it.span));
        return;
      }
      case 'mod': {
        const modFile = it.mod.kind === 'unloaded' ? this.modFileByLo.get(it.span.lo) : undefined;
        const def = this.newDef({ kind: 'mod', name: it.ident.name, parent: parentDef, span: it.ident.span, itemSpan: it.span, node: it, nodeId: it.id, vis, ...(modFile !== undefined ? { file: modFile } : {}) });
        this.define(module, 'type', it.ident.name, { res: this.defRes(def), vis, span: it.span, importIndex: -1, isGlob: false }, this.head(it.span));
        const mi = this.newModule('mod', def, module);
        if (it.mod.kind === 'inline') {
          for (const i of it.mod.items) this.item(i, mi);
        } else {
          const ast = modFile !== undefined ? this.input.expanded.files.get(modFile) : undefined;
          if (ast) for (const i of ast.items) this.item(i, mi);
        }
        return;
      }
      case 'struct':
      case 'union': {
        const kind = it.kind;
        const def = this.newDef({ kind, name: it.ident.name, parent: parentDef, span: it.ident.span, itemSpan: it.span, node: it, nodeId: it.id, vis });
        this.define(module, 'type', it.ident.name, { res: this.defRes(def), vis, span: it.span, importIndex: -1, isGlob: false }, this.head(it.span));
        this.genericParams(it.generics, def);
        if (it.kind === 'struct' && it.data.kind !== 'struct') {
          // The constructor is as visible as the least visible field.
          const ctor = this.newDef({ kind: 'ctor', name: it.ident.name, parent: def, span: it.ident.span, itemSpan: it.span, node: null, nodeId: it.data.id, vis });
          this.defs[def]!.ctor = ctor;
          this.define(module, 'value', it.ident.name, { res: this.defRes(ctor), vis, span: it.span, importIndex: -1, isGlob: false }, this.head(it.span));
        }
        this.fields(it.data, def, module);
        this.derivedImpls(it, def, module);
        return;
      }
      case 'enum': {
        const def = this.newDef({ kind: 'enum', name: it.ident.name, parent: parentDef, span: it.ident.span, itemSpan: it.span, node: it, nodeId: it.id, vis });
        this.define(module, 'type', it.ident.name, { res: this.defRes(def), vis, span: it.span, importIndex: -1, isGlob: false }, this.head(it.span));
        this.genericParams(it.generics, def);
        const em = this.newModule('enum', def, module);
        it.variants.forEach((v, index) => {
          const vdef = this.newDef({ kind: 'variant', name: v.ident.name, parent: def, span: v.ident.span, itemSpan: v.span, node: v, nodeId: v.id, vis, index });
          this.define(em, 'type', v.ident.name, { res: this.defRes(vdef), vis, span: v.span, importIndex: -1, isGlob: false }, v.span);
          if (v.data.kind !== 'struct') {
            const ctor = this.newDef({ kind: 'ctor', name: v.ident.name, parent: vdef, span: v.ident.span, itemSpan: v.span, node: null, nodeId: v.data.id, vis });
            this.defs[vdef]!.ctor = ctor;
            this.define(em, 'value', v.ident.name, { res: this.defRes(ctor), vis, span: v.span, importIndex: -1, isGlob: false }, v.span);
          }
          this.fields(v.data, vdef, module);
          if (v.discriminant) this.body(v.discriminant.value, vdef, module);
        });
        this.derivedImpls(it, def, module);
        return;
      }
      case 'trait': {
        const def = this.newDef({ kind: 'trait', name: it.ident.name, parent: parentDef, span: it.ident.span, itemSpan: it.span, node: it, nodeId: it.id, vis });
        this.define(module, 'type', it.ident.name, { res: this.defRes(def), vis, span: it.span, importIndex: -1, isGlob: false }, this.head(it.span));
        this.genericParams(it.generics, def);
        const tm = this.newModule('trait', def, module);
        for (const a of it.items) this.assocItem(a, def, tm, vis, module);
        return;
      }
      case 'impl': {
        const def = this.newDef({ kind: 'impl', name: '', parent: parentDef, span: mkSpan(it.span.lo, it.selfTy.span.hi), itemSpan: it.span, node: it, nodeId: it.id, vis });
        this.genericParams(it.generics, def);
        for (const a of it.items) this.assocItem(a, def, null, it.ofTrait ? { kind: 'public' } : this.visOf(a.vis, module), module);
        return;
      }
      case 'fn': {
        const def = this.newDef({ kind: 'fn', name: it.ident.name, parent: parentDef, span: it.ident.span, itemSpan: it.span, node: it, nodeId: it.id, vis });
        this.define(module, 'value', it.ident.name, { res: this.defRes(def), vis, span: it.span, importIndex: -1, isGlob: false }, this.head(it.span));
        this.genericParams(it.generics, def);
        if (it.body) this.bodyBlock(it.body, def, module);
        return;
      }
      case 'const':
      case 'static': {
        const def = this.newDef({ kind: it.kind, name: it.ident.name, parent: parentDef, span: it.ident.span, itemSpan: it.span, node: it, nodeId: it.id, vis });
        this.define(module, 'value', it.ident.name, { res: this.defRes(def), vis, span: it.span, importIndex: -1, isGlob: false }, this.head(it.span));
        if (it.kind === 'const') this.genericParams(it.generics, def);
        if (it.expr) this.body(it.expr, def, module);
        return;
      }
      case 'tyAlias': {
        const def = this.newDef({ kind: 'tyAlias', name: it.ident.name, parent: parentDef, span: it.ident.span, itemSpan: it.span, node: it, nodeId: it.id, vis });
        this.define(module, 'type', it.ident.name, { res: this.defRes(def), vis, span: it.span, importIndex: -1, isGlob: false }, this.head(it.span));
        this.genericParams(it.generics, def);
        return;
      }
      default:
        return;
    }
  }

  private head(s: Span): Span {
    return guessHeadSpan(this.input.sourceMap, s);
  }


  private assocItem(a: A.AssocItem, owner: DefId, traitModule: ModuleIndex | null, vis: Vis, module: ModuleIndex): void {
    const kind: DefKind = a.kind === 'fn' ? 'assocFn' : a.kind === 'const' ? 'assocConst' : a.kind === 'tyAlias' ? 'assocTy' : 'assocFn';
    if (a.kind === 'macCall') return;
    const def = this.newDef({ kind, name: a.ident.name, parent: owner, span: a.ident.span, itemSpan: a.span, node: a, nodeId: a.id, vis });
    if (traitModule !== null) {
      const ns = kind === 'assocTy' ? 'type' : 'value';
      this.define(traitModule, ns, a.ident.name, { res: this.defRes(def), vis, span: a.span, importIndex: -1, isGlob: false }, this.head(a.span));
    }
    if (a.kind === 'fn' || a.kind === 'const' || a.kind === 'tyAlias') this.genericParams(a.generics, def);
    if (a.kind === 'fn' && a.body) this.bodyBlock(a.body, def, module);
    if (a.kind === 'const' && a.expr) this.body(a.expr, def, module);
  }

  private genericParams(g: A.Generics, owner: DefId): void {
    for (const p of g.params) {
      const kind: DefKind = p.kind.kind === 'type' ? 'tyParam' : p.kind.kind === 'const' ? 'constParam' : 'lifetimeParam';
      this.newDef({ kind, name: p.ident.name, parent: owner, span: p.ident.span, itemSpan: p.span, node: p, nodeId: p.id, vis: { kind: 'public' } });
    }
  }

  private fields(data: A.VariantData, owner: DefId, module: ModuleIndex): void {
    if (data.kind === 'unit') return;
    data.fields.forEach((f, index) => {
      const vis = this.visOf(f.vis, module);
      this.newDef({ kind: 'field', name: f.ident ? f.ident.name : String(index), parent: owner, span: f.ident ? f.ident.span : f.span, itemSpan: f.span, node: f, nodeId: f.id, vis, index });
    });
  }

  private derivedImpls(it: A.Item, adt: DefId, module: ModuleIndex): void {
    const reqs: readonly DeriveRequest[] | undefined = this.input.expanded.derives.get(it.id);
    if (!reqs) return;
    for (const r of reqs) {
      this.newDef({ kind: 'impl', name: '', parent: this.modules[module]!.def, span: r.span, itemSpan: r.span, node: null, nodeId: it.id, vis: { kind: 'public' }, derive: { trait: r.trait, adt, span: r.span } });
    }
  }

  // -- bodies: items in blocks ----------------------------------------------------------------------

  private bodyBlock(b: A.Block, owner: DefId, module: ModuleIndex): void {
    new BodyItems(this, owner, module).visitBlock(b);
  }

  private body(e: A.Expr, owner: DefId, module: ModuleIndex): void {
    new BodyItems(this, owner, module).visitExpr(e);
  }

  /** Called by the body walk for a block: gives it a module if it holds items. */
  blockModule(b: A.Block, owner: DefId, parent: ModuleIndex): ModuleIndex {
    if (!b.stmts.some((s) => s.kind === 'item')) return parent;
    const mi = this.newModule('block', owner, parent);
    this.blockModules.set(b.id, mi);
    return mi;
  }

  bodyItem(it: A.Item, module: ModuleIndex): void {
    this.item(it, module);
  }

  // -- imports --------------------------------------------------------------------------------------

  private addImport(i: Omit<Import, 'index'>): void {
    const index = this.imports.length;
    this.imports.push({ ...i, index });
    if (i.kind === 'glob') this.modules[i.module]!.globs.push(index);
  }

  private useTree(item: A.UseItem, tree: A.UseTree, prefix: { name: string; span: Span; id: NodeId }[], module: ModuleIndex, vis: Vis, nested: boolean): void {
    const segs = [...prefix, ...tree.prefix.segments.map((s) => ({ name: s.ident.name, span: s.ident.span, id: s.id }))];
    const k = tree.kind;
    const base = { module, itemSpan: item.span, itemId: item.id, vis, isStd: this.isStd, nested };
    if (k.kind === 'glob') {
      this.addImport({ ...base, kind: 'glob', path: segs, source: '', target: '', sourceSpan: tree.span, span: tree.span, treeId: item.id, isSelf: false });
      return;
    }
    if (k.kind === 'nested') {
      for (const n of k.items) this.useTree(item, n.tree, segs, module, vis, true);
      return;
    }
    const last = segs[segs.length - 1];
    if (!last) return;
    const isSelf = last.name === 'self' && segs.length > 1;
    const source = isSelf ? segs[segs.length - 2]!.name : last.name;
    const target = k.rename ? k.rename.name : source;
    const path = isSelf ? segs.slice(0, -1) : segs.slice(0, -1);
    this.addImport({ ...base, kind: 'single', path: isSelf ? path.slice(0, -1) : path, source, target, sourceSpan: isSelf ? segs[segs.length - 2]!.span : last.span, span: tree.span, treeId: k.id, isSelf });
  }
}

/** Finds the items inside a body, giving blocks that hold items their own modules. */
class BodyItems extends Visitor {
  private module: ModuleIndex;

  constructor(
    private readonly c: Collector,
    private readonly owner: DefId,
    module: ModuleIndex,
  ) {
    super();
    this.module = module;
  }

  override visitBlock(b: A.Block): void {
    const saved = this.module;
    this.module = this.c.blockModule(b, this.owner, this.module);
    this.walkBlock(b);
    this.module = saved;
  }

  override visitItem(it: A.Item): void {
    this.c.bodyItem(it, this.module);
  }
}
