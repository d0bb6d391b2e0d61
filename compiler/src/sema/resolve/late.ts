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
import { fnOutputScope, missingLifetime, type ElisionScope } from './elision.js';
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
import { error } from '../../diagnostics/diagnostic.js';
import { findBestMatchForName } from '../../syntax/parser/diagnostics.js';
import { fits, reportUnresolved, type PathSource, type UnresolvedPath } from './diagnostics.js';
import { sourceMapView, type SourceMapData } from '../source-map-data.js';

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
  /**
   * Errors rustc's resolver emits as it meets them (E0106), before the "cannot find" errors,
   * which it holds back until late resolution of the whole crate is over (to add `use`
   * suggestions): the pipeline emits every unit's of these first.
   */
  readonly immediate: Diagnostic[];
  /** E0603 found in paths: rustc reports privacy errors after all of late resolution. */
  readonly privacyErrors: Diagnostic[];
  readonly stashed: StashedError[];
  readonly usedImports: number[];
  /** Body owners in which a name failed to resolve: their type check is tainted (no liveness lints). */
  readonly tainted: DefId[];
}

/** `item` is the barrier of a nested item (its body sees no outer locals); `generics` holds an
 * item's generic parameters, which its associated items see (a const parameter is a value). */
type RibKind = 'normal' | 'item' | 'generics' | 'fn' | 'closure' | 'const';

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
  private readonly immediate: Diagnostic[] = [];
  private readonly privacyErrors: Diagnostic[] = [];
  private readonly stashed: StashedError[] = [];
  private readonly used = new Set<number>();
  private readonly tainted = new Set<DefId>();
  private ribs: Rib[] = [];
  private module: ModuleIndex;
  /** The current `Self`, if any. */
  private selfRes: Res | null = null;
  /** Whether the current fn has a `self` parameter (for E0424), and its signature span. */
  private fnHasSelf: { has: boolean; sigSpan: Span; paramsSpan: Span } | null = null;
  /** Where an elided `&` is E0106 (a field's type, a return type elision cannot settle); see elision.ts. */
  private elision: ElisionScope | null = null;
  /** Inside an impl or trait that declares lifetime parameters (elision then has more to say). */
  private outerLifetimes = false;
  /** Resolutions of the type paths visited so far (elision asks what a parameter's path names). */
  private readonly typeRes = new Map<NodeId, Res>();
  /** The enclosing call's callee (to know that a path is in call position). */
  private calleeId: NodeId | null = null;
  /** The call whose callee is being resolved (for "function, tuple struct or tuple variant" and struct-literal suggestions). */
  private callInfo: { readonly span: Span; readonly args: readonly Span[] } | null = null;
  /** A path expression that is the base of a field access or the receiver of a method call
   * (rustc's `PathSource::Expr(Some(parent))` for "use the path separator"). */
  private exprParent: { readonly id: NodeId; readonly kind: 'field' | 'methodCall'; readonly lhs: Span; readonly rhs: Span } | null = null;
  /** The impl or trait being resolved (rustc's `current_self_type` and `current_trait_assoc_items`,
   * for "you might have meant to use the available field" and `self.`/`Self::` suggestions). */
  implCtx: { readonly selfTy: A.Ty | null; readonly items: readonly A.AssocItem[]; readonly ofTrait: boolean } | null = null;
  /** rustc's `diag_metadata.in_assignment`: whether an assignment with a path on the left is being resolved. */
  inAssignment: { readonly lhsIsPath: boolean } | null = null;
  /** rustc's `diag_metadata.current_let_binding`: the `let` whose initializer is being resolved. */
  letBinding: { readonly patHi: number; readonly hasTy: boolean; readonly initLo: number } | null = null;
  /** The innermost body owner (fn, const, static) being resolved. */
  private bodyOwner: DefId | null = null;
  /** The innermost item being resolved (rustc's `diag_metadata.current_item`). */
  currentItem: A.Item | null = null;
  /** Inside the generic arguments of a path (`Vec<X>`). */
  inGenericArgs = 0;

  constructor(readonly input: LateInput) {
    super();
    this.r = input.r;
    this.module = input.module;
  }

  output(): LateOutput {
    return { resolutions: this.resolutions, scopes: this.scopes, labels: this.labelRes, diagnostics: this.diagnostics, immediate: this.immediate, privacyErrors: this.privacyErrors, stashed: this.stashed, usedImports: [...this.used], tainted: [...this.tainted] };
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
    return this.withRib('generics', () => {
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
    const savedItem = this.currentItem;
    this.currentItem = it;
    if (it.kind === 'fn' || it.kind === 'const' || it.kind === 'static') this.withOwner(it.id, () => this.itemInner(it));
    else this.itemInner(it);
    this.currentItem = savedItem;
  }

  override walkGenericArgs(g: A.GenericArgs): void {
    this.inGenericArgs++;
    // `Fn(&str) -> &str` elides in its own scope.
    if (g.kind === 'angle') super.walkGenericArgs(g);
    else this.withElision(null, () => super.walkGenericArgs(g));
    this.inGenericArgs--;
  }

  private itemInner(it: A.Item): void {
    switch (it.kind) {
      case 'fn':
        this.withGenerics(it.generics, () => this.fn(it.sig, it.body, it.span, it.generics, it.ident.span));
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
        this.withGenerics(it.generics, () => this.withSelf(this.defOf(it.id), null, () => this.withElision({ kind: 'adt', generics: it.generics, nameSpan: it.ident.span }, () => this.walkVariantData(it.data))));
        break;
      case 'enum':
        this.withGenerics(it.generics, () =>
          this.withSelf(this.defOf(it.id), null, () => {
            for (const v of it.variants) {
              this.withElision({ kind: 'adt', generics: it.generics, nameSpan: it.ident.span }, () => this.walkVariantData(v.data));
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
            const savedImpl = this.implCtx;
            const savedLifetimes = this.outerLifetimes;
            this.implCtx = { selfTy: null, items: it.items, ofTrait: true };
            this.outerLifetimes = it.generics.params.some((p) => p.kind.kind === 'lifetime');
            for (const a of it.items) this.assocItem(a);
            this.implCtx = savedImpl;
            this.outerLifetimes = savedLifetimes;
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
          const savedImpl = this.implCtx;
          const savedLifetimes = this.outerLifetimes;
          this.implCtx = { selfTy: it.selfTy, items: it.items, ofTrait: it.ofTrait !== null };
          this.outerLifetimes = it.generics.params.some((p) => p.kind.kind === 'lifetime');
          const trait = it.ofTrait ? this.traitOfRef(it.ofTrait) : null;
          for (const a of it.items) {
            if (trait !== null && it.ofTrait) this.checkTraitItem(a, trait, it.ofTrait);
            this.assocItem(a);
          }
          this.implCtx = savedImpl;
          this.outerLifetimes = savedLifetimes;
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
    if (a.kind === 'fn') this.withGenerics(a.generics, () => this.fn(a.sig, a.body, a.span, a.generics, a.ident.span));
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

  private withElision<T>(scope: ElisionScope | null, f: () => T): T {
    const saved = this.elision;
    this.elision = scope;
    try {
      return f();
    } finally {
      this.elision = saved;
    }
  }

  /** A path type naming a type with lifetime parameters and giving none (`Pair` for `Pair<'a>`). */
  private elidesPathLifetimes(t: A.Ty): boolean {
    if (t.kind !== 'path') return false;
    const res = this.typeRes.get(t.id);
    if (!res || res.kind !== 'def') return false;
    const node = this.r.table.defs[res.def]!.node as { generics?: A.Generics } | null;
    if (!node || !node.generics || !node.generics.params.some((p) => p.kind.kind === 'lifetime')) return false;
    const last = t.path.segments[t.path.segments.length - 1];
    return !(last?.args && last.args.kind === 'angle' && last.args.args.some((a) => a.kind === 'arg' && a.arg.kind === 'lifetime'));
  }

  private fn(sig: A.FnSig, body: A.Block | null, span: Span, generics: A.Generics, nameSpan: Span): void {
    const savedSelf = this.fnHasSelf;
    const first = sig.decl.inputs[0];
    const has = first !== undefined && first.pat.kind === 'ident' && first.pat.ident.name === 'self';
    this.fnHasSelf = { has, sigSpan: sig.span, paramsSpan: span };
    this.withRib('fn', () => {
      // Parameter types first, then the patterns (bindings), as rustc.
      for (const p of sig.decl.inputs) this.visitTy(p.ty);
      if (sig.decl.output.kind === 'ty') {
        const out = sig.decl.output.ty;
        const snippet = (sp: Span) => sourceMapView(this.input.sources).snippet(sp);
        this.withElision(fnOutputScope(sig, generics, nameSpan, this.outerLifetimes, (t) => this.elidesPathLifetimes(t), snippet), () => this.visitTy(out));
      }
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
        if (s.init.kind !== 'decl') {
          const savedLet = this.letBinding;
          this.letBinding = { patHi: s.pat.span.hi, hasTy: s.ty !== null, initLo: s.init.expr.span.lo };
          this.visitExpr(s.init.expr);
          this.letBinding = savedLet;
        }
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
          const savedImpl = this.implCtx;
          this.selfRes = null;
          this.fnHasSelf = null;
          this.implCtx = null;
          this.item(s.item);
          this.selfRes = saved;
          this.fnHasSelf = savedFn;
          this.implCtx = savedImpl;
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
        const last = x.path.segments[x.path.segments.length - 1]!.ident.name;
        const source: PathSource =
          this.calleeId === x.id && this.callInfo
            ? { kind: 'call', upper: /^\p{Lu}/u.test(last), span: this.callInfo.span, args: this.callInfo.args }
            : this.exprParent?.id === x.id
              ? { kind: 'expr', parent: this.exprParent }
              : { kind: 'expr' };
        this.exprPath(x, source);
        // A type-relative path (`u8::try_from`) may name a trait item: its imports count as used.
        if (x.path.segments.length > 1) {
          const pr = this.resolutions.length > 0 ? this.lookupRecorded(x.id) : null;
          if (pr && pr.unresolved > 0) this.markTraitImports(last);
        }
        return;
      }
      case 'call': {
        const saved = this.calleeId;
        const savedInfo = this.callInfo;
        this.calleeId = x.func.id;
        this.callInfo = { span: x.span, args: x.args.map((a) => a.span) };
        this.visitExpr(x.func);
        this.calleeId = saved;
        this.callInfo = savedInfo;
        for (const a of x.args) this.visitExpr(a);
        return;
      }
      case 'methodCall': {
        this.scopes.push([x.id, this.module]);
        this.markTraitImports(x.seg.ident.name);
        const saved = this.exprParent;
        this.exprParent = { id: x.receiver.id, kind: 'methodCall', lhs: x.receiver.span, rhs: x.seg.ident.span };
        this.walkExpr(e);
        this.exprParent = saved;
        return;
      }
      case 'assign': {
        const saved = this.inAssignment;
        this.inAssignment = { lhsIsPath: x.lhs.kind === 'path' && !x.lhs.qself };
        this.walkExpr(e);
        this.inAssignment = saved;
        return;
      }
      case 'field': {
        // A field that turns out to be a method (E0615) is looked up with the traits in scope.
        this.scopes.push([x.id, this.module]);
        const saved = this.exprParent;
        this.exprParent = { id: x.expr.id, kind: 'field', lhs: x.expr.span, rhs: x.ident.span };
        this.walkExpr(e);
        this.exprParent = saved;
        return;
      }
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

  private lookupRecorded(id: NodeId): PartialRes | null {
    for (let i = this.resolutions.length - 1; i >= 0; i--) {
      const [rid, pr] = this.resolutions[i]!;
      if (rid === id) return pr;
    }
    return null;
  }

  private traitOfRef(t: A.TraitRef): DefId | null {
    for (let i = this.resolutions.length - 1; i >= 0; i--) {
      const [id, pr] = this.resolutions[i]!;
      if (id !== t.id) continue;
      return pr.unresolved === 0 && pr.res.kind === 'def' && pr.res.defKind === 'trait' ? pr.res.def : null;
    }
    return null;
  }

  /**
   * rustc's `check_trait_item`: an impl item the trait does not declare (E0407 methods, E0437
   * types, E0438 consts), with a similar name of the same kind suggested.
   */
  private checkTraitItem(a: A.AssocItem, trait: DefId, tref: A.TraitRef): void {
    if (a.kind === 'macCall') return;
    const node = this.r.table.defs[trait]!.node as A.TraitItem | null;
    if (!node) return;
    const same = node.items.filter((t) => t.kind === a.kind);
    if (node.items.some((t) => t.kind !== 'macCall' && t.ident.name === a.ident.name)) return;
    const [code, what, cand] = a.kind === 'fn' ? ['E0407', 'method', 'associated function'] : a.kind === 'const' ? ['E0438', 'const', 'associated constant'] : ['E0437', 'type', 'associated type'];
    const traitName = tref.path.segments.map((s) => s.ident.name).join('::');
    const d = error(`${what} \`${a.ident.name}\` is not a member of trait \`${traitName}\``, a.span).withCode(code);
    d.label(a.span, `not a member of trait \`${traitName}\``);
    const names = same.map((t) => (t.kind === 'macCall' ? '' : t.ident.name)).filter((n) => n !== '');
    const best = findBestMatchForName(names, a.ident.name, null);
    if (best !== null) d.suggest(`there is an ${cand} with a similar name`, [{ span: a.ident.span, snippet: best }], 'MaybeIncorrect', 'ShowCode');
    this.diagnostics.push(d.build());
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
        // A const generic parameter is a value in scope, not a local.
        const param = this.defOf(local);
        this.record(e.id, param !== null ? this.defRes(param) : { kind: 'local', id: local });
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
    if (this.bodyOwner !== null) this.tainted.add(this.bodyOwner);
  }

  // -- types --------------------------------------------------------------------------------------

  override visitTy(t: A.Ty): void {
    if (this.elision) {
      if (t.kind === 'ref' && t.lifetime === null) {
        const d = missingLifetime(this.elision, t);
        if (d) {
          this.immediate.push(d);
          // A signature with an error lifetime taints its body (no liveness lints), as in rustc.
          if (this.elision.kind === 'fnOutput' && this.bodyOwner !== null) this.tainted.add(this.bodyOwner);
        }
      }
      // Fn pointers, trait objects and `impl Trait` elide in their own scopes.
      if (t.kind === 'bareFn' || t.kind === 'traitObject' || t.kind === 'implTrait') {
        this.withElision(null, () => this.visitTy(t));
        return;
      }
    }
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
      if (res) {
        this.record(t.id, res.res, res.unresolved);
        this.typeRes.set(t.id, res.res);
      }
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
      if (this.bodyOwner !== null) this.tainted.add(this.bodyOwner);
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
      if (!b) {
        // rustc's `resolve_qpath_anywhere`: a name missing from the expected namespace is looked
        // up in the others (type, then value) to report "expected value, found struct `S`".
        if (segs.length === 1) {
          for (const alt of ['type', 'value'] as const) {
            if (alt === ns) continue;
            const ab = this.lookupLexical(first, alt);
            if (ab && ab.res.kind !== 'err') return fail({ kind: 'wrongKind', path, res: ab.res, ns, source });
          }
        }
        return fail({ kind: 'path', path, segment: 0, ns, source, reason: 'unresolved', module: null, id });
      }
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
    let privateAt: { segment: number; binding: NameBinding } | null = null;
    const flushPrivate = () => {
      if (privateAt) this.privacyErrors.push(reportUnresolved(this, { kind: 'private', path, segment: privateAt.segment, binding: privateAt.binding, outermost: null }));
    };
    try {
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
          if (last) {
            for (const alt of ['type', 'value'] as const) {
              if (alt === ns) continue;
              const ab = nsMap(m, alt).get(name);
              if (ab && ab.res.kind !== 'err' && isAccessible(this.r, ab.vis, this.module)) {
                this.markUsed(ab);
                return fail({ kind: 'wrongKind', path, res: ab.res, ns, source });
              }
            }
          }
          return fail({ kind: 'path', path, segment: i, ns, source, reason: 'unresolved', module, id });
        }
        this.markUsed(b);
        if (!isAccessible(this.r, b.vis, this.module)) privateAt ??= { segment: i, binding: b };
        if (last) {
          // The whole path resolved: a private module on the way gets the item named
          // (rustc's `outermost_res`: "function `f` is not publicly re-exported").
          if (privateAt) this.privacyErrors.push(reportUnresolved(this, { kind: 'private', path, segment: privateAt.segment, binding: privateAt.binding, outermost: privateAt.segment < i ? b.res : null }));
          privateAt = null;
          return this.finish(b.res, ns, source, path, id, fail);
        }
        const next = moduleOfRes(this.r, b.res);
        if (next === null) return { res: b.res, unresolved: segs.length - 1 - i };
        module = next;
      }
      return { res: this.defRes(this.r.modules[module!]!.def), unresolved: 0 };
    } finally {
      flushPrivate();
    }
  }

  /** Checks that a resolved path fits where it is used (E0423, E0574...). */
  private finish(res: Res, ns: Namespace, source: PathSource, path: A.Path, id: NodeId, fail: (f: UnresolvedPath) => PartialRes): PartialRes {
    if (res.kind === 'def') {
      const k: DefKind = res.defKind;
      if (source.kind === 'trait' && k !== 'trait') return fail({ kind: 'wrongKind', path, res, ns, source });
      if (source.kind === 'type' && k === 'mod') return fail({ kind: 'wrongKind', path, res, ns, source });
      if (source.kind === 'struct' && !(k === 'struct' || k === 'variant' || k === 'union' || k === 'tyAlias' || k === 'assocTy')) return fail({ kind: 'wrongKind', path, res, ns, source });
      if (source.kind === 'tupleStructPat' && k !== 'ctor') return fail({ kind: 'wrongKind', path, res, ns, source });
      if (source.kind === 'pat' && !(k === 'ctor' || k === 'const' || k === 'assocConst')) return fail({ kind: 'wrongKind', path, res, ns, source });
    }
    void id;
    return { res, unresolved: 0 };
  }

  private shouldStash(f: UnresolvedPath): boolean {
    // rustc's `report_with_use_injections`: a single-segment callee with no import candidates
    // (and no range suggestion) is stashed for typeck (`StashKey::CallIntoMethod`).
    if (f.kind === 'wrongKind') {
      if (f.source.kind !== 'call' || f.path.segments.length !== 1) return false;
      const res = f.res;
      const name = f.path.segments[0]!.ident.name;
      return findImportCandidates(this, name, f.ns, (r) => fits(f.source, r) && !(r.kind === 'def' && res.kind === 'def' && r.def === res.def)).length === 0;
    }
    if (f.kind !== 'path' || f.source.kind !== 'call' || f.reason !== 'unresolved') return false;
    const n = f.path.segments.length;
    if (n === 1) return findImportCandidates(this, f.path.segments[0]!.ident.name, f.ns, (r) => fits(f.source, r)).length === 0;
    return n === 2 && f.segment === 0 && !this.hasImportCandidates(f.path.segments[0]!.ident.name, 'type');
  }

  hasImportCandidates(name: string, ns: Namespace): boolean {
    return findImportCandidates(this, name, ns, () => true).length > 0;
  }

  // Accessors for diagnostics.ts.
  /** Inside a fn body or signature (rustc's `current_function`). */
  get inFn(): boolean {
    return this.fnHasSelf !== null;
  }

  get selfValueAvailable(): boolean {
    return this.fnHasSelf?.has === true;
  }

  /** The resolution recorded for a node (error paths only: a backwards scan). */
  resolutionOf(id: NodeId): Res | null {
    for (let i = this.resolutions.length - 1; i >= 0; i--) {
      const [n, pr] = this.resolutions[i]!;
      if (n === id) return pr.unresolved === 0 ? pr.res : null;
    }
    return null;
  }

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

/**
 * Items named `name` in `ns` anywhere in the local crate or std's public modules: rustc's
 * `lookup_import_candidates`. As rustc, a depth-first walk with a stack (so a module's own items
 * are found before its submodules', and later siblings are walked first), modules reached through
 * a re-export walked last, the first path found for a definition kept, nothing from the current
 * module; the local crate is walked from its root (`crate::` in 2018+; in 2015 the injected
 * `extern crate std` leads into std), then (2018+) std from the extern prelude. Paths are then
 * ordered as rustc's `show_candidates`: sorted, `core::` paths (for std items defined in core) only
 * when they differ in number from the `std::` ones, and last.
 */
export function findImportCandidates(lr: LateResolver, name: string, ns: Namespace, filter: (res: Res) => boolean): ImportCandidate[] {
  const r = lr.r;
  const out: (ImportCandidate & { readonly key: number })[] = [];
  const here = lr.currentModule;
  const keyOf = (res: Res & { kind: 'def' }): number => (res.defKind === 'ctor' ? (r.table.defs[res.def]!.parent ?? res.def) : res.def);
  const walk = (start: ModuleIndex, prefix: string[], isExtern: boolean) => {
    const seen = new Set<number>([start]);
    const worklist: [ModuleIndex, string[]][] = [[start, []]];
    const viaImport: [ModuleIndex, string[]][] = [];
    for (;;) {
      const next = worklist.pop() ?? viaImport.pop();
      if (!next) break;
      const [mi, segs] = next;
      const m = r.modules[mi]!;
      for (const nsKind of ['type', 'value'] as const) {
        for (const [child, b] of nsMap(m, nsKind)) {
          if (child === '_' || child.startsWith('__') || child.startsWith('_#')) continue;
          const accessible = isAccessible(r, b.vis, here);
          if (isExtern && !accessible) continue;
          if (b.res.kind !== 'def') continue;
          // Associated items cannot be imported.
          if (b.res.defKind === 'assocFn' || b.res.defKind === 'assocConst' || b.res.defKind === 'assocTy') continue;
          const via = b.importIndex >= 0;
          if (nsKind === ns && child === name && mi !== here && accessible && filter(b.res)) {
            const key = keyOf(b.res);
            if (!(via && (b.res.defKind === 'variant' || (b.res.defKind === 'ctor' && r.table.defs[r.table.defs[b.res.def]!.parent!]!.kind === 'variant'))) && !out.some((c) => c.key === key)) {
              out.push({ path: [...prefix, ...segs, child].join('::'), res: b.res, isStd: isExtern, key });
            }
          }
          if (nsKind === 'type' && (b.res.defKind === 'mod' || b.res.defKind === 'enum')) {
            const cm = r.moduleOfDef.get(b.res.def);
            if (cm === undefined || seen.has(cm)) continue;
            if (child === 'prelude' && isExtern) continue;
            // The injected `extern crate std` is walked from the extern prelude in 2018+.
            if (!isExtern && r.modules[cm]!.isStd && r.edition !== '2015') continue;
            seen.add(cm);
            (via ? viaImport : worklist).push([cm, [...segs, child]]);
          }
        }
      }
    }
  };
  walk(r.localRootModule, r.edition === '2015' ? [] : ['crate'], false);
  if (r.edition !== '2015') walk(r.stdRootModule, ['std'], true);
  // rustc also walks `core`: an item std re-exports from core has a `core::` path too.
  const sm = sourceMapView(lr.input.sources);
  const local = out.filter((c) => !c.path.startsWith('std::')).sort(byPath);
  const std = out.filter((c) => c.path.startsWith('std::')).sort(byPath);
  const core = std
    .filter((c) => c.res.kind === 'def' && r.table.defs[c.res.def]!.isStd && /\/core\/src\//.test(sm.lookupFile(r.table.defs[c.res.def]!.span.lo).name))
    .map((c) => ({ ...c, path: `core::${c.path.slice(5)}` }));
  const all = [...local, ...std, ...(core.length > 0 && core.length !== std.length ? core : [])];
  return all.map(({ key: _k, ...c }) => c);
}

function byPath(a: ImportCandidate, b: ImportCandidate): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
