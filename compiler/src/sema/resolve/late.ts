/**
 * Late resolution (rustc_resolve's `late.rs`): resolves every path in an item's signature and
 * body (expressions, types, patterns, trait references), with lexical scopes for local
 * variables, generic parameters, `Self`, labels and items declared in blocks. Each top-level item
 * is one unit of work (the `sema.resolveItem` task), a pure function of the read-only crate
 * context; it returns its resolutions, the errors rustc reports during resolution (in walk
 * order), the errors rustc stashes for type checking to emit at the expression (`foo()` with
 * `foo` unknown), and the imports it used.
 *
 * Owns: lexical scoping and path resolution in bodies. Must not: mutate the crate context or emit.
 */
import type * as A from '../../syntax/ast.js';
import type { NodeId } from '../../syntax/ast.js';
import type { Span } from '../../syntax/source-map.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import type { DefId, DefKind } from '../defs.js';
import type { ModuleData, ModuleIndex, NameBinding, Namespace, PartialRes, Res } from './types.js';
import { isAccessible, moduleOfRes, normalOf, preludeLookup, primTy, superOf, externPrelude, crateRootOf, nsMap, type ResolverData } from './scope.js';
import { Visitor } from '../visit.js';
import { sx } from '../ast-ext.js';
import { reportUnresolved, type PathSource, type UnresolvedPath } from './diagnostics.js';
import type { SourceMapData } from '../source-map-data.js';

/** What late resolution reads (plain data, shared by all units of a compilation). */
export interface LateShared {
  readonly r: ResolverData;
  readonly sources: SourceMapData;
  /** The block modules by block node id. */
  readonly blockModules: ReadonlyMap<NodeId, ModuleIndex>;
  /** Item node → def. */
  readonly defOfNode: ReadonlyMap<NodeId, DefId>;
  /** The expanded files (for where an import suggestion goes). */
  readonly files: ReadonlyMap<number, A.SourceFileAst>;
  /** The units: top-level items of every module, in definition order, with their modules. */
  readonly units: readonly { readonly item: A.Item; readonly module: ModuleIndex }[];
}

/** One unit's view of the shared data. */
export interface LateInput extends LateShared {
  readonly item: A.Item;
  readonly module: ModuleIndex;
}

export interface StashedError {
  /** The body whose type check emits it (the innermost fn, const or static). */
  readonly owner: DefId;
  /** rustc's stash key span: the path's first segment. */
  readonly span: Span;
  /** The path expression whose type checking emits it. */
  readonly exprId: NodeId;
  readonly diag: Diagnostic;
}

export interface LateOutput {
  readonly resolutions: [NodeId, PartialRes][];
  /** Method call expression → the innermost module, for traits in scope. */
  readonly scopes: [NodeId, ModuleIndex][];
  /** `break 'a` / `continue 'a` expression → the labelled loop. */
  readonly labels: [NodeId, NodeId][];
  readonly diagnostics: Diagnostic[];
  readonly stashed: StashedError[];
  readonly usedImports: number[];
}

type RibKind = 'normal' | 'item' | 'fn' | 'closure' | 'const';

interface Rib {
  readonly kind: RibKind;
  readonly values: Map<string, NodeId>;
  readonly types: Map<string, Res>;
  /** Labels in scope: name → loop expression id. */
  readonly labels: Map<string, NodeId>;
}

export function resolveItem(shared: LateShared, unit: number): LateOutput {
  const u = shared.units[unit]!;
  const lr = new LateResolver({ ...shared, item: u.item, module: u.module });
  lr.resolveTopItem(u.item);
  return lr.output();
}

export class LateResolver extends Visitor {
  readonly r: ResolverData;
  private readonly resolutions: [NodeId, PartialRes][] = [];
  private readonly scopes: [NodeId, ModuleIndex][] = [];
  private readonly labelRes: [NodeId, NodeId][] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private readonly stashed: StashedError[] = [];
  private readonly used = new Set<number>();
  private ribs: Rib[] = [];
  private module: ModuleIndex;
  /** The current `Self`, if any. */
  private selfRes: Res | null = null;
  /** Whether the current fn has a `self` parameter (for E0424), and its signature span. */
  private fnHasSelf: { has: boolean; sigSpan: Span; paramsSpan: Span } | null = null;
  /** The enclosing call's callee (to know that a path is in call position). */
  private calleeId: NodeId | null = null;
  /** The innermost body owner (fn, const, static) being resolved. */
  private bodyOwner: DefId | null = null;

  constructor(readonly input: LateInput) {
    super();
    this.r = input.r;
    this.module = input.module;
  }

  output(): LateOutput {
    return { resolutions: this.resolutions, scopes: this.scopes, labels: this.labelRes, diagnostics: this.diagnostics, stashed: this.stashed, usedImports: [...this.used] };
  }

  private record(id: NodeId, res: Res, unresolved = 0): void {
    this.resolutions.push([id, { res, unresolved }]);
  }

  // -- ribs ---------------------------------------------------------------------------------------

  private withRib<T>(kind: RibKind, f: () => T): T {
    this.ribs.push({ kind, values: new Map(), types: new Map(), labels: new Map() });
    try {
      return f();
    } finally {
      this.ribs.pop();
    }
  }

  private top(): Rib {
    return this.ribs[this.ribs.length - 1]!;
  }

  private withModule<T>(m: ModuleIndex, f: () => T): T {
    const saved = this.module;
    this.module = m;
    try {
      return f();
    } finally {
      this.module = saved;
    }
  }

  private defOf(id: NodeId): DefId | null {
    return this.input.defOfNode.get(id) ?? null;
  }

  private defRes(def: DefId): Res {
    return { kind: 'def', def, defKind: this.r.table.defs[def]!.kind };
  }

  // -- items --------------------------------------------------------------------------------------

  resolveTopItem(it: A.Item): void {
    this.withRib('item', () => this.item(it));
  }

  /** Generic parameters of an item go into a type rib. */
  private withGenerics<T>(g: A.Generics, f: () => T): T {
    return this.withRib('item', () => {
      const rib = this.top();
      for (const p of g.params) {
        if (p.kind.kind === 'lifetime') continue;
        const def = this.defOf(p.id);
        if (def === null) continue;
        const res = this.defRes(def);
        if (p.kind.kind === 'type') rib.types.set(p.ident.name, res);
        else {
          rib.types.set(p.ident.name, res);
          rib.values.set(p.ident.name, p.id);
          this.record(p.id, res);
        }
      }
      for (const p of g.params) {
        for (const b of p.bounds) this.bound(b);
        if (p.kind.kind === 'type' && p.kind.default) this.visitTy(p.kind.default);
        if (p.kind.kind === 'const') this.visitTy(p.kind.ty);
      }
      for (const w of g.whereClause.predicates) {
        if (w.kind === 'bound') {
          this.visitTy(w.boundedTy);
          for (const b of w.bounds) this.bound(b);
        } else if (w.kind === 'eq') {
          this.visitTy(w.lhs);
          this.visitTy(w.rhs);
        }
      }
      return f();
    });
  }

  private bound(b: A.GenericBound): void {
    if (b.kind !== 'trait') return;
    this.traitRef(b.traitRef);
  }

  private traitRef(t: A.TraitRef): void {
    this.visitPath(t.path);
    const res = this.resolvePath(t.path, 'type', { kind: 'trait' }, t.id, t.path.span);
    if (res) this.record(t.id, res.res, res.unresolved);
  }

  private withOwner<T>(id: NodeId, f: () => T): T {
    const saved = this.bodyOwner;
    const def = this.defOf(id);
    if (def !== null) this.bodyOwner = def;
    try {
      return f();
    } finally {
      this.bodyOwner = saved;
    }
  }

  private item(it: A.Item): void {
    if (it.kind === 'fn' || it.kind === 'const' || it.kind === 'static') {
      this.withOwner(it.id, () => this.itemInner(it));
      return;
    }
    this.itemInner(it);
  }

  private itemInner(it: A.Item): void {
    switch (it.kind) {
      case 'fn':
        this.withGenerics(it.generics, () => this.fn(it.sig, it.body, it.span));
        break;
      case 'const':
      case 'static':
        this.withGenerics(it.kind === 'const' ? it.generics : EMPTY_GENERICS, () => {
          this.visitTy(it.ty);
          if (it.expr) this.withRib('const', () => this.visitExpr(it.expr!));
        });
        break;
      case 'struct':
      case 'union':
        this.withGenerics(it.generics, () => this.withSelf(this.defOf(it.id), null, () => this.walkVariantData(it.data)));
        break;
      case 'enum':
        this.withGenerics(it.generics, () =>
          this.withSelf(this.defOf(it.id), null, () => {
            for (const v of it.variants) {
              this.walkVariantData(v.data);
              if (v.discriminant) this.withRib('const', () => this.visitExpr(v.discriminant!.value));
            }
          }),
        );
        break;
      case 'tyAlias':
        this.withGenerics(it.generics, () => {
          for (const b of it.bounds) this.bound(b);
          if (it.ty) this.visitTy(it.ty);
        });
        break;
      case 'trait': {
        const def = this.defOf(it.id);
        const saved = this.selfRes;
        this.selfRes = { kind: 'selfTy', impl: null, trait: def };
        // `Self` is in scope in the trait's generics (`trait PartialEq<Rhs = Self>`).
        this.withRib('item', () => {
          this.top().types.set('Self', this.selfRes!);
          this.withGenerics(it.generics, () => {
            for (const b of it.bounds) this.bound(b);
            for (const a of it.items) this.assocItem(a);
          });
        });
        this.selfRes = saved;
        break;
      }
      case 'impl': {
        const def = this.defOf(it.id);
        this.withGenerics(it.generics, () => {
          if (it.ofTrait) this.traitRef(it.ofTrait);
          this.visitTy(it.selfTy);
          const saved = this.selfRes;
          this.selfRes = { kind: 'selfTy', impl: def, trait: null };
          this.top().types.set('Self', this.selfRes);
          for (const a of it.items) this.assocItem(a);
          this.selfRes = saved;
        });
        break;
      }
      case 'mod': {
        const def = this.defOf(it.id);
        const m = def !== null ? this.r.moduleOfDef.get(def) : undefined;
        if (m === undefined) break;
        // Items of a module are units of their own (see the pipeline); nothing to do here.
        break;
      }
      case 'use':
        break;
      default:
        break;
    }
  }

  private withSelf<T>(adt: DefId | null, _trait: DefId | null, f: () => T): T {
    const saved = this.selfRes;
    if (adt !== null) {
      this.selfRes = this.defRes(adt);
      this.top().types.set('Self', this.selfRes);
    }
    try {
      return f();
    } finally {
      this.selfRes = saved;
    }
  }

  private assocItem(a: A.AssocItem): void {
    this.withOwner(a.id, () => this.assocItemInner(a));
  }

  private assocItemInner(a: A.AssocItem): void {
    if (a.kind === 'fn') this.withGenerics(a.generics, () => this.fn(a.sig, a.body, a.span));
    else if (a.kind === 'const')
      this.withGenerics(a.generics, () => {
        this.visitTy(a.ty);
        if (a.expr) this.withRib('const', () => this.visitExpr(a.expr!));
      });
    else if (a.kind === 'tyAlias')
      this.withGenerics(a.generics, () => {
        for (const b of a.bounds) this.bound(b);
        if (a.ty) this.visitTy(a.ty);
      });
  }

  private fn(sig: A.FnSig, body: A.Block | null, span: Span): void {
    const savedSelf = this.fnHasSelf;
    const first = sig.decl.inputs[0];
    const has = first !== undefined && first.pat.kind === 'ident' && first.pat.ident.name === 'self';
    this.fnHasSelf = { has, sigSpan: sig.span, paramsSpan: span };
    this.withRib('fn', () => {
      // Parameter types first, then the patterns (bindings), as rustc.
      for (const p of sig.decl.inputs) this.visitTy(p.ty);
      if (sig.decl.output.kind === 'ty') this.visitTy(sig.decl.output.ty);
      const bindings = new Map<string, NodeId>();
      for (const p of sig.decl.inputs) this.pattern(p.pat, bindings, 'param');
      if (body) this.visitBlock(body);
    });
    this.fnHasSelf = savedSelf;
  }

  // -- blocks and statements ------------------------------------------------------------------------

  override visitBlock(b: A.Block): void {
    const bm = this.input.blockModules.get(b.id);
    const run = () =>
      this.withRib('normal', () => {
        for (const s of b.stmts) this.visitStmt(s);
      });
    if (bm !== undefined) this.withModule(bm, run);
    else run();
  }

  override visitStmt(s: A.Stmt): void {
    switch (s.kind) {
      case 'let': {
        if (s.ty) this.visitTy(s.ty);
        if (s.init.kind !== 'decl') this.visitExpr(s.init.expr);
        if (s.init.kind === 'initElse') this.visitBlock(s.init.els);
        // The initializer was resolved first, so a binding that shadows an earlier one of the
        // same name takes effect only for what follows.
        this.pattern(s.pat, new Map(), 'let');
        break;
      }
      case 'item':
        this.withRib('item', () => {
          const saved = this.selfRes;
          const savedFn = this.fnHasSelf;
          this.selfRes = null;
          this.fnHasSelf = null;
          this.item(s.item);
          this.selfRes = saved;
          this.fnHasSelf = savedFn;
        });
        break;
      case 'expr':
      case 'semi':
        this.visitExpr(s.expr);
        break;
      default:
        break;
    }
  }

  // -- expressions ----------------------------------------------------------------------------------

  override visitExpr(e: A.Expr): void {
    const x = sx(e);
    switch (x.kind) {
      case 'path': {
        if (x.qself) this.visitTy(x.qself.ty);
        this.visitPath(x.path);
        const source: PathSource = this.calleeId === x.id ? { kind: 'call' } : { kind: 'expr' };
        this.exprPath(x, source);
        return;
      }
      case 'call': {
        const saved = this.calleeId;
        this.calleeId = x.func.id;
        this.visitExpr(x.func);
        this.calleeId = saved;
        for (const a of x.args) this.visitExpr(a);
        return;
      }
      case 'methodCall':
        this.scopes.push([x.id, this.module]);
        this.markTraitImports(x.seg.ident.name);
        this.walkExpr(e);
        return;
      case 'struct': {
        if (x.qself) this.visitTy(x.qself.ty);
        this.visitPath(x.path);
        const res = this.resolvePath(x.path, 'type', { kind: 'struct' }, x.id, x.path.span);
        if (res) this.record(x.id, res.res, res.unresolved);
        for (const f of x.fields) this.visitExpr(f.expr);
        if (x.rest.kind === 'base') this.visitExpr(x.rest.expr);
        return;
      }
      case 'let':
        this.visitExpr(x.expr);
        this.pattern(x.pat, new Map(), 'let');
        return;
      case 'if': {
        // `if let` bindings are visible in the then-block only.
        this.withRib('normal', () => {
          this.visitExpr(x.cond);
          this.visitBlock(x.then);
        });
        if (x.els) this.visitExpr(x.els);
        return;
      }
      case 'while':
        this.withLabel(x.label, x.id, () =>
          this.withRib('normal', () => {
            this.visitExpr(x.cond);
            this.visitBlock(x.body);
          }),
        );
        return;
      case 'forLoop':
        this.visitExpr(x.iter);
        this.withLabel(x.label, x.id, () =>
          this.withRib('normal', () => {
            this.pattern(x.pat, new Map(), 'let');
            this.visitBlock(x.body);
          }),
        );
        return;
      case 'loop':
        this.withLabel(x.label, x.id, () => this.visitBlock(x.body));
        return;
      case 'block':
        this.withLabel(x.label, x.id, () => this.visitBlock(x.block));
        return;
      case 'match':
        this.visitExpr(x.scrutinee);
        for (const a of x.arms) {
          this.withRib('normal', () => {
            this.pattern(a.pat, new Map(), 'let');
            if (a.guard) this.visitExpr(a.guard);
            if (a.body) this.visitExpr(a.body);
          });
        }
        return;
      case 'closure':
        this.withRib('closure', () => {
          for (const p of x.closure.decl.inputs) this.visitTy(p.ty);
          if (x.closure.decl.output.kind === 'ty') this.visitTy(x.closure.decl.output.ty);
          const bindings = new Map<string, NodeId>();
          for (const p of x.closure.decl.inputs) this.pattern(p.pat, bindings, 'param');
          this.visitExpr(x.closure.body);
        });
        return;
      case 'break':
      case 'continue':
        if (x.label) this.useLabel(x.label, x.id);
        if (x.kind === 'break' && x.expr) this.visitExpr(x.expr);
        return;
      case 'formatArgs':
        for (const a of x.args) this.visitExpr(a.expr);
        return;
      default:
        this.walkExpr(e);
    }
  }

  /**
   * rustc's resolver counts a trait import as used when the trait has an item named like a method
   * called in its scope (the candidates of its `trait_map`); type checking picks among them later.
   */
  private markTraitImports(name: string): void {
    let cur: ModuleIndex | null = this.module;
    while (cur !== null) {
      const m: ModuleData = this.r.modules[cur]!;
      for (const t of this.traitsOf(cur)) if (t.importIndex >= 0 && this.traitHasItem(t.trait, name)) this.used.add(t.importIndex);
      if (m.kind === 'mod') break;
      cur = m.parent;
    }
  }

  private readonly traitCache = new Map<ModuleIndex, { trait: DefId; importIndex: number }[]>();

  private traitsOf(m: ModuleIndex): { trait: DefId; importIndex: number }[] {
    let l = this.traitCache.get(m);
    if (l) return l;
    l = [];
    for (const b of this.r.modules[m]!.types.values()) if (b.res.kind === 'def' && b.res.defKind === 'trait') l.push({ trait: b.res.def, importIndex: b.importIndex });
    this.traitCache.set(m, l);
    return l;
  }

  private traitHasItem(trait: DefId, name: string): boolean {
    const node = this.r.table.defs[trait]!.node as A.TraitItem | null;
    return !!node && node.items.some((a) => a.kind !== 'macCall' && a.ident.name === name);
  }

  private withLabel(label: A.Label | null, id: NodeId, f: () => void): void {
    if (!label) {
      f();
      return;
    }
    this.withRib('normal', () => {
      this.top().labels.set(label.ident.name, id);
      f();
    });
  }

  private useLabel(label: A.Label, id: NodeId): void {
    for (let i = this.ribs.length - 1; i >= 0; i--) {
      const rib = this.ribs[i]!;
      const target = rib.labels.get(label.ident.name);
      if (target !== undefined) {
        this.labelRes.push([id, target]);
        return;
      }
      if (rib.kind === 'item' || rib.kind === 'fn' || rib.kind === 'closure') break;
    }
  }

  private exprPath(e: A.Expr & { kind: 'path' }, source: PathSource): void {
    const path = e.path;
    if (e.qself) {
      // `<T as Trait>::x`: the trait part is resolved as a type path; typeck does the rest.
      const traitSegs = e.qself.position;
      if (traitSegs > 0) {
        const tp: A.Path = { span: path.span, segments: path.segments.slice(0, traitSegs) };
        const r = this.resolvePath(tp, 'type', { kind: 'trait' }, e.id, tp.span);
        if (r) this.record(e.id, r.res, path.segments.length - traitSegs);
      } else {
        this.record(e.id, { kind: 'err' }, path.segments.length);
      }
      return;
    }
    const segs = path.segments;
    if (segs.length === 1) {
      const name = segs[0]!.ident.name;
      if (name === 'self') {
        const local = this.lookupLocal('self');
        if (local !== null) {
          this.record(e.id, { kind: 'local', id: local });
          return;
        }
        this.reportSelfValue(segs[0]!.ident.span);
        this.record(e.id, { kind: 'err' });
        return;
      }
      const local = this.lookupLocal(name);
      if (local !== null) {
        this.record(e.id, { kind: 'local', id: local });
        return;
      }
    }
    const res = this.resolvePath(path, 'value', source, e.id, path.span);
    if (res) this.record(e.id, res.res, res.unresolved);
  }

  /** A local variable visible here (ribs, innermost first; not across item boundaries). */
  private lookupLocal(name: string): NodeId | null {
    for (let i = this.ribs.length - 1; i >= 0; i--) {
      const rib = this.ribs[i]!;
      const id = rib.values.get(name);
      if (id !== undefined) return id;
      if (rib.kind === 'item') return null;
    }
    return null;
  }

  private reportSelfValue(span: Span): void {
    const d = reportUnresolved(this, { kind: 'selfValue', span, fn: this.fnHasSelf });
    this.diagnostics.push(d);
  }

  // -- types --------------------------------------------------------------------------------------

  override visitTy(t: A.Ty): void {
    if (t.kind === 'path') {
      if (t.qself) {
        this.visitTy(t.qself.ty);
        const n = t.qself.position;
        if (n > 0) {
          const tp: A.Path = { span: t.path.span, segments: t.path.segments.slice(0, n) };
          const r = this.resolvePath(tp, 'type', { kind: 'trait' }, t.id, tp.span);
          if (r) this.record(t.id, r.res, t.path.segments.length - n);
        } else {
          this.record(t.id, { kind: 'err' }, t.path.segments.length);
        }
        this.visitPath(t.path);
        return;
      }
      this.visitPath(t.path);
      const res = this.resolvePath(t.path, 'type', { kind: 'type' }, t.id, t.path.span);
      if (res) this.record(t.id, res.res, res.unresolved);
      return;
    }
    if (t.kind === 'implicitSelf') {
      if (this.selfRes) this.record(t.id, this.selfRes);
      return;
    }
    if (t.kind === 'traitObject' || t.kind === 'implTrait') {
      for (const b of t.bounds) this.bound(b);
      return;
    }
    if (t.kind === 'bareFn') {
      this.withRib('normal', () => this.walkTy(t));
      return;
    }
    this.walkTy(t);
  }

  // -- patterns -----------------------------------------------------------------------------------

  /**
   * Resolves a pattern: identifiers that name unit structs, unit variants or constants are path
   * patterns; other identifiers are new bindings, added to the current rib.
   */
  private pattern(p: A.Pat, bindings: Map<string, NodeId>, kind: 'let' | 'param'): void {
    let orFirst: Map<string, NodeId> | null = null;
    let orShared: Map<string, NodeId> | null = null;
    const visit = (q: A.Pat): void => {
      switch (q.kind) {
        case 'ident': {
          const name = q.ident.name;
          if (q.binding.byRef === null && q.binding.mutability === 'not' && q.sub === null) {
            const item = this.lookupPatternItem(name);
            if (item) {
              this.record(q.id, item);
              return;
            }
          }
          // In the second and later alternatives of an or-pattern, the name is the first's binding.
          const shared = orShared?.get(name);
          if (shared !== undefined) {
            this.record(q.id, { kind: 'local', id: shared });
            if (q.sub) visit(q.sub);
            return;
          }
          bindings.set(name, q.id);
          orFirst?.set(name, q.id);
          this.top().values.set(name, q.id);
          this.record(q.id, { kind: 'local', id: q.id });
          if (q.sub) visit(q.sub);
          return;
        }
        case 'tupleStruct': {
          this.visitPath(q.path);
          const res = this.resolvePath(q.path, 'value', { kind: 'tupleStructPat' }, q.id, q.path.span);
          if (res) this.record(q.id, res.res, res.unresolved);
          for (const e of q.elems) visit(e);
          return;
        }
        case 'struct': {
          this.visitPath(q.path);
          const res = this.resolvePath(q.path, 'type', { kind: 'structPat' }, q.id, q.path.span);
          if (res) this.record(q.id, res.res, res.unresolved);
          for (const f of q.fields) visit(f.pat);
          return;
        }
        case 'path': {
          this.visitPath(q.path);
          const res = this.resolvePath(q.path, 'value', { kind: 'pat' }, q.id, q.path.span);
          if (res) this.record(q.id, res.res, res.unresolved);
          return;
        }
        case 'or': {
          // Every alternative binds the same names; later alternatives reuse the first's ids.
          const savedFirst = orFirst;
          const savedShared = orShared;
          const first = new Map<string, NodeId>();
          orFirst = first;
          orShared = savedShared;
          q.alts.forEach((a, i) => {
            if (i === 1) {
              orFirst = savedFirst;
              orShared = new Map([...(savedShared ?? []), ...first]);
            }
            visit(a);
          });
          orFirst = savedFirst;
          orShared = savedShared;
          return;
        }
        case 'expr':
          this.visitExpr(q.expr);
          return;
        case 'range':
          if (q.start) this.visitExpr(q.start);
          if (q.end) this.visitExpr(q.end);
          return;
        case 'tuple':
        case 'slice':
          for (const e of q.elems) visit(e);
          return;
        case 'box':
        case 'deref':
        case 'ref':
        case 'paren':
          visit(q.pat);
          return;
        case 'guard':
          visit(q.pat);
          this.visitExpr(q.guard);
          return;
        default:
          return;
      }
    };
    void kind;
    visit(p);
  }

  /** A unit struct, unit variant, constant or static a bare identifier pattern refers to. */
  private lookupPatternItem(name: string): Res | null {
    const b = this.lookupLexical(name, 'value');
    if (!b || b.res.kind !== 'def') return null;
    const k = b.res.defKind;
    if (k === 'const' || k === 'assocConst') return b.res;
    if (k === 'ctor') {
      const parent = this.r.table.defs[b.res.def]!.parent!;
      const node = this.r.table.defs[parent]!.node;
      const data = node && 'data' in node ? (node as A.StructItem | A.Variant).data : null;
      if (data && data.kind === 'unit') return b.res;
    }
    return null;
  }

  // -- paths --------------------------------------------------------------------------------------

  /** A single name through the lexical scopes: generic params and `Self` (types), then modules, then preludes. */
  lookupLexical(name: string, ns: Namespace): NameBinding | null {
    if (ns === 'type') {
      for (let i = this.ribs.length - 1; i >= 0; i--) {
        const res = this.ribs[i]!.types.get(name);
        if (res) return { res, vis: { kind: 'public' }, span: mkSpan(0, 0), importIndex: -1, isGlob: false };
      }
    }
    let cur: ModuleIndex | null = this.module;
    while (cur !== null) {
      const m: ModuleData = this.r.modules[cur]!;
      const b = nsMap(m, ns).get(name);
      if (b) {
        this.markUsed(b);
        return b;
      }
      if (m.kind === 'mod') break;
      cur = m.parent;
    }
    const moduleIsStd = this.r.modules[this.module]!.isStd;
    if (ns === 'type' && !moduleIsStd) {
      const ext = externPrelude(this.r, name);
      if (ext !== null) return { res: this.defRes(this.r.modules[ext]!.def), vis: { kind: 'public' }, span: mkSpan(0, 0), importIndex: -1, isGlob: false };
    }
    const pre = preludeLookup(this.r, ns, name);
    if (pre) return pre;
    if (ns === 'type') {
      const prim = primTy(name);
      if (prim) return { res: { kind: 'prim', prim }, vis: { kind: 'public' }, span: mkSpan(0, 0), importIndex: -1, isGlob: false };
    }
    return null;
  }

  private markUsed(b: NameBinding): void {
    if (b.importIndex >= 0) this.used.add(b.importIndex);
  }

  /**
   * Resolves a path in `ns` (for its last segment). Returns the resolution of the longest prefix
   * the resolver can handle (types with remaining segments are left to typeck), or null after
   * reporting an error.
   */
  resolvePath(path: A.Path, ns: Namespace, source: PathSource, id: NodeId, span: Span): PartialRes | null {
    const segs = path.segments;
    const names = segs.map((s) => s.ident.name);
    let i = 0;
    let module: ModuleIndex | null = null;
    const first = names[0]!;
    const fail = (failed: UnresolvedPath): PartialRes => {
      const d = reportUnresolved(this, failed);
      const stash = this.shouldStash(failed);
      if (stash && this.bodyOwner !== null) this.stashed.push({ owner: this.bodyOwner, span: segs[0]!.ident.span, exprId: id, diag: d });
      else this.diagnostics.push(d);
      return { res: { kind: 'err' }, unresolved: 0 };
    };
    if (first === '$crate') {
      module = this.r.stdRootModule;
      i = 1;
    } else if (first === 'crate') {
      module = crateRootOf(this.r, this.module);
      i = 1;
    } else if (first === '{{root}}') {
      if (this.r.edition === '2015') {
        module = crateRootOf(this.r, this.module);
        i = 1;
      } else {
        const ext = names[1] !== undefined ? externPrelude(this.r, names[1]) : null;
        if (ext === null) return fail({ kind: 'path', path, segment: 1, ns, source, reason: 'unresolved', module: null, id });
        module = ext;
        i = 2;
      }
    } else if (first === 'self' && segs.length > 1) {
      module = normalOf(this.r, this.module).index;
      i = 1;
    } else if (first === 'super') {
      module = normalOf(this.r, this.module).index;
      while (i < names.length && names[i] === 'super') {
        const s = superOf(this.r, module);
        if (s === null) return fail({ kind: 'path', path, segment: i, ns, source, reason: 'unresolved', module: null, id });
        module = s;
        i++;
      }
    } else if (first === 'Self') {
      if (!this.selfRes) return fail({ kind: 'path', path, segment: 0, ns, source, reason: 'unresolved', module: null, id });
      if (segs.length === 1) {
        if (ns === 'value') {
          if (this.selfRes.kind === 'selfTy' && this.selfRes.impl !== null) return { res: { kind: 'selfCtor', impl: this.selfRes.impl }, unresolved: 0 };
          return { res: this.selfRes, unresolved: 0 };
        }
        return { res: this.selfRes, unresolved: 0 };
      }
      return { res: this.selfRes, unresolved: segs.length - 1 };
    } else {
      // The first segment through the lexical scopes.
      const lastNs = segs.length === 1 ? ns : 'type';
      const b = this.lookupLexical(first, lastNs);
      if (!b) return fail({ kind: 'path', path, segment: 0, ns, source, reason: 'unresolved', module: null, id });
      if (segs.length === 1) return this.finish(b.res, ns, source, path, id, fail);
      const m = moduleOfRes(this.r, b.res);
      if (m === null || (b.res.kind === 'def' && b.res.defKind === 'trait' && false)) {
        if (b.res.kind === 'def' && (b.res.defKind === 'mod' || b.res.defKind === 'externCrate')) return fail({ kind: 'path', path, segment: 1, ns, source, reason: 'unresolved', module: m, id });
        // A type: the rest is for typeck.
        return { res: b.res, unresolved: segs.length - 1 };
      }
      module = m;
      i = 1;
    }
    // Walk modules (and enums/traits, which are modules for resolution).
    for (; i < segs.length; i++) {
      const name = names[i]!;
      const last = i === segs.length - 1;
      const m: ModuleData = this.r.modules[module!]!;
      const lookNs = last ? ns : 'type';
      if (name === 'super' && !last) {
        const s = superOf(this.r, module!);
        if (s === null) return fail({ kind: 'path', path, segment: i, ns, source, reason: 'unresolved', module, id });
        module = s;
        continue;
      }
      const b = nsMap(m, lookNs).get(name);
      if (!b) {
        // `Trait::method` with a type namespace miss on the way: leave to typeck if the module is a type.
        if (m.kind === 'enum' || m.kind === 'trait') return { res: this.defRes(m.def), unresolved: segs.length - i };
        return fail({ kind: 'path', path, segment: i, ns, source, reason: 'unresolved', module, id });
      }
      this.markUsed(b);
      if (!isAccessible(this.r, b.vis, this.module)) {
        this.diagnostics.push(reportUnresolved(this, { kind: 'private', path, segment: i, binding: b }));
      }
      if (last) return this.finish(b.res, ns, source, path, id, fail);
      const next = moduleOfRes(this.r, b.res);
      if (next === null) return { res: b.res, unresolved: segs.length - 1 - i };
      module = next;
    }
    return { res: this.defRes(this.r.modules[module!]!.def), unresolved: 0 };
  }

  /** Checks that a resolved path fits where it is used (E0423, E0574...). */
  private finish(res: Res, ns: Namespace, source: PathSource, path: A.Path, id: NodeId, fail: (f: UnresolvedPath) => PartialRes): PartialRes {
    void fail;
    if (res.kind === 'def') {
      const k: DefKind = res.defKind;
      if (source.kind === 'trait' && k !== 'trait') {
        this.diagnostics.push(reportUnresolved(this, { kind: 'wrongKind', path, res, ns, source }));
        return { res: { kind: 'err' }, unresolved: 0 };
      }
      if (source.kind === 'type' && (k === 'trait' || k === 'mod')) {
        if (k === 'mod') {
          this.diagnostics.push(reportUnresolved(this, { kind: 'wrongKind', path, res, ns, source }));
          return { res: { kind: 'err' }, unresolved: 0 };
        }
      }
      if (source.kind === 'struct' && !(k === 'struct' || k === 'variant' || k === 'union' || k === 'tyAlias' || k === 'assocTy')) {
        this.diagnostics.push(reportUnresolved(this, { kind: 'wrongKind', path, res, ns, source }));
        return { res: { kind: 'err' }, unresolved: 0 };
      }
    }
    void id;
    return { res, unresolved: 0 };
  }

  private shouldStash(f: UnresolvedPath): boolean {
    if (f.kind !== 'path' || f.source.kind !== 'call' || f.reason !== 'unresolved') return false;
    const n = f.path.segments.length;
    if (n === 1) return !this.hasImportCandidates(f.path.segments[0]!.ident.name, f.ns);
    return n === 2 && f.segment === 0 && !this.hasImportCandidates(f.path.segments[0]!.ident.name, 'type');
  }

  hasImportCandidates(name: string, ns: Namespace): boolean {
    return findImportCandidates(this, name, ns, () => true).length > 0;
  }

  // Accessors for diagnostics.ts.
  get currentModule(): ModuleIndex {
    return this.module;
  }

  get currentRibs(): readonly Rib[] {
    return this.ribs;
  }
}

const EMPTY_GENERICS: A.Generics = { params: [], whereClause: { hasWhereToken: false, predicates: [], span: mkSpan(0, 0) }, span: mkSpan(0, 0) };

export interface ImportCandidate {
  /** The path to import: `std::collections::HashMap`, `crate::m::helper`. */
  readonly path: string;
  readonly res: Res;
  readonly isStd: boolean;
}

/** Items named `name` in `ns` anywhere in the local crate or std's public modules (rustc's import suggestions). */
export function findImportCandidates(lr: LateResolver, name: string, ns: Namespace, filter: (res: Res) => boolean): ImportCandidate[] {
  const r = lr.r;
  const out: ImportCandidate[] = [];
  const seenDefs = new Set<number>();
  const visit = (mi: ModuleIndex, prefix: string, publicOnly: boolean, depth: number, visited: Set<number>) => {
    if (visited.has(mi) || depth > 12) return;
    visited.add(mi);
    const m = r.modules[mi]!;
    const b = nsMap(m, ns).get(name);
    if (b && b.res.kind === 'def' && filter(b.res) && (!publicOnly || b.vis.kind === 'public') && isAccessible(r, b.vis, lr.currentModule) && !seenDefs.has(b.res.def)) {
      if (!(b.importIndex >= 0 && !publicOnly)) {
        seenDefs.add(b.res.def);
        out.push({ path: `${prefix}::${name}`, res: b.res, isStd: m.isStd });
      }
    }
    for (const [child, cb] of m.types) {
      if (cb.res.kind !== 'def' || cb.res.defKind !== 'mod') continue;
      if (publicOnly && cb.vis.kind !== 'public') continue;
      if (child.startsWith('__') || child === 'prelude') continue;
      if (cb.importIndex >= 0) continue;
      const cm = r.moduleOfDef.get(cb.res.def);
      if (cm === undefined) continue;
      visit(cm, `${prefix}::${child}`, publicOnly, depth + 1, visited);
    }
  };
  const localPrefix = r.edition === '2015' ? '' : 'crate';
  visit(r.localRootModule, localPrefix, false, 0, new Set());
  visit(r.stdRootModule, 'std', true, 0, new Set());
  return out.map((c) => (c.path.startsWith('::') ? { ...c, path: c.path.slice(2) } : c));
}
