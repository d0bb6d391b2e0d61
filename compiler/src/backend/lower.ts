/**
 * Lowering of one monomorphic instance (a fn or method with concrete generic args) straight to a
 * JavaScript function, from the AST and the body's exported typeck results. While it walks the
 * body it records the instances the body calls: the monomorphization collector (collect.ts) runs
 * it wave by wave from `main`. Value representation and run-time helpers: runtime/source.ts.
 *
 * A construct it cannot lower yet becomes an `Unsupported` entry (`weftc does not support X yet`
 * at its span), never an exception that escapes.
 *
 * Owns: expression, pattern and std-call lowering. Must not: emit diagnostics or read outside its
 * context (it runs on worker threads).
 */
import type * as A from '../syntax/ast.js';
import type { NodeId } from '../syntax/ast.js';
import type { Span } from '../syntax/source-map.js';
import type { DefId } from '../sema/defs.js';
import type { SemaContext } from '../sema/context.js';
import type { TypeckResults } from '../sema/typeck/body.js';
import type { GenericArg, Ty } from '../sema/ty/ty.js';
import type { FormatArgsExpr, FormatPiece } from '../sema/ast-ext.js';
import { anyTy, isTy, mapTy, subst } from '../sema/ty/ty.js';
import { printTy } from '../sema/ty/print.js';
import { printEnv } from '../sema/context.js';
import { sx } from '../sema/ast-ext.js';
import { sourceMapView } from '../sema/source-map-data.js';
import { unescapeStr, unescapeCharOrByte, decodeBytes } from '../syntax/unescape.js';
import type { SourceMap } from '../syntax/source-map.js';

export interface Instance {
  readonly def: DefId;
  readonly args: readonly GenericArg[];
}

export interface BackendContext {
  readonly ctx: SemaContext;
  readonly typeck: ReadonlyMap<DefId, TypeckResults>;
  /** Overflow checks (debug assertions): on without -O. */
  readonly overflowChecks: boolean;
  /**
   * Lowering for compile-time evaluation (const-eval.ts): a panic's location is its span
   * (`@lo:hi:ctxt`), so that the error can point at it.
   */
  readonly constEval?: boolean;
}

/** A read of a const in a body: rustc notes each read of an erroneous const at the use. */
export interface ConstRead {
  readonly inst: Instance;
  readonly span: Span;
  /**
   * How many "erroneous constant encountered" notes rustc 1.95 gives the read: one for a direct
   * argument of a call, two for a value read elsewhere (a `let` initializer, a tail, a field).
   */
  readonly notes: number;
}

export interface Unsupported {
  readonly span: Span;
  readonly what: string;
}

export interface LoweredInstance {
  readonly symbol: string;
  readonly js: string;
  readonly callees: Instance[];
  /** Per callee, the span of the call that first used it (null when not a call). */
  readonly calleeSpans?: (Span | null)[];
  /** The consts the body reads, in order. */
  readonly constReads?: ConstRead[];
  readonly unsupported: Unsupported | null;
}

class NotSupported {
  constructor(
    readonly span: Span,
    readonly what: string,
  ) {}
}

/** A stable name for an instance: the def's name, its index and a hash of its args. */
export function symbolOf(cx: BackendContext, inst: Instance): string {
  if (inst.def === -1) return `dbg_${hash(argsKey(inst.args))}`;
  const d = cx.ctx.r.table.defs[inst.def]!;
  const base = (d.name || 'impl').replace(/[^A-Za-z0-9_]/g, '_');
  if (inst.args.length === 0) return `${base}_${inst.def}`;
  return `${base}_${inst.def}_${hash(argsKey(inst.args))}`;
}

export function argsKey(args: readonly GenericArg[]): string {
  return JSON.stringify(args);
}

/** FNV-1a of a string, base 36 (stable symbol suffixes and unit assignment). */
export function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

const NUM_INTS = new Set(['i8', 'i16', 'i32', 'u8', 'u16', 'u32']);

export function lowerInstance(cx: BackendContext, inst: Instance): LoweredInstance {
  const symbol = symbolOf(cx, inst);
  const data = cx.ctx.r.table.defs[inst.def]!;
  if (!cx.typeck.has(inst.def)) return { symbol, js: '', callees: [], unsupported: { span: data.span, what: `the body of \`${data.name}\` (it has no type information)` } };
  const l = new Lowerer(cx, inst);
  try {
    const js = l.lowerFn(symbol);
    return { symbol, js, callees: l.callees, calleeSpans: l.calleeSpans, constReads: l.constReads, unsupported: null };
  } catch (e) {
    if (e instanceof NotSupported) return { symbol, js: '', callees: [], unsupported: { span: e.span, what: e.what } };
    throw e;
  }
}

/**
 * The consts a body reads, as far as lowering it gets (a construct weftc cannot lower ends the
 * walk). For a generic body, `inst.args` may be its own parameters: the reads of consts that do
 * not depend on them come out the same.
 */
export function constReadsOf(cx: BackendContext, inst: Instance): ConstRead[] {
  if (!cx.typeck.has(inst.def)) return [];
  const l = new Lowerer(cx, inst);
  try {
    l.lowerFn(symbolOf(cx, inst));
  } catch {
    // A body weftc cannot lower (or, with parameters for args, cannot resolve): the reads so far.
  }
  return l.constReads;
}

class Lowerer {
  readonly callees: Instance[] = [];
  readonly calleeSpans: (Span | null)[] = [];
  readonly constReads: ConstRead[] = [];
  /** The call whose callee is being resolved (its span goes with the callee). */
  private callSpan: Span | null = null;
  /** Path expressions that are a call's arguments as they stand. */
  private readonly directArgs = new Set<NodeId>();
  /**
   * Path expressions that are operands of an overflow-checked `+`, `-`, `*`, with the number of
   * notes rustc 1.95 gives a failed const there (its MIR reads the operand for the checked
   * operation and its assertion: four on the left, three on the right).
   */
  private readonly checkedOperands = new Map<NodeId, number>();
  private readonly seen = new Set<string>();
  private readonly tr: TypeckResults;
  private readonly sm: SourceMap;
  private out: string[] = [];
  private tmp = 0;
  private readonly loopLabels: { id: number; label: string | null; result: string | null }[] = [];
  private retVar: string | null = null;

  constructor(
    readonly cx: BackendContext,
    readonly inst: Instance,
  ) {
    this.tr = cx.typeck.get(inst.def) ?? { nodeTypes: new Map(), methods: new Map(), pathDefs: new Map(), pathArgs: new Map() };
    this.sm = sourceMapView(cx.ctx.sources);
  }

  private get defs() {
    return this.cx.ctx.r.table.defs;
  }

  private unsupported(span: Span, what: string): never {
    throw new NotSupported(span, what);
  }

  // -- types ------------------------------------------------------------------------------------

  ty(id: NodeId): Ty {
    const t = this.tr.nodeTypes.get(id);
    if (!t) return { k: 'error' };
    return this.normalize(subst(t, this.inst.args));
  }

  /** Projections made concrete by monomorphization (`<RunLength as Codec>::Error`) become the impl's type. */
  private normalize(t: Ty): Ty {
    if (!anyTy(t, (x) => x.k === 'alias')) return t;
    return mapTy(t, (x) => {
      if (x.k !== 'alias' || !isTy(x.args[0]!)) return x;
      const name = this.defs[x.item]!.name;
      for (const i of this.cx.ctx.sigs.traitImpls.get(x.trait) ?? []) {
        const impl = this.cx.ctx.sigs.impls[i]!;
        const binding: GenericArg[] = [];
        const at = impl.assocTys.get(name);
        if (at && matchTy(impl.selfTy, x.args[0] as Ty, binding)) return subst(at, binding);
      }
      return x;
    });
  }

  private intOps(t: Ty): string | null {
    const u = this.peelRefs(t);
    if (u.k === 'int' || u.k === 'uint') return `$rt.int.${u.t}`;
    return null;
  }

  peelRefs(t: Ty): Ty {
    while (t.k === 'ref') t = t.ty;
    return t;
  }

  private isBig(t: Ty): boolean {
    return (t.k === 'int' || t.k === 'uint') && !NUM_INTS.has(t.t);
  }

  /** Mutable references to these are cells (`{ v }`); to anything else, the object itself. */
  private isScalar(t: Ty): boolean {
    return ['int', 'uint', 'float', 'bool', 'char', 'ref', 'fnDef', 'fnPtr', 'closure', 'opaque', 'never'].includes(t.k) || this.isStdAdt(t, 'Box');
  }

  private adtName(t: Ty): string | null {
    return t.k === 'adt' ? this.defs[t.def]!.name : null;
  }

  private isStdAdt(t: Ty, name: string): boolean {
    return t.k === 'adt' && this.defs[t.def]!.isStd && this.defs[t.def]!.name === name;
  }

  /** Whether reading a place of this type must copy it (Copy aggregates). */
  private needsCopy(t: Ty): boolean {
    if (t.k === 'tuple') return t.elems.length > 0;
    if (t.k === 'array') return true;
    if (t.k === 'adt' && !this.defs[t.def]!.isStd) return this.implementsCopy(t.def);
    return false;
  }

  private implementsCopy(def: DefId): boolean {
    const copy = this.cx.ctx.sigs.lang.get('copy');
    if (copy === undefined) return false;
    for (const i of this.cx.ctx.sigs.traitImpls.get(copy) ?? []) {
      const impl = this.cx.ctx.sigs.impls[i]!;
      if (impl.selfTy.k === 'adt' && impl.selfTy.def === def) return true;
    }
    return false;
  }

  /** A type as rustc prints it (for messages). */
  show(t: Ty): string {
    return printTy(printEnv(this.cx.ctx), t);
  }

  // -- locations --------------------------------------------------------------------------------

  /** `file:line:col` of a span's start, as rustc's `Location::caller` (macro call sites unwrapped). */
  loc(span: Span): string {
    let s = span;
    for (let e = this.sm.expansion(s.ctxt); e !== null; e = this.sm.expansion(s.ctxt)) s = e.callSite;
    if (this.cx.constEval) return JSON.stringify(`@${s.lo}:${s.hi}:${s.ctxt}`);
    const l = this.sm.lookupLoc(s.lo);
    return JSON.stringify(`${l.file.name}:${l.line}:${l.col + 1}`);
  }

  // -- output -------------------------------------------------------------------------------------

  private emit(s: string): void {
    this.out.push(s);
  }

  private fresh(): string {
    return `$t${this.tmp++}`;
  }

  private useInstance(inst: Instance): string {
    const key = `${inst.def}:${argsKey(inst.args)}`;
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.callees.push(inst);
      this.calleeSpans.push(this.callSpan);
    }
    this.callSpan = null;
    return symbolOf(this.cx, inst);
  }

  // -- functions --------------------------------------------------------------------------------

  lowerFn(symbol: string): string {
    const data = this.defs[this.inst.def]!;
    const item = data.node as A.FnItem | A.ConstItem | A.StaticItem | null;
    if (item && (item.kind === 'const' || item.kind === 'static') && item.expr) {
      // A const or static: a function that computes its value (statics are read-only here). A
      // scalar's value is computed once (rustc computes it at compile time; a const's initializer
      // has no effects, and a const naming another one would otherwise redo the whole chain).
      const v = this.valueExpr(item.expr);
      const ty = this.cx.ctx.sigs.types[this.inst.def];
      if (ty && this.isScalar(ty)) return `let ${symbol}$done = false, ${symbol}$v;\nfunction ${symbol}() {\nif (${symbol}$done) return ${symbol}$v;\n${this.out.join('\n')}\n${symbol}$v = ${v};\n${symbol}$done = true;\nreturn ${symbol}$v;\n}\n`;
      return `function ${symbol}() {\n${this.out.join('\n')}\nreturn ${v};\n}\n`;
    }
    const node = item as A.FnItem | null;
    if (!node || node.kind !== 'fn' || !node.body) this.unsupported(data.span, `this item`);
    const params: string[] = [];
    const pre: string[] = [];
    node.sig.decl.inputs.forEach((p, i) => {
      if (p.pat.kind === 'ident' && p.pat.sub === null) params.push(this.local(p.pat.id));
      else {
        const n = `$p${i}`;
        params.push(n);
        this.out = [];
        this.bindPat(p.pat, n, this.ty(p.pat.id));
        pre.push(...this.out);
      }
    });
    this.out = [...pre];
    const v = this.block(node.body);
    if (v !== null) this.emit(`return ${v};`);
    // Under const evaluation a fn body is a frame of the panic's call stack ("inside `f`").
    if (this.cx.constEval) return `function ${symbol}(${params.join(', ')}) {\n$rt.enter(${JSON.stringify(symbol)});\ntry {\n${this.out.join('\n')}\n} finally { $rt.leave(); }\n}\n`;
    return `function ${symbol}(${params.join(', ')}) {\n${this.out.join('\n')}\n}\n`;
  }

  local(id: NodeId): string {
    const p = this.findPatName(id);
    return `${p}_${id}`;
  }

  private findPatName(id: NodeId): string {
    void id;
    return 'l';
  }

  /** Lowers a block's statements into the output; returns its value expression (or null for `()`). */
  block(b: A.Block): string | null {
    const n = b.stmts.length;
    for (let i = 0; i < n; i++) {
      const s = b.stmts[i]!;
      const last = i === n - 1;
      switch (s.kind) {
        case 'let':
          this.letStmt(s);
          break;
        case 'item':
        case 'empty':
          break;
        case 'semi':
          this.stmtExpr(s.expr);
          break;
        case 'expr':
          if (last) {
            const t = this.ty(s.expr.id);
            if (t.k === 'tuple' && t.elems.length === 0) {
              this.stmtExpr(s.expr);
              return null;
            }
            if (t.k === 'never') {
              this.stmtExpr(s.expr);
              return null;
            }
            // A Copy aggregate read from a place is copied (`fn pos(&self) -> (i32, i32) { self.pos }`).
            return this.valueExpr(s.expr);
          }
          this.stmtExpr(s.expr);
          break;
        case 'macCall':
          this.unsupported(s.span, 'this macro');
      }
    }
    return null;
  }

  private stmtExpr(e: A.Expr): void {
    const v = this.expr(e);
    if (v !== 'undefined' && v !== '' && !/^\$t\d+$/.test(v) && !/^[A-Za-z_$][\w$]*$/.test(v)) this.emit(`${v};`);
  }

  private letStmt(s: A.LetStmt): void {
    if (s.init.kind === 'decl') {
      if (s.pat.kind === 'ident') {
        this.emit(`let ${this.local(s.pat.id)};`);
        return;
      }
      this.unsupported(s.span, 'this `let` without an initializer');
    }
    const t = this.ty(s.pat.id);
    // `let (ref mut a, _) = place;` binds into the place: no copy of it.
    const init = this.hasRefBinding(s.pat) ? this.expr(s.init.expr) : this.valueExpr(s.init.expr);
    const v = this.coerce(init, this.ty(s.init.expr.id), t);
    if (s.init.kind === 'initElse') {
      const tmp = this.fresh();
      this.emit(`const ${tmp} = ${v};`);
      const cond = this.patCond(s.pat, tmp, t);
      this.emit(`if (!(${cond})) {`);
      this.block(s.init.els);
      this.emit('}');
      this.bindPat(s.pat, tmp, t);
      return;
    }
    if (s.pat.kind === 'ident' && s.pat.sub === null) {
      this.emit(`let ${this.local(s.pat.id)} = ${v};`);
      return;
    }
    const tmp = this.fresh();
    this.emit(`const ${tmp} = ${v};`);
    this.bindPat(s.pat, tmp, t);
  }

  // -- patterns ---------------------------------------------------------------------------------

  /** A JS condition that `v` (of type `t`) matches `p`. */
  patCond(p: A.Pat, v: string, t: Ty): string {
    const u = this.peelRefs(t);
    const rv = this.derefCell(v, t);
    switch (p.kind) {
      case 'wild':
      case 'rest':
        return 'true';
      case 'ident': {
        const ctor = this.identCtor(p);
        if (ctor !== null) {
          const variant = this.variantOf(ctor);
          if (variant && variant.isEnum) return `${rv}.$ === ${variant.index}`;
          if (this.defs[ctor]!.kind === 'const') return `$rt.eq(${rv}, ${this.useInstance({ def: ctor, args: [] })}())`;
          return 'true';
        }
        return p.sub ? this.patCond(p.sub, v, t) : 'true';
      }
      case 'paren':
        return this.patCond(p.pat, v, t);
      case 'ref':
        return this.patCond(p.pat, v, t.k === 'ref' ? t.ty : t);
      case 'or':
        return p.alts.map((a) => `(${this.patCond(a, v, t)})`).join(' || ');
      case 'tuple': {
        const elems = u.k === 'tuple' ? u.elems : [];
        return this.tupleConds(p.elems, rv, elems.map((_, i) => String(i)), elems) ?? 'true';
      }
      case 'expr':
      case 'range':
        return this.litCond(p, rv, u);
      case 'path':
      case 'tupleStruct':
      case 'struct': {
        const def = this.patDef(p);
        const variant = this.variantOf(def);
        const conds: string[] = [];
        if (variant && variant.isEnum) conds.push(`${rv}.$ === ${variant.index}`);
        if (p.kind === 'tupleStruct') {
          const ftys = this.fieldTys(u, variant);
          const c = this.tupleConds(p.elems, rv, ftys.map((_, i) => String(i)), ftys);
          if (c) conds.push(c);
        } else if (p.kind === 'struct') {
          const ftys = this.fieldTys(u, variant);
          for (const f of p.fields) {
            const i = variant?.fields.findIndex((x) => x === f.ident.name) ?? -1;
            const c = this.patCond(f.pat, `${rv}${this.fieldAccess(f.ident.name)}`, ftys[i] ?? { k: 'error' });
            if (c !== 'true') conds.push(`(${c})`);
          }
        }
        return conds.length ? conds.join(' && ') : 'true';
      }
      case 'slice': {
        const el = u.k === 'array' || u.k === 'slice' ? u.ty : u.k === 'adt' ? (u.args[0] as Ty) : ({ k: 'error' } as Ty);
        const restAt = p.elems.findIndex((x) => isRestPat(x));
        const fixed = p.elems.length - (restAt >= 0 ? 1 : 0);
        const conds = [restAt >= 0 ? `${rv}.length >= ${fixed}` : `${rv}.length === ${fixed}`];
        p.elems.forEach((x, i) => {
          if (i === restAt) return;
          const at = restAt >= 0 && i > restAt ? `${rv}.length - ${p.elems.length - i}` : String(i);
          const c = this.patCond(x, `${rv}[${at}]`, el);
          if (c !== 'true') conds.push(`(${c})`);
        });
        return conds.join(' && ');
      }
      default:
        return this.unsupported(p.span, `this pattern`);
    }
  }

  /** An identifier pattern that names a unit variant, unit struct or constant (`None`), not a binding. */
  private identCtor(p: A.Pat & { kind: 'ident' }): DefId | null {
    if (p.sub !== null || p.binding.byRef !== null || p.binding.mutability === 'mut') return null;
    const r = this.cx.ctx.resolutions.get(p.id);
    if (r && r.res.kind === 'def' && (r.res.defKind === 'ctor' || r.res.defKind === 'const' || r.res.defKind === 'variant' || r.res.defKind === 'struct')) return r.res.def;
    return null;
  }

  private tupleConds(elems: readonly A.Pat[], v: string, keys: readonly string[], tys: readonly Ty[]): string | null {
    const conds: string[] = [];
    const restAt = elems.findIndex((e) => e.kind === 'rest');
    elems.forEach((e, i) => {
      if (e.kind === 'rest') return;
      const k = restAt >= 0 && i > restAt ? keys.length - (elems.length - i) : i;
      const c = this.patCond(e, `${v}[${keys[k]}]`, tys[k] ?? { k: 'error' });
      if (c !== 'true') conds.push(`(${c})`);
    });
    return conds.length ? conds.join(' && ') : null;
  }

  private litCond(p: A.Pat & { kind: 'expr' | 'range' }, v: string, t: Ty): string {
    if (p.kind === 'expr') {
      if (t.k === 'str' || this.isStdAdt(t, 'String')) return `${this.strOf(v, t)} === ${this.expr(p.expr)}`;
      return `${v} === ${this.expr(p.expr)}`;
    }
    const c: string[] = [];
    if (p.start) c.push(`${v} >= ${this.expr(p.start)}`);
    if (p.end) c.push(`${v} ${p.rangeEnd.kind === 'excluded' ? '<' : '<='} ${this.expr(p.end)}`);
    return c.join(' && ') || 'true';
  }

  /** Binds the pattern's variables from `v`. */
  bindPat(p: A.Pat, v: string, t: Ty): void {
    const u = this.peelRefs(t);
    const rv = this.derefCell(v, t);
    switch (p.kind) {
      case 'ident': {
        if (this.identCtor(p) !== null) return;
        // Bindings of later or-pattern alternatives have the first alternative's types.
        const bt = this.tr.nodeTypes.has(p.id) ? this.ty(p.id) : (this.orBindingTys.get(p.ident.name) ?? this.ty(p.id));
        let val = v;
        if (p.binding.byRef === null && bt.k !== 'ref' && t.k === 'ref') val = rv;
        // A `&mut` binding of a scalar place (`ref mut x`, or default binding mode through
        // `&mut`): a cell over the place, unless the value is already one.
        const isCell = t.k === 'ref' && t.mut && this.isScalar(t.ty);
        if (bt.k === 'ref' && bt.mut && this.isScalar(bt.ty) && !isCell) val = `({ get v() { return ${rv}; }, set v(x) { ${rv} = x; } })`;
        if (p.binding.byRef === null && this.needsCopy(bt)) val = `$rt.clone(${val})`;
        this.emit(`let ${this.local(p.id)} = ${val};`);
        if (p.sub) this.bindPat(p.sub, v, t);
        return;
      }
      case 'paren':
        return this.bindPat(p.pat, v, t);
      case 'ref':
        return this.bindPat(p.pat, v, t.k === 'ref' ? t.ty : t);
      case 'or': {
        // Every alternative binds the same names: bind from whichever matched.
        const names = new Map<string, NodeId>();
        this.collectBindings(p.alts[0]!, names);
        for (const n of names.values()) this.emit(`let ${this.local(n)};`);
        const savedTys = this.orBindingTys;
        this.orBindingTys = new Map([...names].map(([name, id]) => [name, this.ty(id)]));
        p.alts.forEach((a, i) => {
          this.emit(`${i ? 'else ' : ''}if (${this.patCond(a, v, t)}) {`);
          const saved = this.out;
          this.out = [];
          this.bindPat(a, v, t);
          const inner = this.out.map((s) => s.replace(/^let /, ''));
          // Map the alternative's own binding ids to the first alternative's.
          const mine = new Map<string, NodeId>();
          this.collectBindings(a, mine);
          this.out = saved;
          for (let s of inner) {
            for (const [name, id] of mine) s = s.split(this.local(id)).join(this.local(names.get(name)!));
            this.emit(s);
          }
          this.emit('}');
        });
        this.orBindingTys = savedTys;
        return;
      }
      case 'tuple': {
        const elems = u.k === 'tuple' ? u.elems : [];
        this.bindElems(p.elems, rv, elems, t.k === 'ref');
        return;
      }
      case 'tupleStruct': {
        const variant = this.variantOf(this.patDef(p));
        this.bindElems(p.elems, rv, this.fieldTys(u, variant), t.k === 'ref');
        return;
      }
      case 'struct': {
        const variant = this.variantOf(this.patDef(p));
        const ftys = this.fieldTys(u, variant);
        for (const f of p.fields) {
          const i = variant?.fields.findIndex((x) => x === f.ident.name) ?? -1;
          const ft = ftys[i] ?? { k: 'error' };
          this.bindPat(f.pat, `${rv}${this.fieldAccess(f.ident.name)}`, t.k === 'ref' ? { k: 'ref', region: { k: 'region', name: null }, mut: false, ty: ft } : ft);
        }
        return;
      }
      case 'slice': {
        const el = u.k === 'array' || u.k === 'slice' ? u.ty : u.k === 'adt' ? (u.args[0] as Ty) : ({ k: 'error' } as Ty);
        const restAt = p.elems.findIndex((x) => isRestPat(x));
        p.elems.forEach((x, i) => {
          if (i === restAt) {
            // `rest @ ..`: the middle as a slice.
            if (x.kind === 'ident') this.emit(`let ${this.local(x.id)} = ${rv}.slice(${i}, ${rv}.length - ${p.elems.length - i - 1});`);
            return;
          }
          const at = restAt >= 0 && i > restAt ? `${rv}.length - ${p.elems.length - i}` : String(i);
          this.bindPat(x, `${rv}[${at}]`, t.k === 'ref' ? { k: 'ref', region: { k: 'region', name: null }, mut: false, ty: el } : el);
        });
        return;
      }
      case 'wild':
      case 'rest':
      case 'path':
      case 'expr':
      case 'range':
        return;
      default:
        this.unsupported(p.span, 'this pattern');
    }
  }

  private bindElems(elems: readonly A.Pat[], v: string, tys: readonly Ty[], byRef: boolean): void {
    const restAt = elems.findIndex((e) => e.kind === 'rest');
    elems.forEach((e, i) => {
      if (e.kind === 'rest') return;
      const k = restAt >= 0 && i > restAt ? tys.length - (elems.length - i) : i;
      const ft = tys[k] ?? { k: 'error' };
      this.bindPat(e, `${v}[${k}]`, byRef ? { k: 'ref', region: { k: 'region', name: null }, mut: false, ty: ft } : ft);
    });
  }

  private hasRefBinding(p: A.Pat): boolean {
    const ids = new Map<string, NodeId>();
    this.collectBindings(p, ids);
    for (const id of ids.values()) {
      const n = this.findPat(p, id);
      if (n && n.kind === 'ident' && n.binding.byRef !== null) return true;
    }
    return false;
  }

  private findPat(p: A.Pat, id: NodeId): A.Pat | null {
    if (p.id === id) return p;
    const kids: A.Pat[] =
      p.kind === 'ident' ? (p.sub ? [p.sub] : []) : p.kind === 'paren' || p.kind === 'ref' || p.kind === 'box' || p.kind === 'deref' ? [p.pat] : p.kind === 'or' ? p.alts : p.kind === 'tuple' || p.kind === 'tupleStruct' || p.kind === 'slice' ? p.elems : p.kind === 'struct' ? p.fields.map((f) => f.pat) : [];
    for (const k of kids) {
      const r = this.findPat(k, id);
      if (r) return r;
    }
    return null;
  }

  private collectBindings(p: A.Pat, out: Map<string, NodeId>): void {
    switch (p.kind) {
      case 'ident':
        out.set(p.ident.name, p.id);
        if (p.sub) this.collectBindings(p.sub, out);
        return;
      case 'paren':
      case 'ref':
      case 'box':
      case 'deref':
        return this.collectBindings(p.pat, out);
      case 'or':
        return this.collectBindings(p.alts[0]!, out);
      case 'tuple':
      case 'tupleStruct':
      case 'slice':
        for (const e of p.elems) this.collectBindings(e, out);
        return;
      case 'struct':
        for (const f of p.fields) this.collectBindings(f.pat, out);
        return;
      default:
        return;
    }
  }

  private patDef(p: A.Pat & { kind: 'path' | 'tupleStruct' | 'struct' }): DefId | null {
    const r = this.cx.ctx.resolutions.get(p.id);
    if (r && r.res.kind === 'def' && r.unresolved === 0) return r.res.def;
    if (r && r.res.kind === 'selfCtor') return null;
    return null;
  }

  /** The variant a ctor/variant/struct def names: its index, whether in an enum, its field names. */
  private variantOf(def: DefId | null): { index: number; isEnum: boolean; fields: string[]; adt: DefId } | null {
    if (def === null) return null;
    let d = this.defs[def]!;
    let vdef = def;
    if (d.kind === 'ctor') {
      vdef = d.parent!;
      d = this.defs[vdef]!;
    }
    if (d.kind === 'variant') {
      const adt = d.parent!;
      const data = this.cx.ctx.sigs.adts[adt];
      const index = data ? data.variants.findIndex((v) => v.def === vdef) : (d.index ?? 0);
      const v = data?.variants[index];
      return { index, isEnum: true, fields: v ? v.fields.map((f) => f.name) : [], adt };
    }
    if (d.kind === 'struct') {
      const data = this.cx.ctx.sigs.adts[vdef];
      return { index: 0, isEnum: false, fields: data ? data.variants[0]!.fields.map((f) => f.name) : [], adt: vdef };
    }
    return null;
  }

  private fieldTys(t: Ty, variant: { index: number; adt: DefId } | null): Ty[] {
    if (!variant || t.k !== 'adt') return [];
    const data = this.cx.ctx.sigs.adts[variant.adt];
    const v = data?.variants[variant.index];
    if (!v) return [];
    return v.fields.map((f) => subst(f.ty, t.args));
  }

  private fieldAccess(name: string): string {
    return /^\d+$/.test(name) ? `[${name}]` : `.${name}`;
  }

  /** The value a reference `v` of type `t` points to, for a cell (`&mut scalar`). */
  private derefCell(v: string, t: Ty): string {
    let s = v;
    let x = t;
    while (x.k === 'ref') {
      if (x.mut && this.isScalar(x.ty)) s = `${s}.v`;
      x = x.ty;
    }
    return s;
  }

  // -- expressions ------------------------------------------------------------------------------

  /** An expression used as a value: copies Copy aggregates read from places. */
  valueExpr(e: A.Expr): string {
    const v = this.expr(e);
    if (this.isPlace(e) && this.needsCopy(this.ty(e.id))) return `$rt.clone(${v})`;
    return v;
  }

  private isPlace(e: A.Expr): boolean {
    return e.kind === 'path' || e.kind === 'field' || e.kind === 'index' || (e.kind === 'unary' && e.op === 'deref') || (e.kind === 'paren' && this.isPlace(e.expr));
  }

  /** Converts a value of type `from` to the representation of `to` at a coercion site. */
  coerce(v: string, from: Ty, to: Ty): string {
    // Unsizing to a trait object: `&T` → `&dyn Tr`, `Box<T>` → `Box<dyn Tr>` (a vtable beside the value).
    if (from.k === 'ref' && to.k === 'ref' && to.ty.k === 'dyn' && from.ty.k !== 'dyn') return this.toDyn(v, from.ty, to.ty);
    if (this.isStdAdt(from, 'Box') && this.isStdAdt(to, 'Box')) {
      const f = (from as Ty & { k: 'adt' }).args[0] as Ty;
      const t = (to as Ty & { k: 'adt' }).args[0] as Ty;
      if (t.k === 'dyn' && f.k !== 'dyn') return `{ b: ${this.toDyn(`${v}.b`, f, t)} }`;
    }
    if (from.k === 'ref' && to.k === 'ref') {
      const f = from.ty;
      const t = to.ty;
      if (from.mut && !to.mut && this.isScalar(f)) return `${v}.v`;
      if (this.isStdAdt(f, 'String') && t.k === 'str') return `${v}.s`;
      if (f.k === 'ref' && !(t.k === 'ref')) return this.coerce(this.derefCell(v, from), f, to);
      if (this.isStdAdt(f, 'Box') && !this.isStdAdt(t, 'Box')) {
        // `&mut Box<T>` is a cell (a Box is a scalar value): its value, then the box's content.
        const box = from.mut ? `${v}.v` : v;
        return this.coerce(`${box}.b`, { k: 'ref', region: to.region, mut: to.mut, ty: (f as Ty & { k: 'adt' }).args[0] as Ty }, to);
      }
    }
    return v;
  }

  /** `{ vt, v }`: the value with the methods of `dyn Tr` for its concrete type. */
  private toDyn(v: string, concrete: Ty, dyn: Ty & { k: 'dyn' }): string {
    const span = this.defs[dyn.trait]!.span;
    const entries: string[] = [];
    // The principal trait's methods, then those of its user supertraits (`trait Shape: Describe`).
    const traits = [dyn.trait];
    for (let i = 0; i < traits.length; i++) {
      const tr = traits[i]!;
      for (const m of (this.cx.ctx.sigs.assocItems.get(tr) ?? []).filter((a) => a.kind === 'fn' && a.hasSelf)) {
        const inst = this.resolveTraitItem(m.def, tr === dyn.trait ? [concrete, ...dyn.args.slice(1)] : [concrete], span);
        entries.push(`${m.name}: ${this.useInstance(inst)}`);
      }
      for (const p of this.cx.ctx.sigs.predicates[tr] ?? []) {
        const s0 = p.args[0];
        if (p.kind === 'trait' && s0 && isTy(s0) && s0.k === 'param' && s0.index === 0 && !traits.includes(p.trait) && !this.defs[p.trait]!.isStd) traits.push(p.trait);
      }
    }
    return `{ vt: { ${entries.join(', ')} }, v: ${v} }`;
  }

  expr(e: A.Expr): string {
    const s = sx(e);
    if (s.kind === 'formatArgs') return this.formatArgs(s);
    switch (e.kind) {
      case 'lit':
        return this.lit(e);
      case 'paren':
        return this.expr(e.expr);
      case 'path':
        return this.pathExpr(e);
      case 'block':
        if (e.label) return this.loopLike(e.id, e.label, () => this.block(e.block), true);
        return this.blockValue(e.block, this.ty(e.id));
      case 'binary':
        return this.binary(e);
      case 'unary':
        return this.unary(e);
      case 'assign':
        this.assign(e.lhs, this.coerce(this.valueExpr(e.rhs), this.ty(e.rhs.id), this.ty(e.lhs.id)));
        return 'undefined';
      case 'assignOp':
        return this.assignOp(e);
      case 'if':
        return this.ifExpr(e);
      case 'while':
        return this.whileExpr(e);
      case 'loop':
        return this.loopLike(e.id, e.label, () => {
          this.emit(`${this.takeLabel()}for (;;) {`);
          this.block(e.body);
          this.emit('}');
          return null;
        });
      case 'forLoop':
        return this.forLoop(e);
      case 'match':
        return this.match(e);
      case 'break':
        return this.breakExpr(e);
      case 'continue': {
        const target = this.loopTarget(e.label);
        this.emit(`continue L${target.id};`);
        return 'undefined';
      }
      case 'ret': {
        const v = e.expr ? this.coerce(this.valueExpr(e.expr), this.ty(e.expr.id), this.retTy()) : null;
        this.emit(v === null ? 'return;' : `return ${v};`);
        return 'undefined';
      }
      case 'call':
        return this.call(e);
      case 'methodCall':
        return this.methodCall(e);
      case 'tuple':
        return e.elems.length === 0 ? 'undefined' : `[${e.elems.map((x) => this.valueExpr(x)).join(', ')}]`;
      case 'array': {
        // Elements coerce to the array's element type (`[Box::new(A), Box::new(B)]` as `[Box<dyn T>; 2]`).
        const at = this.ty(e.id);
        const el = at.k === 'array' ? at.ty : null;
        return `[${e.elems.map((x) => (el ? this.coerce(this.valueExpr(x), this.ty(x.id), el) : this.valueExpr(x))).join(', ')}]`;
      }
      case 'repeat': {
        const n = this.constUsize(e.count.value);
        return `Array.from({ length: ${n} }, () => $rt.clone(${this.valueExpr(e.expr)}))`;
      }
      case 'field': {
        const bt = this.ty(e.expr.id);
        let base = this.derefCell(this.expr(e.expr), bt);
        let u = this.peelRefs(bt);
        while (this.isStdAdt(u, 'Box')) {
          base = `${base}.b`;
          u = (u as Ty & { k: 'adt' }).args[0] as Ty;
        }
        return `${base}${this.fieldAccess(e.ident.name)}`;
      }
      case 'index':
        return this.index(e);
      case 'struct':
        return this.structExpr(e);
      case 'addrOf':
        return this.addrOf(e);
      case 'cast':
        return this.cast(e);
      case 'closure':
        return this.closure(e);
      case 'range': {
        const t = this.ty(e.id);
        const start = e.start ? this.valueExpr(e.start) : 'null';
        const end = e.end ? this.valueExpr(e.end) : 'null';
        void t;
        return `$rt.range(${start}, ${end}, ${e.limits === 'closed'})`;
      }
      case 'try':
        return this.tryExpr(e);
      case 'let':
        return this.unsupported(e.span, '`let` in this position');
      default:
        return this.unsupported(e.span, `this expression (\`${e.kind}\`)`);
    }
  }

  /** `x?` on Option (None = 0) and Result (Err = 1): return the residual, else the value. */
  private tryExpr(e: A.Expr & { kind: 'try' }): string {
    const t = this.peelRefs(this.ty(e.expr.id));
    const v = this.fresh();
    this.emit(`const ${v} = ${this.expr(e.expr)};`);
    if (this.isStdAdt(t, 'Option')) this.emit(`if (${v}.$ === 0) return ${v};`);
    else if (this.isStdAdt(t, 'Result')) {
      // The error converts through the user's `From` impl when the function's error type differs.
      const ret = this.retTy();
      const from = (t as Ty & { k: 'adt' }).args[1] as Ty;
      const to = this.isStdAdt(ret, 'Result') ? ((ret as Ty & { k: 'adt' }).args[1] as Ty) : from;
      const conv = JSON.stringify(to) !== JSON.stringify(from) ? this.userImplMethod('From', 'from', [to, from]) : null;
      this.emit(`if (${v}.$ === 1) return $rt.Err(${conv ? `${this.useInstance(conv)}(${v}[0])` : `${v}[0]`});`);
    } else return this.unsupported(e.span, '`?` on this type');
    return `${v}[0]`;
  }

  private retTy(): Ty {
    const sig = this.cx.ctx.sigs.fnSigs[this.inst.def];
    return sig ? subst(sig.output, this.inst.args) : { k: 'error' };
  }

  private constUsize(e: A.Expr): string {
    if (e.kind === 'lit' && e.lit.kind === 'integer') return String(parseIntLit(e.lit.symbol));
    return `Number(${this.expr(e)})`;
  }

  private lit(e: A.Expr & { kind: 'lit' }): string {
    const l = e.lit;
    const t = this.ty(e.id);
    switch (l.kind) {
      case 'bool':
        return l.symbol;
      case 'integer': {
        const v = parseIntLit(l.symbol);
        if (t.k === 'float') return `${v}`;
        return this.isBig(t) ? `${v}n` : `${v}`;
      }
      case 'float': {
        const x = Number(l.symbol.replace(/_/g, ''));
        return t.k === 'float' && t.t === 'f32' ? `${Math.fround(x)}` : `${x}`;
      }
      case 'char': {
        let cp = 0;
        unescapeCharOrByte(l.symbol, 'char', (_s, _e, r) => {
          if (typeof r !== 'string') cp = r.value;
        });
        return `${cp}`;
      }
      case 'byte': {
        let cp = 0;
        unescapeCharOrByte(l.symbol, 'byte', (_s, _e, r) => {
          if (typeof r !== 'string') cp = r.value;
        });
        return `${cp}`;
      }
      case 'str':
        return JSON.stringify(strLitValue(l.symbol));
      case 'strRaw':
        return JSON.stringify(l.symbol);
      case 'byteStr':
      case 'byteStrRaw':
        return JSON.stringify(l.kind === 'byteStr' ? decodeBytes(l.symbol, 'byteStr') : Array.from(Buffer.from(l.symbol)));
      default:
        return this.unsupported(e.span, `this literal`);
    }
  }

  private pathExpr(e: A.Expr & { kind: 'path' }): string {
    const r = this.cx.ctx.resolutions.get(e.id);
    if (r && r.res.kind === 'local') return this.local(r.res.id);
    const t = this.ty(e.id);
    const def = this.tr.pathDefs.get(e.id) ?? (r && r.res.kind === 'def' ? r.res.def : undefined);
    if (def === undefined) return this.unsupported(e.span, 'this path');
    const d = this.defs[def]!;
    if (d.kind === 'ctor') {
      const v = this.variantOf(def)!;
      const data = this.cx.ctx.sigs.adts[v.adt]!;
      const variant = data.variants[v.index]!;
      if (variant.ctorKind === 'const') return v.isEnum ? `{ $: ${v.index} }` : '{}';
      const n = variant.fields.length;
      const ps = Array.from({ length: n }, (_, i) => `a${i}`);
      return `((${ps.join(', ')}) => (${v.isEnum ? `{ $: ${v.index}, ${ps.map((p, i) => `${i}: ${p}`).join(', ')} }` : `[${ps.join(', ')}]`}))`;
    }
    if (d.kind === 'fn' || d.kind === 'assocFn') {
      if (t.k === 'fnDef') return this.fnValue(t.def, t.args, e.span);
    }
    if (d.kind === 'constParam') {
      // A const generic parameter: the instance's argument (instances are monomorphic).
      const a = this.inst.args[this.cx.ctx.sigs.paramIndex.get(def) ?? -1];
      if (a && a.k === 'const' && a.value !== null) return this.isBig(t) ? `${a.value}n` : `${a.value}`;
      return this.unsupported(e.span, 'this const parameter');
    }
    if (d.kind === 'const' || d.kind === 'static' || d.kind === 'assocConst') {
      if (d.isStd) return this.stdConst(d.name, def, t, e.span);
      // An associated const: of the impl the concrete self type selects (`U::TO_BASE` with
      // `U = Celsius`), or the trait's default; its generic arguments made concrete.
      const args = (this.tr.pathArgs.get(e.id) ?? []).map((a) => (isTy(a) ? this.normalize(subst(a, this.inst.args)) : a));
      const target = d.kind === 'assocConst' ? this.resolveTraitItem(def, args, e.span) : { def, args: [] };
      const node = this.defs[target.def]!.node as A.ConstItem | A.StaticItem | null;
      if (node && node.expr) {
        // Consts are inlined through an instance of no parameters.
        const sym = this.useInstance(target);
        this.constReads.push({ inst: target, span: e.span, notes: this.directArgs.has(e.id) ? 1 : (this.checkedOperands.get(e.id) ?? 2) });
        return `${sym}()`;
      }
    }
    return this.unsupported(e.span, `this path`);
  }

  private stdConst(name: string, def: DefId, t: Ty, span: Span): string {
    const parent = this.defs[def]!.parent;
    void parent;
    const u = t;
    if ((u.k === 'int' || u.k === 'uint') && (name === 'MAX' || name === 'MIN')) return `$rt.int.${u.t}.${name.toLowerCase()}`;
    if (u.k === 'float') {
      const m: Record<string, string> = { MAX: 'Number.MAX_VALUE', MIN: '-Number.MAX_VALUE', INFINITY: 'Infinity', NEG_INFINITY: '-Infinity', NAN: 'NaN', EPSILON: 'Number.EPSILON', MIN_POSITIVE: '2.2250738585072014e-308' };
      if (u.t === 'f32') Object.assign(m, { MAX: '3.4028234663852886e38', MIN: '-3.4028234663852886e38', EPSILON: '1.1920928955078125e-7', MIN_POSITIVE: '1.1754943508222875e-38' });
      if (m[name]) return m[name]!;
      if (name === 'PI') return 'Math.PI';
      if (name === 'E') return 'Math.E';
    }
    return this.unsupported(span, `the std constant \`${name}\``);
  }

  /** A fn item used as a value or callee: its instance's symbol. */
  private fnValue(def: DefId, args: readonly GenericArg[], span: Span): string {
    const d = this.defs[def]!;
    if (d.isStd) {
      const known: Record<string, string> = { 'Vec::new': '(() => [])', 'String::new': "(() => new $rt.RString(''))", 'HashMap::new': '(() => new $rt.RMap(false))', 'BTreeMap::new': '(() => new $rt.RMap(true))', 'f64::max': '$rt.fmax', 'f64::min': '$rt.fmin', 'f32::max': '$rt.fmax', 'f32::min': '$rt.fmin' };
      const key = this.stdKey(def);
      if (known[key]) return known[key]!;
      return this.unsupported(span, `std function \`${key}\` as a value`);
    }
    const target = this.resolveTraitItem(def, args, span);
    return this.useInstance(target);
  }

  /** For a trait method (static dispatch): the impl's method, or the trait's default body. */
  resolveTraitItem(def: DefId, args: readonly GenericArg[], span: Span): Instance {
    const d = this.defs[def]!;
    const parent = d.parent !== null ? this.defs[d.parent]! : null;
    if (!parent || parent.kind !== 'trait') return { def, args };
    const trait = d.parent!;
    const self = args[0];
    if (!self || !isTy(self)) return this.unsupported(span, 'this trait call');
    const traitArgCount = this.cx.ctx.sigs.generics[trait]?.count ?? 1;
    for (const i of this.cx.ctx.sigs.traitImpls.get(trait) ?? []) {
      const impl = this.cx.ctx.sigs.impls[i]!;
      if (impl.def === null) continue;
      const binding: GenericArg[] = [];
      if (!matchTy(impl.selfTy, self, binding)) continue;
      const traitArgs = impl.traitRef?.args ?? [];
      let ok = true;
      for (let k = 1; k < traitArgs.length && k < traitArgCount; k++) {
        const a = traitArgs[k]!;
        const b = args[k]!;
        if (isTy(a) && b && isTy(b) && !matchTy(a, b, binding)) ok = false;
      }
      if (!ok) continue;
      const own = args.slice(traitArgCount);
      const item = impl.items.get(d.name);
      const implArgs = Array.from({ length: impl.generics?.count ?? 0 }, (_, k) => binding[k] ?? ({ k: 'tuple', elems: [] } as Ty));
      if (item !== undefined) {
        if (this.defs[item]!.isStd || impl.isStd) return this.unsupported(span, `std trait impl \`${this.stdKey(def)}\``);
        return { def: item, args: [...implArgs, ...own] };
      }
      if (impl.deriveSpan !== null || impl.isStd) return this.unsupported(span, `std trait impl \`${this.stdKey(def)}\``);
      return { def, args };
    }
    return this.unsupported(span, `trait method \`${this.stdKey(def)}\` on \`${this.show(self)}\``);
  }

  /** `Vec::push`, `Option::unwrap`, `io::_print`: how the runtime knows a std item. */
  stdKey(def: DefId): string {
    const d = this.defs[def]!;
    const p = d.parent !== null ? this.defs[d.parent]! : null;
    if (!p) return d.name;
    if (p.kind === 'impl') {
      const impl = this.cx.ctx.sigs.impls[this.cx.ctx.sigs.implOfDef.get(d.parent!) ?? -1];
      const self = impl ? impl.selfTy : null;
      const name = !self ? '?' : self.k === 'adt' ? this.defs[self.def]!.name : self.k === 'int' || self.k === 'uint' || self.k === 'float' ? self.t : self.k;
      const tr = impl?.traitRef ? `${this.defs[impl.traitRef.trait]!.name}` : null;
      return tr ? `${name} as ${tr}::${d.name}` : `${name}::${d.name}`;
    }
    return `${p.name}::${d.name}`;
  }

  private blockValue(b: A.Block, t: Ty): string {
    const unit = t.k === 'tuple' && t.elems.length === 0;
    const never = t.k === 'never';
    if (unit || never) {
      this.emit('{');
      this.block(b);
      this.emit('}');
      return 'undefined';
    }
    const r = this.fresh();
    this.emit(`let ${r};`);
    this.emit('{');
    const v = this.block(b);
    if (v !== null) this.emit(`${r} = ${v};`);
    this.emit('}');
    return r;
  }

  private binary(e: A.Expr & { kind: 'binary' }): string {
    const op = e.op.kind;
    if (op === 'and' || op === 'or') {
      const r = this.fresh();
      const l = this.expr(e.lhs);
      this.emit(`let ${r} = ${l};`);
      this.emit(op === 'and' ? `if (${r}) {` : `if (!${r}) {`);
      const rv = this.expr(e.rhs);
      this.emit(`${r} = ${rv};`);
      this.emit('}');
      return r;
    }
    const lt = this.ty(e.lhs.id);
    const rt = this.ty(e.rhs.id);
    if (this.cx.overflowChecks && (op === 'add' || op === 'sub' || op === 'mul')) {
      if (e.lhs.kind === 'path') this.checkedOperands.set(e.lhs.id, 4);
      if (e.rhs.kind === 'path') this.checkedOperands.set(e.rhs.id, 3);
    }
    const l = this.derefCell(this.expr(e.lhs), lt);
    const r = this.derefCell(this.expr(e.rhs), rt);
    const lu = this.peelRefs(lt);
    const user = this.userOperator(op, lt, rt, l, r, e.span);
    if (user !== null) return user;
    if (['eq', 'ne', 'lt', 'le', 'gt', 'ge'].includes(op)) {
      const js = { eq: '===', ne: '!==', lt: '<', le: '<=', gt: '>', ge: '>=' }[op as 'eq']!;
      if (lu.k === 'int' || lu.k === 'uint' || lu.k === 'float' || lu.k === 'char' || lu.k === 'bool') return `(${l} ${js} ${r})`;
      if (op === 'eq') return `$rt.eq(${this.strish(l, lu)}, ${this.strish(r, this.peelRefs(rt))})`;
      if (op === 'ne') return `!$rt.eq(${this.strish(l, lu)}, ${this.strish(r, this.peelRefs(rt))})`;
      return `($rt.cmp(${l}, ${r}) ${js} 0)`;
    }
    if (this.isStdAdt(lu, 'String') && op === 'add') return `new $rt.RString(${l}.s + ${this.strOf(r, this.peelRefs(rt))})`;
    return this.arith(op, l, r, lu, e.span, this.peelRefs(rt));
  }

  /** An operator on a user type with a user impl (`impl Add for P`, a hand-written `PartialEq`). */
  private userOperator(op: A.BinOpKind, ltRaw: Ty, rtRaw: Ty, l: string, r: string, span: Span): string | null {
    const lt = this.peelRefs(ltRaw);
    if (lt.k !== 'adt' || this.defs[lt.def]!.isStd) return null;
    const table: Partial<Record<A.BinOpKind, [string, string]>> = {
      add: ['Add', 'add'], sub: ['Sub', 'sub'], mul: ['Mul', 'mul'], div: ['Div', 'div'], rem: ['Rem', 'rem'],
      bitAnd: ['BitAnd', 'bitand'], bitOr: ['BitOr', 'bitor'], bitXor: ['BitXor', 'bitxor'], shl: ['Shl', 'shl'], shr: ['Shr', 'shr'],
      eq: ['PartialEq', 'eq'], ne: ['PartialEq', 'eq'], lt: ['PartialOrd', 'partial_cmp'], le: ['PartialOrd', 'partial_cmp'], gt: ['PartialOrd', 'partial_cmp'], ge: ['PartialOrd', 'partial_cmp'],
    };
    const entry = table[op];
    if (!entry) return null;
    // `impl Mul for &M` (operands by reference) or `impl Mul for M`.
    const inst = this.userImplMethod(entry[0], entry[1], [ltRaw, rtRaw]) ?? this.userImplMethod(entry[0], entry[1], [lt, this.peelRefs(rtRaw)]);
    if (inst === null) return null;
    const sym = this.useInstance(inst);
    const call = this.callResult(`${sym}(${l}, ${r})`, entry[1] === 'eq' ? { k: 'bool' } : { k: 'adt', def: lt.def, args: [] });
    void span;
    if (op === 'eq') return call;
    if (op === 'ne') return `!${call}`;
    if (entry[1] === 'partial_cmp') {
      const want = { lt: '=== 0', le: '!== 2', gt: '=== 2', ge: '!== 0' }[op as 'lt'];
      return `(${call}.$ === 1 && ${call}[0].$ ${want})`;
    }
    return call;
  }

  /** Whether `method` of a std trait (`Ord::cmp`) has a hand-written impl for the user type `self`. */
  private hasUserImplOf(method: DefId, self: Ty): boolean {
    const d = this.defs[method]!;
    const parent = d.parent !== null ? this.defs[d.parent]! : null;
    if (!parent || parent.kind !== 'trait' || self.k !== 'adt' || this.defs[self.def]!.isStd) return false;
    return this.userImplMethod(parent.name, d.name, [self]) !== null;
  }

  /** A JS comparator `(a, b) => -1 | 0 | 1` for values of `t`: the user's `Ord`/`PartialOrd` impl, else structural. */
  private cmpFnOf(t: Ty): string {
    if (this.isStdAdt(t, 'Reverse')) return `((a, b) => ${this.cmpFnOf((t as Ty & { k: 'adt' }).args[0] as Ty)}(b[0], a[0]))`;
    const ord = this.userImplMethod('Ord', 'cmp', [t, t]);
    if (ord !== null) return `((a, b) => ${this.useInstance(ord)}(a, b).$ - 1)`;
    const pord = this.userImplMethod('PartialOrd', 'partial_cmp', [t, t]);
    if (pord !== null) return `((a, b) => ${this.useInstance(pord)}(a, b)[0].$ - 1)`;
    return '$rt.cmp';
  }

  /** The user's impl method `Trait::method` for these trait args, or null (derived or std impl, or none). */
  private userImplMethod(traitName: string, method: string, args: readonly Ty[]): Instance | null {
    const tr = this.traitByName(traitName);
    if (tr === null) return null;
    const item = (this.cx.ctx.sigs.assocItems.get(tr) ?? []).find((a) => a.name === method);
    if (!item) return null;
    for (const i of this.cx.ctx.sigs.traitImpls.get(tr) ?? []) {
      const impl = this.cx.ctx.sigs.impls[i]!;
      if (impl.def === null || impl.isStd || impl.deriveSpan !== null) continue;
      const binding: GenericArg[] = [];
      if (!matchTy(impl.selfTy, args[0]!, binding)) continue;
      const rhs = impl.traitRef?.args[1];
      if (rhs && isTy(rhs) && args[1] && !matchTy(rhs, args[1], binding)) continue;
      const def = impl.items.get(method);
      if (def === undefined) return null;
      return { def, args: Array.from({ length: impl.generics?.count ?? 0 }, (_, k) => binding[k] ?? ({ k: 'tuple', elems: [] } as Ty)) };
    }
    return null;
  }

  private strish(v: string, t: Ty): string {
    return this.isStdAdt(t, 'String') ? `${v}.s` : v;
  }

  private arith(op: A.BinOpKind, l: string, r: string, t: Ty, span: Span, rt: Ty): string {
    if (t.k === 'float') {
      const js = { add: '+', sub: '-', mul: '*', div: '/', rem: '%' }[op as 'add'];
      if (!js) return this.unsupported(span, `\`${op}\` on floats`);
      return t.t === 'f32' ? `Math.fround(${l} ${js} ${r})` : `(${l} ${js} ${r})`;
    }
    if (t.k === 'bool') {
      const js = { bitAnd: '&&', bitOr: '||', bitXor: '!==' }[op as 'bitAnd'];
      if (!js) return this.unsupported(span, `\`${op}\` on bool`);
      return `(${l} ${js} ${r})`;
    }
    if (this.isStdAdt(t, 'String') && op === 'add') return `new $rt.RString(${l}.s + ${this.strOf(r, { k: 'str' })})`;
    const ops = this.intOps(t);
    if (!ops) return this.unsupported(span, `this operator on a non-primitive type`);
    const checked = this.cx.overflowChecks;
    const loc = this.loc(span);
    switch (op) {
      case 'add':
      case 'sub':
      case 'mul':
        return checked ? `${ops}.${op}(${l}, ${r}, ${loc})` : `${ops}.w${op}(${l}, ${r})`;
      case 'div':
      case 'rem':
        return `${ops}.${op}(${l}, ${r}, ${loc})`;
      case 'shl':
      case 'shr': {
        // Const evaluation names the shift amount with its type (`40_i32`).
        const sty = this.cx.constEval && (rt.k === 'int' || rt.k === 'uint') ? `, '${rt.t}'` : '';
        return checked ? `${ops}.${op}(${l}, ${r}, ${loc}${sty})` : `${ops}.w${op}(${l}, ${r})`;
      }
      case 'bitAnd':
        return `${ops}.and(${l}, ${r})`;
      case 'bitOr':
        return `${ops}.or(${l}, ${r})`;
      case 'bitXor':
        return `${ops}.xor(${l}, ${r})`;
      default:
        return this.unsupported(span, `this operator`);
    }
  }

  private unary(e: A.Expr & { kind: 'unary' }): string {
    const t = this.ty(e.expr.id);
    const v = this.expr(e.expr);
    if (e.op === 'deref') {
      if (t.k === 'ref') return t.mut && this.isScalar(t.ty) ? `${v}.v` : v;
      if (this.isStdAdt(t, 'Box')) return `${v}.b`;
      if (this.isStdAdt(t, 'String')) return `${v}.s`;
      return this.unsupported(e.span, 'this dereference');
    }
    const u = this.peelRefs(t);
    const rv = this.derefCell(v, t);
    if (u.k === 'adt' && !this.defs[u.def]!.isStd) {
      // `impl Neg for &M` (operand by reference) or `impl Neg for M`.
      const [tr, m] = e.op === 'not' ? ['Not', 'not'] : ['Neg', 'neg'];
      const inst = this.userImplMethod(tr, m, [t]) ?? this.userImplMethod(tr, m, [u]);
      if (inst === null) return this.unsupported(e.span, 'this operator');
      return this.callResult(`${this.useInstance(inst)}(${rv})`, this.ty(e.id));
    }
    if (e.op === 'not') {
      if (u.k === 'bool') return `!${rv}`;
      const ops = this.intOps(u);
      if (ops) return `${ops}.not(${rv})`;
      return this.unsupported(e.span, '`!` on this type');
    }
    if (u.k === 'float') return `(-${rv})`;
    const ops = this.intOps(u);
    if (!ops) return this.unsupported(e.span, 'negation of this type');
    // A negated literal is a literal (`-128i8` does not overflow).
    if (e.expr.kind === 'lit') return this.isBig(u) ? `(-${rv})` : `(-${rv})`;
    return this.cx.overflowChecks ? `${ops}.neg(${rv}, ${this.loc(e.span)})` : `${ops}.wneg(${rv})`;
  }

  /** Assigns `v` to the place `lhs`. */
  private assign(lhs: A.Expr, v: string): void {
    if (lhs.kind === 'underscore') {
      this.emit(`${v};`);
      return;
    }
    if (lhs.kind === 'unary' && lhs.op === 'deref') {
      const t = this.ty(lhs.expr.id);
      const p = this.expr(lhs.expr);
      if (t.k === 'ref' && this.isScalar(t.ty)) this.emit(`${p}.v = ${v};`);
      else if (this.isStdAdt(t, 'Box')) this.emit(`${p}.b = ${v};`);
      else if (t.k === 'ref' && this.isStdAdt(t.ty, 'String')) this.emit(`${p}.s = ${v}.s;`);
      else this.emit(`$rt.assign(${p}, ${v});`);
      return;
    }
    if (lhs.kind === 'index') {
      const [arr, i] = this.indexParts(lhs, true);
      this.emit(`${arr}[${i}] = ${v};`);
      return;
    }
    if (lhs.kind === 'tuple') {
      const tmp = this.fresh();
      this.emit(`const ${tmp} = ${v};`);
      lhs.elems.forEach((x, i) => this.assign(x, `${tmp}[${i}]`));
      return;
    }
    const p = this.expr(lhs);
    this.emit(`${p} = ${v};`);
  }

  private assignOp(e: A.Expr & { kind: 'assignOp' }): string {
    const lt = this.ty(e.lhs.id);
    const rt = this.ty(e.rhs.id);
    const r = this.derefCell(this.expr(e.rhs), rt);
    if (this.isStdAdt(lt, 'String')) {
      const p = this.expr(e.lhs);
      this.emit(`${p}.s += ${this.strOf(r, this.peelRefs(rt))};`);
      return 'undefined';
    }
    const lu = this.peelRefs(lt);
    if (lu.k === 'adt' && !this.defs[lu.def]!.isStd) {
      const names: Partial<Record<A.BinOpKind, string>> = { add: 'Add', sub: 'Sub', mul: 'Mul', div: 'Div', rem: 'Rem' };
      const n = names[e.op.kind];
      const inst = n ? this.userImplMethod(`${n}Assign`, `${e.op.kind}_assign`, [lu, this.peelRefs(rt)]) : null;
      if (inst === null) return this.unsupported(e.span, 'this compound assignment');
      this.emit(`${this.useInstance(inst)}(${this.derefCell(this.expr(e.lhs), lt)}, ${r});`);
      return 'undefined';
    }
    let place: string;
    if (e.lhs.kind === 'index') {
      const [arr, i] = this.indexParts(e.lhs, true);
      const ti = this.fresh();
      this.emit(`const ${ti} = ${i};`);
      place = `${arr}[${ti}]`;
    } else if (e.lhs.kind === 'unary' && e.lhs.op === 'deref') {
      const t = this.ty(e.lhs.expr.id);
      const p = this.expr(e.lhs.expr);
      place = t.k === 'ref' && this.isScalar(t.ty) ? `${p}.v` : this.isStdAdt(t, 'Box') ? `${p}.b` : p;
    } else place = this.expr(e.lhs);
    this.emit(`${place} = ${this.arith(e.op.kind, place, r, this.peelRefs(lt), e.span, this.peelRefs(this.ty(e.rhs.id)))};`);
    return 'undefined';
  }

  private cond(e: A.Expr): string {
    return this.expr(e);
  }

  private ifExpr(e: A.Expr & { kind: 'if' }): string {
    const t = this.ty(e.id);
    const hasValue = !(t.k === 'tuple' && t.elems.length === 0) && t.k !== 'never';
    const r = hasValue ? this.fresh() : null;
    if (r) this.emit(`let ${r};`);
    this.ifChain(e, r);
    return r ?? 'undefined';
  }

  private ifChain(e: A.Expr & { kind: 'if' }, r: string | null): void {
    if (e.cond.kind === 'let') {
      const st = this.ty(e.cond.expr.id);
      const tmp = this.fresh();
      this.emit(`const ${tmp} = ${this.expr(e.cond.expr)};`);
      this.emit(`if (${this.patCond(e.cond.pat, tmp, st)}) {`);
      this.bindPat(e.cond.pat, tmp, st);
    } else {
      const c = this.cond(e.cond);
      this.emit(`if (${c}) {`);
    }
    const v = this.block(e.then);
    if (r && v !== null) this.emit(`${r} = ${v};`);
    this.emit('}');
    if (e.els) {
      this.emit('else {');
      if (e.els.kind === 'if') this.ifChain(e.els, r);
      else {
        const v2 = e.els.kind === 'block' && !e.els.label ? this.block(e.els.block) : this.expr(e.els);
        if (r && v2 !== null) this.emit(`${r} = ${v2};`);
      }
      this.emit('}');
    }
  }

  private loopLike(id: NodeId, label: A.Label | null, body: () => string | null, isBlock = false): string {
    const t = this.ty(id);
    const hasValue = !(t.k === 'tuple' && t.elems.length === 0) && t.k !== 'never';
    const r = hasValue ? this.fresh() : null;
    if (r) this.emit(`let ${r};`);
    this.loopLabels.push({ id, label: label ? label.ident.name : null, result: r });
    if (isBlock) {
      this.blockLabels.add(id);
      this.emit(`L${id}: {`);
    } else this.pendingLabel = `L${id}: `;
    const v = body();
    if (isBlock && r && v !== null) this.emit(`${r} = ${v};`);
    if (isBlock) this.emit('}');
    this.loopLabels.pop();
    return r ?? 'undefined';
  }

  private loopTarget(label: A.Label | null): { id: number; result: string | null } {
    for (let i = this.loopLabels.length - 1; i >= 0; i--) {
      const l = this.loopLabels[i]!;
      if (label === null ? true : l.label === label.ident.name) {
        if (label === null && l.label !== null && this.isBlockLabel(l.id)) continue;
        return l;
      }
    }
    throw new Error('[backend] break outside a loop');
  }

  private blockLabels = new Set<number>();
  private orBindingTys = new Map<string, Ty>();
  private pendingLabel = '';
  /** The label of the loop being lowered, put right before its `for` (after hoisted code). */
  private takeLabel(): string {
    const l = this.pendingLabel;
    this.pendingLabel = '';
    return l;
  }
  private isBlockLabel(id: number): boolean {
    return this.blockLabels.has(id);
  }

  private breakExpr(e: A.Expr & { kind: 'break' }): string {
    const target = this.loopTarget(e.label);
    if (e.expr && target.result) this.emit(`${target.result} = ${this.valueExpr(e.expr)};`);
    this.emit(`break L${target.id};`);
    return 'undefined';
  }

  private whileExpr(e: A.Expr & { kind: 'while' }): string {
    return this.loopLike(e.id, e.label, () => {
      this.emit(`${this.takeLabel()}for (;;) {`);
      if (e.cond.kind === 'let') {
        const st = this.ty(e.cond.expr.id);
        const tmp = this.fresh();
        this.emit(`const ${tmp} = ${this.expr(e.cond.expr)};`);
        this.emit(`if (!(${this.patCond(e.cond.pat, tmp, st)})) break;`);
        this.bindPat(e.cond.pat, tmp, st);
      } else {
        const c = this.cond(e.cond);
        this.emit(`if (!(${c})) break;`);
      }
      this.block(e.body);
      this.emit('}');
      return null;
    });
  }

  private forLoop(e: A.Expr & { kind: 'forLoop' }): string {
    const it = e.iter;
    const itTy = this.ty(it.id);
    return this.loopLike(e.id, e.label, () => {
      const elemTy = this.ty(e.pat.id);
      // `for i in a..b` over integers: a counting loop.
      if (it.kind === 'range' && it.start && it.end && this.intOps(this.ty(it.start.id))) {
        const s = this.valueExpr(it.start);
        const end = this.fresh();
        this.emit(`const ${end} = ${this.valueExpr(it.end)};`);
        const i = this.fresh();
        const one = this.isBig(this.ty(it.start.id)) ? '1n' : '1';
        const lab = this.takeLabel();
        if (it.limits === 'halfOpen') this.emit(`${lab}for (let ${i} = ${s}; ${i} < ${end}; ${i} += ${one}) {`);
        else this.emit(`${lab}for (let ${i} = ${s}, ${i}d = ${i} > ${end}; !${i}d; ${i}d = ${i} === ${end}, ${i} = ${i}d ? ${i} : ${i} + ${one}) {`);
        this.bindPat(e.pat, i, elemTy);
      } else {
        const src = this.iterOf(this.expr(it), itTy);
        const v = this.fresh();
        this.emit(`${this.takeLabel()}for (const ${v} of ${src}) {`);
        this.bindPat(e.pat, v, elemTy);
      }
      this.block(e.body);
      this.emit('}');
      return null;
    });
  }

  /** A JS iterable over what `IntoIterator` gives for a value of type `t`. */
  private iterOf(v: string, t: Ty): string {
    const u = this.peelRefs(t);
    if (this.isStdAdt(u, 'HashSet') || this.isStdAdt(u, 'BTreeSet')) return `${v}.entries().map((e) => e[0])`;
    if (this.isStdAdt(u, 'HashMap') || this.isStdAdt(u, 'BTreeMap')) {
      const vty = (u as Ty & { k: 'adt' }).args[1] as Ty;
      if (t.k === 'ref' && t.mut && this.isScalar(vty)) return `${v}.entries().map((e) => [e[0], { get v() { return e[1]; }, set v(x) { e[1] = x; } }])`;
      return `${v}.entries().map((e) => [e[0], e[1]])`;
    }
    if (this.isStdAdt(u, 'BinaryHeap')) return `${v}.a`;
    if (this.isStdAdt(u, 'Vec') || this.isStdAdt(u, 'VecDeque') || u.k === 'array' || u.k === 'slice') {
      // By-value iteration of a Vec and iteration by reference give the same JS values (a
      // VecDeque is a JS array too).
      const el = u.k === 'adt' ? (u.args[0] as Ty) : (u as Ty & { k: 'slice' }).ty;
      if (t.k === 'ref' && t.mut && this.isScalar(el)) return `${v}.map((_, i, a) => ({ get v() { return a[i]; }, set v(x) { a[i] = x; } }))`;
      return v;
    }
    return `$rt.iter(${v})`;
  }

  private match(e: A.Expr & { kind: 'match' }): string {
    const t = this.ty(e.id);
    const hasValue = !(t.k === 'tuple' && t.elems.length === 0) && t.k !== 'never';
    const r = hasValue ? this.fresh() : null;
    if (r) this.emit(`let ${r};`);
    const st = this.ty(e.scrutinee.id);
    const s = this.fresh();
    this.emit(`const ${s} = ${this.expr(e.scrutinee)};`);
    const label = `M${e.id}`;
    if (this.switchMatch(e, s, st, r, t, label)) return r ?? 'undefined';
    this.emit(`${label}: {`);
    for (const arm of e.arms) {
      const c = this.patCond(arm.pat, s, st);
      this.emit(`if (${c}) {`);
      this.bindPat(arm.pat, s, st);
      if (arm.guard) {
        const g = this.expr(arm.guard);
        this.emit(`if (${g}) {`);
      }
      if (arm.body) {
        const v = arm.body.kind === 'block' && !arm.body.label ? this.block(arm.body.block) : this.valueExpr(arm.body);
        const bt = this.ty(arm.body.id);
        if (r && v !== null && bt.k !== 'never') this.emit(`${r} = ${this.coerce(v, bt, t)};`);
      }
      this.emit(`break ${label};`);
      if (arm.guard) this.emit('}');
      this.emit('}');
    }
    this.emit('}');
    return r ?? 'undefined';
  }

  /**
   * A match whose arms are literals (or variants whose fields always match) becomes a JS `switch`,
   * which engines compile to a jump table; a chain of `if`s is linear in the number of arms.
   */
  private switchMatch(e: A.Expr & { kind: 'match' }, s: string, st: Ty, r: string | null, t: Ty, label: string): boolean {
    const u = this.peelRefs(st);
    const isEnum = u.k === 'adt' && this.cx.ctx.sigs.adts[u.def]?.kind === 'enum';
    const isLit = u.k === 'int' || u.k === 'uint' || u.k === 'char' || u.k === 'bool';
    if ((!isEnum && !isLit) || e.arms.length < 4) return false;
    const keysOf = (p: A.Pat): string[] | null => {
      if (p.kind === 'or') {
        const all = p.alts.map(keysOf);
        return all.every((k) => k !== null) ? (all as string[][]).flat() : null;
      }
      if (p.kind === 'paren') return keysOf(p.pat);
      if (isLit && p.kind === 'expr' && (p.expr.kind === 'lit' || (p.expr.kind === 'unary' && p.expr.op === 'neg' && p.expr.expr.kind === 'lit'))) return [this.expr(p.expr)];
      if (!isEnum) return null;
      if (p.kind === 'path' || p.kind === 'tupleStruct' || p.kind === 'struct' || p.kind === 'ident') {
        const def = p.kind === 'ident' ? this.identCtor(p) : this.patDef(p);
        const v = this.variantOf(def);
        if (!v || !v.isEnum) return null;
        const subs = p.kind === 'tupleStruct' ? p.elems : p.kind === 'struct' ? p.fields.map((f) => f.pat) : [];
        return subs.every((x) => this.irrefutable(x)) ? [String(v.index)] : null;
      }
      return null;
    };
    const keys = e.arms.map((a) => (a.guard ? null : keysOf(a.pat)));
    const last = e.arms.length - 1;
    const lastDefault = keys[last] === null && !e.arms[last]!.guard && this.irrefutable(e.arms[last]!.pat);
    if (keys.slice(0, last).some((k) => k === null) || (keys[last] === null && !lastDefault)) return false;
    this.emit(`${label}: switch (${isEnum ? `${this.derefCell(s, st)}.$` : this.derefCell(s, st)}) {`);
    e.arms.forEach((arm, i) => {
      const k = keys[i];
      this.emit(!k ? 'default: {' : `${k.map((x) => `case ${x}:`).join(' ')} {`);
      this.bindPat(arm.pat, s, st);
      if (arm.body) {
        const v = arm.body.kind === 'block' && !arm.body.label ? this.block(arm.body.block) : this.valueExpr(arm.body);
        const bt = this.ty(arm.body.id);
        if (r && v !== null && bt.k !== 'never') this.emit(`${r} = ${this.coerce(v, bt, t)};`);
      }
      this.emit(`break ${label};`);
      this.emit('}');
    });
    this.emit('}');
    return true;
  }

  private irrefutable(p: A.Pat): boolean {
    if (p.kind === 'wild' || p.kind === 'rest') return true;
    if (p.kind === 'ident') return this.identCtor(p) === null && (p.sub === null || this.irrefutable(p.sub));
    if (p.kind === 'paren' || p.kind === 'ref') return this.irrefutable(p.pat);
    if (p.kind === 'tuple') return p.elems.every((x) => this.irrefutable(x));
    return false;
  }

  private indexParts(e: A.Expr & { kind: 'index' }, forWrite = false): [string, string] {
    const bt = this.ty(e.expr.id);
    let base = this.derefCell(this.expr(e.expr), bt);
    const u = this.peelRefs(bt);
    if (this.isStdAdt(u, 'Box')) base = `${base}.b`;
    const user = u.k === 'adt' && !this.defs[u.def]!.isStd ? this.userIndex(u, this.ty(e.index.id), forWrite) : null;
    if (user !== null) {
      // A user `Index`/`IndexMut`: `&mut Output` of a scalar is a cell (`.v`), any other
      // reference the value itself (held in a one-element array so that `[0]` reads it).
      const r = this.fresh();
      this.emit(`const ${r} = ${this.useInstance(user.inst)}(${base}, ${this.valueExpr(e.index)});`);
      return user.cell ? [r, "'v'"] : [`[${r}]`, '0'];
    }
    const i = this.expr(e.index);
    const tmp = this.fresh();
    this.emit(`const ${tmp} = ${base};`);
    // Overloaded indexing (`Vec`) reports the caller location of `Index::index`: the brackets.
    const at = this.isStdAdt(u, 'Vec') ? e.bracketSpan : e.span;
    return [tmp, `$rt.idx(${tmp}, ${i}, ${this.loc(at)})`];
  }

  /** The user's `index_mut` (for a write, when there is one) or `index` for `self[idx]`. */
  private userIndex(self: Ty, idx: Ty, forWrite: boolean): { inst: Instance; cell: boolean } | null {
    const m = forWrite ? this.userImplMethod('IndexMut', 'index_mut', [self, idx]) : null;
    const inst = m ?? this.userImplMethod('Index', 'index', [self, idx]);
    if (inst === null) return null;
    const sig = this.cx.ctx.sigs.fnSigs[inst.def];
    const out = sig ? subst(sig.output, inst.args) : ({ k: 'error' } as Ty);
    return { inst, cell: out.k === 'ref' && out.mut && this.isScalar(out.ty) };
  }

  private index(e: A.Expr & { kind: 'index' }): string {
    const it = this.ty(e.index.id);
    const mt = this.peelRefs(this.ty(e.expr.id));
    if (this.isStdAdt(mt, 'HashMap') || this.isStdAdt(mt, 'BTreeMap')) {
      const m = this.derefCell(this.expr(e.expr), this.ty(e.expr.id));
      return `${m}.index(${this.derefCell(this.expr(e.index), it)}, ${this.loc(e.span)})`;
    }
    if (this.isStdAdt(it, 'Range') || this.isStdAdt(it, 'RangeInclusive') || this.isStdAdt(it, 'RangeFrom') || this.isStdAdt(it, 'RangeTo') || this.isStdAdt(it, 'RangeFull')) {
      const bt = this.ty(e.expr.id);
      const base = this.derefCell(this.expr(e.expr), bt);
      const u = this.peelRefs(bt);
      const x = e.index.kind === 'range' ? e.index : null;
      if (!x) return this.unsupported(e.span, 'indexing with a range value');
      const lo = x.start ? this.expr(x.start) : 'null';
      let hi = x.end ? this.expr(x.end) : 'null';
      if (x.limits === 'closed' && x.end) hi = `(${hi} + 1n)`;
      if (u.k === 'str' || this.isStdAdt(u, 'String')) {
        const s = this.strOf(base, u);
        return `Buffer.from(${s}).subarray(Number(${lo === 'null' ? 0 : lo}), ${hi === 'null' ? 'undefined' : `Number(${hi})`}).toString()`;
      }
      return `$rt.sliceRange(${base}, ${lo}, ${hi}, ${this.loc(e.span)})`;
    }
    const [arr, i] = this.indexParts(e);
    return `${arr}[${i}]`;
  }

  private structExpr(e: A.Expr & { kind: 'struct' }): string {
    const r = this.cx.ctx.resolutions.get(e.id);
    let def: DefId | null = r && r.res.kind === 'def' ? r.res.def : null;
    const t = this.ty(e.id);
    if (def === null && t.k === 'adt') def = t.def;
    const variant = this.variantOf(def);
    if (!variant) return this.unsupported(e.span, 'this struct expression');
    const ftys = this.fieldTys(t, variant);
    const parts: string[] = [];
    if (variant.isEnum) parts.push(`$: ${variant.index}`);
    let base: string | null = null;
    if (e.rest.kind === 'base') {
      base = this.fresh();
      this.emit(`const ${base} = ${this.expr(e.rest.expr)};`);
    }
    const given = new Map<string, string>();
    for (const f of e.fields) {
      const i = variant.fields.indexOf(f.ident.name);
      given.set(f.ident.name, this.coerce(this.valueExpr(f.expr), this.ty(f.expr.id), ftys[i] ?? { k: 'error' }));
    }
    for (const name of variant.fields) {
      const v = given.get(name) ?? (base ? `$rt.clone(${base}${this.fieldAccess(name)})` : 'undefined');
      parts.push(`${/^\d+$/.test(name) ? name : name}: ${v}`);
    }
    return `{ ${parts.join(', ')} }`;
  }

  private addrOf(e: A.Expr & { kind: 'addrOf' }): string {
    const t = this.ty(e.expr.id);
    if (e.mutability === 'mut' && this.isScalar(t)) {
      // `&mut place` of a scalar: a cell over the place.
      if (e.expr.kind === 'path') {
        const p = this.expr(e.expr);
        return `({ get v() { return ${p}; }, set v(x) { ${p} = x; } })`;
      }
      if (e.expr.kind === 'index') {
        const [arr, i] = this.indexParts(e.expr, true);
        const k = this.fresh();
        this.emit(`const ${k} = ${i};`);
        return `({ get v() { return ${arr}[${k}]; }, set v(x) { ${arr}[${k}] = x; } })`;
      }
      if (e.expr.kind === 'field') {
        const obj = this.fresh();
        const bt = this.ty(e.expr.expr.id);
        this.emit(`const ${obj} = ${this.derefCell(this.expr(e.expr.expr), bt)};`);
        const f = this.fieldAccess(e.expr.ident.name);
        return `({ get v() { return ${obj}${f}; }, set v(x) { ${obj}${f} = x; } })`;
      }
      if (e.expr.kind === 'unary' && e.expr.op === 'deref') return this.expr(e.expr.expr);
      const tmp = this.fresh();
      this.emit(`let ${tmp} = ${this.expr(e.expr)};`);
      return `({ get v() { return ${tmp}; }, set v(x) { ${tmp} = x; } })`;
    }
    return this.expr(e.expr);
  }

  private cast(e: A.Expr & { kind: 'cast' }): string {
    const from = this.peelRefs(this.ty(e.expr.id));
    const to = this.ty(e.id);
    const v = this.derefCell(this.expr(e.expr), this.ty(e.expr.id));
    if (to.k === 'int' || to.k === 'uint') {
      if (from.k === 'float') return `$rt.int.${to.t}.fromFloat(${v})`;
      if (from.k === 'bool') return this.isBig(to) ? `(${v} ? 1n : 0n)` : `(${v} ? 1 : 0)`;
      if (from.k === 'adt') {
        const d = this.discriminants(from.def, e.span);
        const n = d === null ? `${v}.$` : `[${d.join(', ')}][${v}.$]`;
        return this.isBig(to) ? `BigInt(${n})` : `$rt.int.${to.t}.from(${n})`;
      }
      return `$rt.int.${to.t}.from(${v})`;
    }
    if (to.k === 'float') {
      const n = from.k === 'int' || from.k === 'uint' ? `Number(${v})` : v;
      return to.t === 'f32' ? `Math.fround(${n})` : n;
    }
    if (to.k === 'char') return `Number(${v})`;
    return this.unsupported(e.span, 'this cast');
  }

  /** An enum's discriminant values when some are explicit (`Dime = 10`), else null (the variant index). */
  private discriminants(def: DefId, span: Span): number[] | null {
    const node = this.defs[def]!.node as A.EnumItem | null;
    if (!node || node.kind !== 'enum' || node.variants.every((v) => v.discriminant === null)) return null;
    const out: number[] = [];
    let next = 0;
    for (const v of node.variants) {
      if (v.discriminant !== null) {
        let x = v.discriminant.value;
        let sign = 1;
        if (x.kind === 'unary' && x.op === 'neg') {
          sign = -1;
          x = x.expr;
        }
        if (x.kind !== 'lit' || x.lit.kind !== 'integer') return this.unsupported(span, 'a cast of an enum with a computed discriminant');
        next = sign * Number(parseIntLit(x.lit.symbol));
      }
      out.push(next++);
    }
    return out;
  }

  private closure(e: A.Expr & { kind: 'closure' }): string {
    const c = e.closure;
    const params: string[] = [];
    const saved = this.out;
    this.out = [];
    const savedRet = this.retVar;
    c.decl.inputs.forEach((p, i) => {
      if (p.pat.kind === 'ident' && !p.pat.sub) params.push(this.local(p.pat.id));
      else {
        params.push(`$c${i}`);
        this.bindPat(p.pat, `$c${i}`, this.ty(p.pat.id));
      }
    });
    const v = c.body.kind === 'block' && !c.body.label ? this.block(c.body.block) : this.valueExpr(c.body);
    if (v !== null) this.emit(`return ${v};`);
    const body = this.out;
    this.out = saved;
    this.retVar = savedRet;
    return `((${params.join(', ')}) => {\n${body.join('\n')}\n})`;
  }

  // -- calls ------------------------------------------------------------------------------------

  private call(e: A.Expr & { kind: 'call' }): string {
    const ft = this.ty(e.func.id);
    if (e.func.kind === 'path') {
      const r = this.cx.ctx.resolutions.get(e.func.id);
      const def = this.tr.pathDefs.get(e.func.id) ?? (r && r.res.kind === 'def' ? r.res.def : undefined);
      if (r && r.res.kind === 'selfCtor') return `[${e.args.map((a) => this.valueExpr(a)).join(', ')}]`;
      if (def !== undefined) {
        const d = this.defs[def]!;
        if (d.kind === 'ctor') {
          const v = this.variantOf(def)!;
          const t = this.ty(e.id);
          const ftys = this.fieldTys(t, v);
          const args = e.args.map((a, i) => this.coerce(this.valueExpr(a), this.ty(a.id), ftys[i] ?? { k: 'error' }));
          // `cmp::Reverse(x)`: a tuple the runtime's `cmp` orders backwards.
          if (this.isStdAdt(t, 'Reverse')) return `$rt.rev(${args[0]})`;
          return v.isEnum ? `{ $: ${v.index}${args.map((a, i) => `, ${i}: ${a}`).join('')} }` : `[${args.join(', ')}]`;
        }
        if (ft.k === 'fnDef') {
          if (d.isStd) return this.stdCall(def, ft.args, e.args, e);
          const sig = this.cx.ctx.sigs.fnSigs[def];
          const inputs = sig ? sig.inputs.map((x) => subst(x, ft.args)) : [];
          for (const a of e.args) if (a.kind === 'path') this.directArgs.add(a.id);
          const args = e.args.map((a, i) => this.coerce(this.valueExpr(a), this.ty(a.id), inputs[i] ?? { k: 'error' }));
          this.callSpan = e.span;
          const callee = this.fnValue(def, ft.args, e.func.span);
          this.callSpan = null;
          if (this.cx.constEval) this.emit(`$rt.at(${this.loc(e.span)});`);
          return this.callResult(`${callee}(${args.join(', ')})`, this.ty(e.id));
        }
      }
    }
    const f = this.derefCell(this.expr(e.func), ft);
    const args = e.args.map((a) => this.valueExpr(a));
    return this.callResult(`${f}(${args.join(', ')})`, this.ty(e.id));
  }

  /** A call's value; calls of `!` type become statements. */
  private callResult(call: string, t: Ty): string {
    if (t.k === 'never' || (t.k === 'tuple' && t.elems.length === 0)) {
      this.emit(`${call};`);
      return 'undefined';
    }
    const tmp = this.fresh();
    this.emit(`const ${tmp} = ${call};`);
    return tmp;
  }

  private methodCall(e: A.Expr & { kind: 'methodCall' }): string {
    const m = this.tr.methods.get(e.id);
    if (!m) return this.unsupported(e.span, 'this method call');
    const args = m.args.map((a) => (isTy(a) ? subst(a, this.inst.args) : a));
    const d = this.defs[m.def]!;
    const rt = this.ty(e.receiver.id);
    // A method of a trait object: through its vtable.
    let base = this.peelRefs(rt);
    let boxes = 0;
    while (this.isStdAdt(base, 'Box')) {
      boxes++;
      base = this.peelRefs((base as Ty & { k: 'adt' }).args[0] as Ty);
    }
    if (base.k === 'dyn' && !d.isStd) {
      const obj = this.derefCell(this.expr(e.receiver), rt) + '.b'.repeat(boxes);
      const o = this.fresh();
      this.emit(`const ${o} = ${obj};`);
      const rest = e.args.map((a) => this.valueExpr(a));
      return this.callResult(`${o}.vt.${e.seg.ident.name}(${[`${o}.v`, ...rest].join(', ')})`, this.ty(e.id));
    }
    if (d.isStd && !this.hasUserImplOf(m.def, base)) return this.stdMethod(m.def, args, e, rt);
    const target = this.resolveTraitItem(m.def, args, e.seg.ident.span);
    this.callSpan = e.span;
    const sym = this.useInstance(target);
    for (const a of e.args) if (a.kind === 'path') this.directArgs.add(a.id);
    const sig = this.cx.ctx.sigs.fnSigs[target.def];
    const inputs = sig ? sig.inputs.map((x) => subst(x, target.args)) : [];
    const selfTy = inputs[0] ?? { k: 'error' };
    const recv = this.adjustReceiver(this.expr(e.receiver), rt, selfTy);
    const rest = e.args.map((a, i) => this.coerce(this.valueExpr(a), this.ty(a.id), inputs[i + 1] ?? { k: 'error' }));
    if (this.cx.constEval) this.emit(`$rt.at(${this.loc(e.span)});`);
    return this.callResult(`${sym}(${[recv, ...rest].join(', ')})`, this.ty(e.id));
  }

  /** Autoref/autoderef of a receiver from its type to the method's `self` type. */
  private adjustReceiver(v: string, from: Ty, to: Ty): string {
    // Peel the receiver down to the value, then take what `self` wants.
    let val = v;
    let t = from;
    while (t.k === 'ref' || this.isStdAdt(t, 'Box')) {
      if (t.k === 'ref') {
        if (to.k === 'ref' && tyShapeEq(t, to)) return val;
        if (t.mut && this.isScalar(t.ty)) val = `${val}.v`;
        t = t.ty;
      } else {
        if (tyShapeEq(t, to)) return val;
        val = `${val}.b`;
        t = (t as Ty & { k: 'adt' }).args[0] as Ty;
      }
    }
    if (to.k === 'ref' && to.mut && this.isScalar(to.ty)) {
      if (v === val && /^[A-Za-z_$][\w$]*$/.test(v)) return `({ get v() { return ${v}; }, set v(x) { ${v} = x; } })`;
    }
    if (to.k !== 'ref' && this.needsCopy(t)) return `$rt.clone(${val})`;
    return val;
  }

  /** A `&str` view of a value of type `t` (str, String or a reference to either). */
  strOf(v: string, t: Ty): string {
    const u = this.peelRefs(t);
    if (this.isStdAdt(u, 'String')) return `${this.derefCell(v, t)}.s`;
    if (u.k === 'char') return `String.fromCodePoint(${v})`;
    return this.derefCell(v, t);
  }

  // -- std calls ----------------------------------------------------------------------------------

  private stdCall(def: DefId, args: readonly GenericArg[], exprs: readonly A.Expr[], e: A.Expr & { kind: 'call' }): string {
    const key = this.stdKey(def);
    const vals = () => exprs.map((a) => this.valueExpr(a));
    const t = this.ty(e.id);
    switch (key) {
      case 'io::_print':
        this.emit(`$rt.print(${this.expr(exprs[0]!)});`);
        return 'undefined';
      case 'io::_eprint':
        this.emit(`$rt.eprint(${this.expr(exprs[0]!)});`);
        return 'undefined';
      case 'fmt::format':
        return `new $rt.RString(${this.expr(exprs[0]!)})`;
      case '__export::must_use':
        return this.expr(exprs[0]!);
      case 'panicking::panic':
      case 'panicking::panic_fmt':
      case 'panicking::panic_display': {
        // `unreachable!`/`todo!`/`unimplemented!` with a message: std prefixes it.
        const mac = this.sm.expansion(e.span.ctxt)?.macroName ?? '';
        const prefix = key === 'panicking::panic_fmt' ? PANIC_PREFIXES[mac.replace(/^.*::/, '')] : undefined;
        const m = this.expr(exprs[0]!);
        this.emit(`$rt.panicAt(${prefix ? `${JSON.stringify(prefix)} + ${m}` : m}, ${this.loc(e.span)});`);
        return 'undefined';
      }
      case 'panicking::assert_failed': {
        const [kind, l, r, msg] = exprs;
        const lt = this.ty(l!.id);
        const rtt = this.ty(r!.id);
        const m = this.fresh();
        this.emit(`const ${m} = ${this.expr(msg!)};`);
        this.emit(`$rt.assertFailed(${this.expr(kind!)}.$, ${this.expr(l!)}, ${this.expr(r!)}, ${this.fmtFn(lt, 'Debug', e.span)}, ${this.fmtFn(rtt, 'Debug', e.span)}, ${m}.$ === 1 ? ${m}[0] : null, ${this.loc(e.span)});`);
        return 'undefined';
      }
      case 'process::exit':
        this.emit(`$rt.exit(${vals()[0]});`);
        return 'undefined';
      case 'env::args':
        return '$rt.args()';
      case 'env::var':
        return `$rt.envVar(${this.strOf(vals()[0]!, this.ty(exprs[0]!.id))})`;
      case 'thread::spawn':
        return `$rt.spawn(${vals()[0]})`;
      case 'thread::sleep':
        this.emit(`$rt.sleep(${vals()[0]});`);
        return 'undefined';
      case 'thread::yield_now':
        return 'undefined';
      case 'Duration::from_secs':
        return `{ secs: ${vals()[0]}, nanos: 0 }`;
      case 'Duration::from_millis':
      case 'Duration::from_micros':
      case 'Duration::from_nanos': {
        const per = { from_millis: 1000n, from_micros: 1000000n, from_nanos: 1000000000n }[key.slice(10) as 'from_millis'];
        const n = this.fresh();
        this.emit(`const ${n} = ${vals()[0]};`);
        return `{ secs: ${n} / ${per}n, nanos: Number(${n} % ${per}n) * ${1e9 / Number(per)} }`;
      }
      case 'vec::from_elem': {
        const [x, n] = vals();
        return `Array.from({ length: Number(${n}) }, () => $rt.clone(${x}))`;
      }
      case 'vec::from_array':
        return vals()[0]!;
      case 'BinaryHeap::new':
      case 'BinaryHeap::with_capacity':
        return `new $rt.Heap(${this.cmpFnOf(t.k === 'adt' ? (t.args[0] as Ty) : t)})`;
      case 'Vec::new':
      case 'Vec::with_capacity':
      case 'VecDeque::new':
      case 'VecDeque::with_capacity':
        return '[]';
      case 'HashMap::new':
      case 'HashMap::with_capacity':
        return 'new $rt.RMap(false)';
      case 'BTreeMap::new':
        return 'new $rt.RMap(true)';
      case 'HashSet::new':
        return 'new $rt.RMap(false)';
      case 'BTreeSet::new':
        return 'new $rt.RMap(true)';
      case 'String::new':
      case 'String::with_capacity':
        return `new $rt.RString('')`;
      case 'String::from_utf8':
      case 'String::from_utf8_lossy': {
        // A `Cow<str>` is its text (a `&str`); an invalid `String::from_utf8` is `Err` of an opaque error.
        const b = `Uint8Array.from(${vals()[0]})`;
        if (key === 'String::from_utf8_lossy') return `new TextDecoder('utf-8').decode(${b})`;
        return `((b) => { try { return $rt.Ok(new $rt.RString(new TextDecoder('utf-8', { fatal: true }).decode(b))); } catch { return $rt.Err({}); } })(${b})`;
      }
      case 'iter::repeat': {
        const x = this.fresh();
        this.emit(`const ${x} = ${vals()[0]};`);
        return `new $rt.Iter(() => $rt.clone(${x}))`;
      }
      case 'String::from':
      case 'String as From::from':
        return `new $rt.RString(${this.strOf(vals()[0]!, this.ty(exprs[0]!.id))})`;
      case 'Box::new':
        return `{ b: ${vals()[0]} }`;
      case 'mem::swap': {
        const [a, b] = vals();
        const at = this.ty(exprs[0]!.id);
        if (at.k === 'ref' && this.isScalar(at.ty)) {
          const tmp = this.fresh();
          this.emit(`const ${tmp} = ${a}.v; ${a}.v = ${b}.v; ${b}.v = ${tmp};`);
        } else {
          const tmp = this.fresh();
          this.emit(`const ${tmp} = $rt.clone(${a}); $rt.assign(${a}, ${b}); $rt.assign(${b}, ${tmp});`);
        }
        return 'undefined';
      }
      case 'mem::replace':
      case 'mem::take': {
        const [d, v0] = vals();
        const at = this.ty(exprs[0]!.id);
        const inner = at.k === 'ref' ? at.ty : at;
        const v = key === 'mem::take' ? this.defaultOf(inner, e.span) : v0!;
        const old = this.fresh();
        if (this.isScalar(inner)) this.emit(`const ${old} = ${d}.v; ${d}.v = ${v};`);
        else this.emit(`const ${old} = $rt.clone(${d}); $rt.assign(${d}, ${v});`);
        return old;
      }
      case 'u8::from_str_radix':
      case 'u16::from_str_radix':
      case 'u32::from_str_radix':
      case 'u64::from_str_radix':
      case 'usize::from_str_radix':
      case 'i8::from_str_radix':
      case 'i16::from_str_radix':
      case 'i32::from_str_radix':
      case 'i64::from_str_radix':
      case 'isize::from_str_radix': {
        const [s, r] = vals();
        return `$rt.parseRadix(${this.strOf(s!, this.ty(exprs[0]!.id))}, Number(${r}), $rt.int.${key.split('::')[0]})`;
      }
      case 'str::from_utf8': {
        const [b] = vals();
        return `$rt.fromUtf8(${b})`;
      }
      case 'char::from_digit': {
        const [d, r] = vals();
        return `((d, r) => d < r ? $rt.Some(d.toString(r).codePointAt(0)) : $rt.None())(Number(${d}), Number(${r}))`;
      }
      case 'char::from_u32': {
        const [c] = vals();
        return `((c) => c <= 0x10ffff && (c < 0xd800 || c > 0xdfff) ? $rt.Some(c) : $rt.None())(Number(${c}))`;
      }
      case 'mem::size_of': {
        const x = args[0] && isTy(args[0]) ? args[0] : null;
        const size = x ? sizeOfPrim(x) : null;
        if (size === null) return this.unsupported(e.span, `\`size_of\` of this type`);
        return `${size}n`;
      }
      case 'cmp::max':
      case 'cmp::min': {
        const [a, b] = vals();
        return `($rt.cmp(${a}, ${b}) ${key.endsWith('max') ? '>' : '<='} 0 ? ${a} : ${b})`;
      }
    }
    if (key === 'From::from' || key === 'Default::default') {
      const target = args[0] && isTy(args[0]) ? args[0] : t;
      if (key === 'Default::default') return this.defaultOf(target, e.span);
      if (this.isStdAdt(target, 'String')) return `new $rt.RString(${this.strOf(vals()[0]!, this.ty(exprs[0]!.id))})`;
      if (target.k === 'int' || target.k === 'uint') return `$rt.int.${target.t}.from(${vals()[0]})`;
      if (target.k === 'float') return `Number(${vals()[0]})`;
    }
    void t;
    if (this.defs[def]!.kind === 'assocFn') {
      // `i32::from_str_radix`, `u64::pow` as a path, `Some(x)` style functions.
      const p = key.split('::');
      if (p.length === 2 && /^[iu](8|16|32|64|128|size)$/.test(p[0]!) && p[1] === 'from') return `$rt.int.${p[0]}.from(${vals()[0]})`;
    }
    return this.unsupported(e.span, `std function \`${key}\``);
  }

  private stdMethod(def: DefId, args: readonly GenericArg[], e: A.Expr & { kind: 'methodCall' }, rt: Ty): string {
    const key = this.stdKey(def);
    const name = this.defs[def]!.name;
    const u = this.peelRefs(rt);
    let recv = this.derefCell(this.expr(e.receiver), rt);
    let base = u;
    while (this.isStdAdt(base, 'Box')) {
      recv = `${recv}.b`;
      base = (base as Ty & { k: 'adt' }).args[0] as Ty;
    }
    const a = () => e.args.map((x) => this.valueExpr(x));
    const t = this.ty(e.id);
    const loc = this.loc(e.seg.ident.span);
    // `Clone` of a reference (`T = &str`) copies the reference.
    if ((name === 'clone' || name === 'to_owned') && t.k === 'ref') return recv;
    const argTy = (i: number) => this.ty(e.args[i]!.id);
    const res = (js: string) => this.callResult(js, t);
    void args;
    if ((name === 'as_ref' || name === 'as_mut') && this.isStdAdt(u, 'Box')) return recv;
    if (this.isStdAdt(base, 'Ordering')) {
      const o = this.fresh();
      this.emit(`const ${o} = ${recv};`);
      switch (name) {
        case 'then':
          return `(${o}.$ === 1 ? ${a()[0]} : ${o})`;
        case 'then_with':
          return `(${o}.$ === 1 ? (${a()[0]})() : ${o})`;
        case 'reverse':
          return `{ $: 2 - ${o}.$ }`;
      }
    }
    if (name === 'peek' && key.startsWith('Peekable')) return res(`${recv}.peek()`);
    if (key.startsWith('Ord::') && (name === 'max' || name === 'min' || name === 'clamp')) {
      // Provided methods of `Ord`, through the type's own `cmp` when it has one.
      const c = this.cmpFnOf(base);
      const [x, y] = a();
      if (name === 'clamp') return `((v, lo, hi, c) => c(v, lo) < 0 ? lo : c(v, hi) > 0 ? hi : v)(${recv}, ${x}, ${a()[1]}, ${c})`;
      return `((l, r, c) => c(l, r) ${name === 'max' ? '> 0 ? l : r' : '<= 0 ? l : r'})(${recv}, ${x}, ${c})`;
    }
    if (this.isStdAdt(base, 'Formatter') || key.startsWith('Formatter')) {
      switch (name) {
        case 'write_fmt':
        case 'write_str':
          this.emit(`${recv}.write(${name === 'write_str' ? this.strOf(a()[0]!, argTy(0)) : a()[0]});`);
          return '$rt.Ok(undefined)';
        case 'alternate':
          return `${recv}.alternate`;
        case 'width':
        case 'precision':
          // Option<usize>: usize is a BigInt.
          return `((n) => n === null ? $rt.None() : $rt.Some(BigInt(n)))(${recv}.${name})`;
        case 'fill':
          return `${recv}.fill.codePointAt(0)`;
        case 'pad':
          this.emit(`$rt.padStr(${recv}, ${this.strOf(a()[0]!, argTy(0))}, 'left');`);
          return '$rt.Ok(undefined)';
      }
    }
    if (name === 'write_fmt' && this.isStdAdt(base, 'String')) {
      this.emit(`${recv}.s += ${a()[0]};`);
      return '$rt.Ok(undefined)';
    }
    // Integers.
    const ops = this.intOps(base);
    if (ops && (base.k === 'int' || base.k === 'uint')) {
      switch (name) {
        case 'pow':
          return this.cx.overflowChecks ? `${ops}.pow(${recv}, ${a()[0]}, ${loc})` : `${ops}.wpow(${recv}, ${a()[0]})`;
        case 'abs':
          return `${ops}.abs(${recv}, ${loc})`;
        case 'checked_abs':
        case 'checked_neg': {
          const x = this.fresh();
          this.emit(`const ${x} = ${recv};`);
          const neg = `${ops}.checked(-${x})`;
          return name === 'checked_neg' ? (base.k === 'uint' ? `(${x} == 0 ? $rt.Some(${x}) : $rt.None())` : neg) : `(${x} < ${ops}.zero ? ${neg} : $rt.Some(${x}))`;
        }
        case 'wrapping_neg':
          return `${ops}.wneg(${recv})`;
        case 'wrapping_shl':
        case 'wrapping_shr':
          return `${ops}.w${name.slice(9)}(${recv}, ${a()[0]})`;
        case 'wrapping_div':
        case 'wrapping_rem':
          return `${ops}.w${name.slice(9)}(${recv}, ${a()[0]}, ${loc})`;
        case 'checked_rem': {
          const [d] = a();
          return `(${d} == 0 ? $rt.None() : $rt.Some(${ops}.rem(${recv}, ${d}, '')))`;
        }
        case 'signum':
          return this.isBig(base) ? `((x) => x > 0n ? 1n : x < 0n ? -1n : 0n)(${recv})` : `Math.sign(${recv})`;
        case 'rem_euclid': {
          const [d] = a();
          return `((x, m) => { const r = ${ops}.rem(x, m, ${loc}); return r < ${ops}.zero ? (m < ${ops}.zero ? r - m : r + m) : r; })(${recv}, ${d})`;
        }
        case 'is_power_of_two':
          return `((x) => x > ${ops}.zero && (x & (x - ${this.isBig(base) ? '1n' : '1'})) == 0)(${recv})`;
        case 'leading_zeros':
          return `((x) => { const s = BigInt.asUintN(${ops}.bits, BigInt(x)).toString(2); return x == 0 ? ${ops}.bits : ${ops}.bits - s.length; })(${recv})`;
        case 'trailing_zeros':
          return `((x) => { const s = BigInt.asUintN(${ops}.bits, BigInt(x)).toString(2); return x == 0 ? ${ops}.bits : s.length - 1 - s.lastIndexOf('1'); })(${recv})`;
        case 'wrapping_add':
        case 'wrapping_sub':
        case 'wrapping_mul':
          return `${ops}.w${name.slice(9)}(${recv}, ${a()[0]})`;
        case 'checked_add':
          return `${ops}.checked(${recv} + ${a()[0]})`;
        case 'checked_sub':
          return `${ops}.checked(${recv} - ${a()[0]})`;
        case 'checked_mul':
          return this.isBig(base) ? `${ops}.checked(${recv} * ${a()[0]})` : `${ops}.checked(Number(BigInt(${recv}) * BigInt(${a()[0]})))`;
        case 'checked_div': {
          const [d] = a();
          return `(${d} == 0 ? $rt.None() : $rt.Some(${ops}.div(${recv}, ${d}, '')))`;
        }
        case 'saturating_sub':
        case 'saturating_add': {
          const [b] = a();
          const raw = name === 'saturating_add' ? `${recv} + ${b}` : `${recv} - ${b}`;
          return `((x) => x > ${ops}.max ? ${ops}.max : x < ${ops}.min ? ${ops}.min : x)(${raw})`;
        }
        case 'min':
        case 'max': {
          const [b] = a();
          return `(${recv} ${name === 'min' ? '<=' : '>='} ${b} ? ${recv} : ${b})`;
        }
        case 'to_string':
          return `new $rt.RString(String(${recv}))`;
        case 'unsigned_abs':
          return `(${recv} < 0 ? -${recv} : ${recv})`;
        case 'is_ascii_alphanumeric':
        case 'is_ascii_alphabetic':
        case 'is_ascii_digit':
        case 'is_ascii_uppercase':
        case 'is_ascii_lowercase':
          return asciiClassTest(name, recv)!;
        case 'count_ones':
          return `${ops}.countOnes(${recv})`;
        case 'is_positive':
          return `(${recv} > 0)`;
        case 'is_negative':
          return `(${recv} < 0)`;
        case 'clone':
          return recv;
        case 'cmp':
          return `$rt.ordering($rt.cmp(${recv}, ${this.derefCell(a()[0]!, argTy(0))}))`;
      }
    }
    if (base.k === 'float') {
      const unary: Record<string, string> = { sqrt: 'Math.sqrt', abs: 'Math.abs', floor: 'Math.floor', ceil: 'Math.ceil', round: 'Math.round', trunc: 'Math.trunc', sin: 'Math.sin', cos: 'Math.cos', tan: 'Math.tan', exp: 'Math.exp', ln: 'Math.log' };
      if (unary[name]) {
        const v = name === 'round' ? `(Math.sign(${recv}) * Math.round(Math.abs(${recv})))` : `${unary[name]}(${recv})`;
        return base.t === 'f32' ? `Math.fround(${v})` : v;
      }
      if (name === 'powi' || name === 'powf') return base.t === 'f32' ? `Math.fround(Math.pow(${recv}, Number(${a()[0]})))` : `Math.pow(${recv}, Number(${a()[0]}))`;
      if (name === 'max' || name === 'min') return `Math.${name}(${recv}, ${a()[0]})`;
      if (name === 'to_string') return `new $rt.RString($rt.floatDigits(${recv}))`;
      if (name === 'is_nan') return `Number.isNaN(${recv})`;
      if (name === 'fract') return `(${recv} - Math.trunc(${recv}))`;
      if (name === 'to_radians') return base.t === 'f32' ? `Math.fround(${recv} * (Math.PI / 180))` : `(${recv} * (Math.PI / 180))`;
      if (name === 'to_degrees') return base.t === 'f32' ? `Math.fround(${recv} * (180 / Math.PI))` : `(${recv} * (180 / Math.PI))`;
      if (name === 'rem_euclid') {
        // std: `r = self % rhs; if r < 0 { r + rhs.abs() } else { r }`.
        const x = this.fresh();
        this.emit(`const ${x}d = ${a()[0]}, ${x} = ${recv} % ${x}d;`);
        return `(${x} < 0 ? ${x} + Math.abs(${x}d) : ${x})`;
      }
    }
    if (base.k === 'char') {
      switch (name) {
        case 'is_alphabetic':
          return `/\\p{Alphabetic}/u.test(String.fromCodePoint(${recv}))`;
        case 'is_numeric':
          return `/\\p{N}/u.test(String.fromCodePoint(${recv}))`;
        case 'is_alphanumeric':
          return `/[\\p{Alphabetic}\\p{N}]/u.test(String.fromCodePoint(${recv}))`;
        case 'is_ascii_alphabetic':
        case 'is_ascii_uppercase':
        case 'is_ascii_lowercase':
        case 'is_ascii_alphanumeric':
        case 'is_ascii_digit':
          return asciiClassTest(name, recv)!;
        case 'is_whitespace':
          return `/\\s/u.test(String.fromCodePoint(${recv}))`;
        case 'is_uppercase':
          return `/\\p{Uppercase}/u.test(String.fromCodePoint(${recv}))`;
        case 'is_lowercase':
          return `/\\p{Lowercase}/u.test(String.fromCodePoint(${recv}))`;
        case 'to_ascii_uppercase':
          return `(${recv} >= 97 && ${recv} <= 122 ? ${recv} - 32 : ${recv})`;
        case 'to_ascii_lowercase':
          return `(${recv} >= 65 && ${recv} <= 90 ? ${recv} + 32 : ${recv})`;
        case 'to_digit':
          return `((d) => d >= 0 && d < Number(${a()[0]}) ? $rt.Some(d) : $rt.None())(parseInt(String.fromCodePoint(${recv}), 36))`;
        case 'to_string':
          return `new $rt.RString(String.fromCodePoint(${recv}))`;
        case 'clone':
          return recv;
      }
    }
    if (base.k === 'str' || this.isStdAdt(base, 'String')) {
      const s = this.isStdAdt(base, 'String') ? `${recv}.s` : recv;
      switch (name) {
        case 'len':
          return `BigInt($rt.utf8len(${s}))`;
        case 'is_empty':
          return `(${s}.length === 0)`;
        case 'to_string':
        case 'to_owned':
        case 'clone':
        case 'into':
          return `new $rt.RString(${s})`;
        case 'as_str':
          return s;
        case 'push_str':
          this.emit(`${recv}.s += ${this.strOf(a()[0]!, argTy(0))};`);
          return 'undefined';
        case 'push':
          this.emit(`${recv}.s += String.fromCodePoint(${a()[0]});`);
          return 'undefined';
        case 'pop':
          return res(`((c) => { if (c.length === 0) return $rt.None(); const last = c[c.length - 1]; ${recv}.s = c.slice(0, -1).join(''); return $rt.Some(last.codePointAt(0)); })(Array.from(${recv}.s))`);
        case 'chars':
          return `$rt.iter($rt.chars(${s}))`;
        case 'bytes':
          return `$rt.iter(Array.from(Buffer.from(${s})))`;
        case 'to_uppercase':
          return `new $rt.RString(${s}.toUpperCase())`;
        case 'to_lowercase':
          return `new $rt.RString(${s}.toLowerCase())`;
        case 'trim':
          return `${s}.trim()`;
        case 'trim_end':
          return `${s}.trimEnd()`;
        case 'trim_start':
          return `${s}.trimStart()`;
        case 'trim_matches':
        case 'trim_start_matches':
        case 'trim_end_matches':
          return `$rt.trimMatches(${s}, ${a()[0]}, ${name !== 'trim_end_matches'}, ${name !== 'trim_start_matches'})`;
        case 'strip_prefix':
          return `$rt.stripPrefix(${s}, ${a()[0]})`;
        case 'strip_suffix':
          return `$rt.stripSuffix(${s}, ${a()[0]})`;
        case 'as_bytes':
          return `Array.from(Buffer.from(${s}))`;
        case 'contains':
          return `${s}.includes(${this.strOf(a()[0]!, argTy(0))})`;
        case 'starts_with':
          return `${s}.startsWith(${this.strOf(a()[0]!, argTy(0))})`;
        case 'ends_with':
          return `${s}.endsWith(${this.strOf(a()[0]!, argTy(0))})`;
        case 'repeat':
          return `new $rt.RString(${s}.repeat(Number(${a()[0]})))`;
        case 'split_whitespace':
          return `$rt.iter(${s}.split(/\\s+/).filter((x) => x.length > 0))`;
        case 'split_once':
          return `$rt.splitOnce(${s}, ${a()[0]})`;
        case 'splitn':
          return `$rt.iter($rt.splitn(${s}, ${a()[0]}, ${a()[1]}))`;
        case 'split':
          return `$rt.iter(${s}.split(${this.strOf(a()[0]!, argTy(0))}))`;
        case 'lines':
          return `$rt.iter(${s}.split('\\n').filter((x, i, arr) => i < arr.length - 1 || x.length > 0))`;
        case 'parse': {
          const target = (t as Ty & { k: 'adt' }).args?.[0] as Ty | undefined;
          if (target && (target.k === 'int' || target.k === 'uint')) return `$rt.parseInt(${s}, $rt.int.${target.t})`;
          if (target && target.k === 'float') return `$rt.parseFloat(${s}, ${target.t === 'f32'})`;
          // A user type: its `FromStr::from_str`.
          const inst = target && target.k === 'adt' && !this.defs[target.def]!.isStd ? this.userImplMethod('FromStr', 'from_str', [target]) : null;
          if (inst) return this.callResult(`${this.useInstance(inst)}(${s})`, t);
          break;
        }
        case 'to_ascii_uppercase':
          return `new $rt.RString(${s}.replace(/[a-z]+/g, (m) => m.toUpperCase()))`;
        case 'to_ascii_lowercase':
          return `new $rt.RString(${s}.replace(/[A-Z]+/g, (m) => m.toLowerCase()))`;
        case 'eq':
          return `(${s} === ${this.strOf(a()[0]!, argTy(0))})`;
        case 'cmp':
          return `$rt.ordering($rt.cmp(${s}, ${this.strOf(a()[0]!, argTy(0))}))`;
      }
    }
    if (this.isStdAdt(base, 'BinaryHeap')) {
      switch (name) {
        case 'push':
          this.emit(`${recv}.push(${a()[0]});`);
          return 'undefined';
        case 'pop':
          return res(`${recv}.pop()`);
        case 'peek':
          return res(`$rt.opt(${recv}.a[0])`);
        case 'len':
          return `BigInt(${recv}.a.length)`;
        case 'is_empty':
          return `(${recv}.a.length === 0)`;
        case 'clear':
          this.emit(`${recv}.a.length = 0;`);
          return 'undefined';
        case 'into_sorted_vec':
          return `${recv}.sorted()`;
        case 'into_iter':
          return `$rt.iter(${recv}.a)`;
      }
    }
    // A VecDeque is a JS array too (`push_back`/`pop_front`... below).
    if (this.isStdAdt(base, 'Vec') || this.isStdAdt(base, 'VecDeque') || base.k === 'slice' || base.k === 'array') {
      switch (name) {
        case 'len':
          return `BigInt(${recv}.length)`;
        case 'is_empty':
          return `(${recv}.length === 0)`;
        case 'push':
          this.emit(`${recv}.push(${base.k === 'adt' ? this.coerce(a()[0]!, argTy(0), base.args[0] as Ty) : a()[0]});`);
          return 'undefined';
        case 'pop':
          return res(`$rt.opt(${recv}.pop())`);
        case 'iter':
        case 'into_iter':
          return `$rt.iter(${recv})`;
        case 'iter_mut':
          if (!this.isScalar(base.k === 'adt' ? (base.args[0] as Ty) : (base as Ty & { k: 'slice' }).ty)) return `$rt.iter(${recv})`;
          return `$rt.iter(${recv}.map((_, i, a) => ({ get v() { return a[i]; }, set v(x) { a[i] = x; } })))`;
        case 'clone':
        case 'to_vec':
          return `$rt.clone(${recv})`;
        case 'contains':
          return `${recv}.some((x) => $rt.eq(x, ${this.derefCell(a()[0]!, argTy(0))}))`;
        case 'first':
          return `$rt.opt(${recv}[0])`;
        case 'split_first':
          return `(${recv}.length === 0 ? $rt.None() : $rt.Some([${recv}[0], ${recv}.slice(1)]))`;
        case 'last':
          return `$rt.opt(${recv}[${recv}.length - 1])`;
        case 'get':
          return `$rt.opt(${recv}[Number(${a()[0]})])`;
        case 'get_mut': {
          const el = base.k === 'adt' ? (base.args[0] as Ty) : (base as Ty & { k: 'slice' }).ty;
          const x = this.fresh();
          this.emit(`const ${x} = ${recv}, ${x}i = Number(${a()[0]});`);
          return this.isScalar(el) ? `(${x}i < ${x}.length ? $rt.Some({ get v() { return ${x}[${x}i]; }, set v(y) { ${x}[${x}i] = y; } }) : $rt.None())` : `$rt.opt(${x}[${x}i])`;
        }
        case 'insert': {
          const [i, x] = a();
          this.emit(`${recv}.splice(Number(${i}), 0, ${x});`);
          return 'undefined';
        }
        case 'remove':
          return res(`${recv}.splice(Number(${a()[0]}), 1)[0]`);
        case 'clear':
          this.emit(`${recv}.length = 0;`);
          return 'undefined';
        case 'sort':
        case 'sort_unstable':
          this.emit(`${recv}.sort(${this.cmpFnOf(base.k === 'adt' ? (base.args[0] as Ty) : (base as Ty & { k: 'slice' }).ty)});`);
          return 'undefined';
        case 'sort_by':
        case 'sort_unstable_by':
          this.emit(`{ const f = ${a()[0]}; ${recv}.sort((x, y) => f(x, y).$ - 1); }`);
          return 'undefined';
        case 'sort_by_key':
        case 'sort_unstable_by_key':
          this.emit(`{ const f = ${a()[0]}; ${recv}.sort((x, y) => $rt.cmp(f(x), f(y))); }`);
          return 'undefined';
        case 'chunks':
        case 'windows': {
          const x = this.fresh();
          this.emit(`const ${x} = ${recv}, ${x}n = Number(${a()[0]}), ${x}o = [];`);
          if (name === 'chunks') this.emit(`for (let i = 0; i < ${x}.length; i += ${x}n) ${x}o.push(${x}.slice(i, i + ${x}n));`);
          else this.emit(`for (let i = 0; i + ${x}n <= ${x}.length; i++) ${x}o.push(${x}.slice(i, i + ${x}n));`);
          return `$rt.iter(${x}o)`;
        }
        case 'reverse':
          this.emit(`${recv}.reverse();`);
          return 'undefined';
        case 'swap': {
          const [i, j] = a();
          this.emit(`{ const x = ${recv}, i = Number(${i}), j = Number(${j}); const t = x[i]; x[i] = x[j]; x[j] = t; }`);
          return 'undefined';
        }
        case 'retain':
          this.emit(`{ const x = ${recv}, f = ${a()[0]}; const kept = x.filter((v) => f(v)); x.length = 0; x.push(...kept); }`);
          return 'undefined';
        case 'dedup':
          this.emit(`{ const x = ${recv}; const kept = x.filter((v, i) => i === 0 || !$rt.eq(v, x[i - 1])); x.length = 0; x.push(...kept); }`);
          return 'undefined';
        case 'dedup_by_key': {
          // The key fn takes `&mut T`: a cell when `T` is a scalar.
          const el = base.k === 'adt' ? (base.args[0] as Ty) : (base as Ty & { k: 'slice' }).ty;
          const k = this.isScalar(el) ? '((v) => f({ v }))' : 'f';
          this.emit(`{ const x = ${recv}, f = ${a()[0]}, k = ${k}; const kept = x.filter((v, i) => i === 0 || !$rt.eq(k(v), k(x[i - 1]))); x.length = 0; x.push(...kept); }`);
          return 'undefined';
        }
        case 'drain': {
          // `drain(..)` only: every element, in order, leaving the vector empty.
          const r0 = e.args[0];
          if (r0 && r0.kind === 'range' && !r0.start && !r0.end) return `$rt.iter(${recv}.splice(0))`;
          break;
        }
        case 'push_back':
          this.emit(`${recv}.push(${a()[0]});`);
          return 'undefined';
        case 'push_front':
          this.emit(`${recv}.unshift(${a()[0]});`);
          return 'undefined';
        case 'pop_front':
          return res(`$rt.opt(${recv}.shift())`);
        case 'pop_back':
          return res(`$rt.opt(${recv}.pop())`);
        case 'front':
          return `$rt.opt(${recv}[0])`;
        case 'back':
          return `$rt.opt(${recv}[${recv}.length - 1])`;
        case 'truncate':
          this.emit(`{ const x = ${recv}, n = Number(${a()[0]}); if (n < x.length) x.length = n; }`);
          return 'undefined';
        case 'split_off':
          return res(`${recv}.splice(Number(${a()[0]}))`);
        case 'extend_from_slice':
          this.emit(`${recv}.push(...$rt.clone(${a()[0]}));`);
          return 'undefined';
        case 'extend':
          this.emit(`${recv}.push(...$rt.toArray(${a()[0]}));`);
          return 'undefined';
        case 'as_slice':
        case 'as_mut_slice':
          return recv;
        case 'join':
          return `$rt.join(${recv}, ${this.strOf(a()[0]!, argTy(0))})`;
        case 'concat':
          return `new $rt.RString(${recv}.map((x) => typeof x === 'string' ? x : x.s).join(''))`;
      }
    }
    if (this.isStdAdt(base, 'HashMap') || this.isStdAdt(base, 'BTreeMap')) {
      const vty = (base as Ty & { k: 'adt' }).args[1] as Ty;
      const kOf = (i: number) => this.derefCell(a()[i]!, argTy(i));
      switch (name) {
        case 'insert':
          return res(`${recv}.insert(${a()[0]}, ${a()[1]})`);
        case 'get':
          return res(`${recv}.get(${kOf(0)})`);
        case 'get_mut':
          return res(this.isScalar(vty) ? `${recv}.cell(${kOf(0)})` : `${recv}.get(${kOf(0)})`);
        case 'contains_key':
          return `${recv}.has(${kOf(0)})`;
        case 'remove':
          return res(`${recv}.remove(${kOf(0)})`);
        case 'len':
          return `BigInt(${recv}.size)`;
        case 'is_empty':
          return `(${recv}.size === 0)`;
        case 'clear':
          this.emit(`${recv}.m.clear();`);
          return 'undefined';
        case 'entry':
          return `{ map: ${recv}, k: ${a()[0]} }`;
        case 'keys':
          return `$rt.iter(${recv}.entries().map((e) => e[0]))`;
        case 'values':
          return `$rt.iter(${recv}.entries().map((e) => e[1]))`;
        case 'values_mut':
          return this.isScalar(vty) ? `$rt.iter(${recv}.entries().map((e) => ({ get v() { return e[1]; }, set v(x) { e[1] = x; } })))` : `$rt.iter(${recv}.entries().map((e) => e[1]))`;
        case 'iter':
        case 'into_iter':
          return `$rt.iter(${recv}.entries().map((e) => [e[0], e[1]]))`;
        case 'clone':
          return `$rt.clone(${recv})`;
      }
    }
    if (this.isStdAdt(base, 'HashSet') || this.isStdAdt(base, 'BTreeSet')) {
      // A set is a map to `true`.
      const kOf = (i: number) => this.derefCell(a()[i]!, argTy(i));
      switch (name) {
        case 'insert':
          return res(`(${recv}.insert(${a()[0]}, true).$ === 0)`);
        case 'contains':
          return `${recv}.has(${kOf(0)})`;
        case 'remove':
          return res(`(${recv}.remove(${kOf(0)}).$ === 1)`);
        case 'len':
          return `BigInt(${recv}.size)`;
        case 'is_empty':
          return `(${recv}.size === 0)`;
        case 'iter':
        case 'into_iter':
          return `$rt.iter(${recv}.entries().map((e) => e[0]))`;
        case 'clone':
          return `$rt.clone(${recv})`;
      }
    }
    if (this.isStdAdt(base, 'Entry')) {
      // Entry<'a, K, V>: the type arguments after the lifetime.
      const vty = (base as Ty & { k: 'adt' }).args.filter(isTy)[1] ?? ({ k: 'error' } as Ty);
      const scalar = this.isScalar(vty);
      const en = this.fresh();
      this.emit(`const ${en} = ${recv};`);
      recv = en;
      switch (name) {
        case 'or_insert':
          return res(`${recv}.map.orInsert(${recv}.k, () => ${a()[0]}, ${scalar})`);
        case 'or_insert_with':
          return res(`${recv}.map.orInsert(${recv}.k, ${a()[0]}, ${scalar})`);
        case 'or_default':
          return res(`${recv}.map.orInsert(${recv}.k, () => ${this.defaultOf(vty, e.span)}, ${scalar})`);
      }
    }
    if (this.isStdAdt(base, 'JoinHandle')) {
      if (name === 'join') return `${recv}.r`;
      if (name === 'is_finished') return 'true';
    }
    if (this.isStdAdt(base, 'Option') || this.isStdAdt(base, 'Result')) {
      const isOpt = this.isStdAdt(base, 'Option');
      const okTag = isOpt ? 1 : 0;
      const r = this.fresh();
      this.emit(`const ${r} = ${recv};`);
      switch (name) {
        case 'unwrap':
          if (isOpt) return res(`(${r}.$ === 1 ? ${r}[0] : $rt.panicAt('called \`Option::unwrap()\` on a \`None\` value', ${loc}))`);
          return res(`(${r}.$ === 0 ? ${r}[0] : $rt.unwrapFailed('called \`Result::unwrap()\` on an \`Err\` value', ${r}[0], ${this.fmtFn(((base as Ty & { k: 'adt' }).args[1] as Ty), 'Debug', e.span)}, ${loc}))`);
        case 'expect': {
          const m = this.strOf(a()[0]!, argTy(0));
          if (isOpt) return res(`(${r}.$ === 1 ? ${r}[0] : $rt.panicAt(${m}, ${loc}))`);
          return res(`(${r}.$ === 0 ? ${r}[0] : $rt.unwrapFailed(${m}, ${r}[0], ${this.fmtFn(((base as Ty & { k: 'adt' }).args[1] as Ty), 'Debug', e.span)}, ${loc}))`);
        }
        case 'unwrap_or':
          return `(${r}.$ === ${okTag} ? ${r}[0] : ${a()[0]})`;
        case 'unwrap_or_else':
          return `(${r}.$ === ${okTag} ? ${r}[0] : (${a()[0]})(${isOpt ? '' : `${r}[0]`}))`;
        case 'unwrap_or_default':
          return `(${r}.$ === ${okTag} ? ${r}[0] : ${this.defaultOf((base as Ty & { k: 'adt' }).args[0] as Ty, e.span)})`;
        case 'is_some':
        case 'is_ok':
          return `(${r}.$ === ${okTag})`;
        case 'is_none':
        case 'is_err':
          return `(${r}.$ !== ${okTag})`;
        case 'map':
          return `(${r}.$ === ${okTag} ? { $: ${okTag}, 0: (${a()[0]})(${r}[0]) } : ${r})`;
        case 'and_then':
          return `(${r}.$ === ${okTag} ? (${a()[0]})(${r}[0]) : ${r})`;
        case 'map_err':
          return `(${r}.$ === 1 ? $rt.Err((${a()[0]})(${r}[0])) : ${r})`;
        case 'unwrap_err':
          return res(`(${r}.$ === 1 ? ${r}[0] : $rt.panicAt('called \`Result::unwrap_err()\` on an \`Ok\` value', ${loc}))`);
        case 'ok':
          return `(${r}.$ === 0 ? $rt.Some(${r}[0]) : $rt.None())`;
        case 'ok_or':
          return `(${r}.$ === 1 ? $rt.Ok(${r}[0]) : $rt.Err(${a()[0]}))`;
        case 'or_else':
          return isOpt ? `(${r}.$ === 1 ? ${r} : (${a()[0]})())` : `(${r}.$ === 0 ? ${r} : (${a()[0]})(${r}[0]))`;
        case 'ok_or_else':
          return `(${r}.$ === 1 ? $rt.Ok(${r}[0]) : $rt.Err((${a()[0]})()))`;
        case 'map_or': {
          const [d, f] = a();
          return `(${r}.$ === ${okTag} ? (${f})(${r}[0]) : ${d})`;
        }
        case 'map_or_else': {
          const [d, f] = a();
          return `(${r}.$ === ${okTag} ? (${f})(${r}[0]) : (${d})(${isOpt ? '' : `${r}[0]`}))`;
        }
        case 'filter':
          return `(${r}.$ === 1 && (${a()[0]})(${r}[0]) ? ${r} : $rt.None())`;
        case 'as_mut': {
          // `Option<&mut T>` of a scalar: a cell over the payload.
          const inner = (base as Ty & { k: 'adt' }).args[0] as Ty;
          if (this.isScalar(inner)) return `(${r}.$ === ${okTag} ? { $: ${okTag}, 0: ({ get v() { return ${r}[0]; }, set v(x) { ${r}[0] = x; } }) } : ${r})`;
          return r;
        }
        case 'as_ref':
        case 'clone':
        case 'copied':
        case 'cloned':
          return name === 'clone' || name === 'cloned' ? `$rt.clone(${r})` : r;
        case 'take':
          this.emit(`const ${r}v = { ...${r} }; $rt.assign(${r}, { $: 0 });`);
          return `${r}v`;
      }
    }
    // Iterators (ranges, slices' and Vec's iterators, adapters).
    if (key === 'Chars::as_str') return `$rt.it.asStr($rt.iter(${recv}))`;
    const iterNames = new Set(['filter_map', 'flat_map', 'flatten', 'nth', 'partition', 'skip_while', 'take_while', 'find_map', 'max_by', 'min_by', 'max_by_key', 'min_by_key', 'next_back', 'peekable', 'map', 'filter', 'enumerate', 'rev', 'zip', 'skip', 'take', 'step_by', 'chain', 'count', 'fold', 'any', 'all', 'find', 'position', 'max', 'min', 'last', 'for_each', 'collect', 'sum', 'product', 'next', 'cloned', 'copied', 'into_iter', 'iter']);
    if (iterNames.has(name) && (key.includes('Iterator') || key.startsWith('Range') || key.includes('Iter'))) {
      const x = `$rt.iter(${recv})`;
      const args2 = a();
      switch (name) {
        case 'next':
          return res(`${x}.next()`);
        case 'cloned':
        case 'copied':
        case 'into_iter':
        case 'iter':
          return x;
        case 'step_by':
          return `$rt.it.stepBy(${x}, ${args2[0]})`;
        case 'for_each':
          this.emit(`$rt.it.forEach(${x}, ${args2[0]});`);
          return 'undefined';
        case 'sum':
        case 'product': {
          const o = this.intOps(t);
          if (t.k === 'float') return name === 'sum' ? `$rt.it.fold(${x}, 0, (a, b) => a + b)` : `$rt.it.fold(${x}, 1, (a, b) => a * b)`;
          return res(`$rt.it.${name}(${x}, ${this.cx.overflowChecks ? o : `{ zero: ${o}.zero, big: ${o}.big, add: ${o}.wadd, mul: ${o}.wmul }`}, ${loc})`);
        }
        case 'collect': {
          if (this.isStdAdt(t, 'String')) return `$rt.it.collectString(${x})`;
          if (this.isStdAdt(t, 'Vec') || this.isStdAdt(t, 'VecDeque')) return res(`$rt.it.collect(${x})`);
          if (this.isStdAdt(t, 'BinaryHeap')) return res(`$rt.Heap.from($rt.it.collect(${x}), ${this.cmpFnOf((t as Ty & { k: 'adt' }).args[0] as Ty)})`);
          if (this.isStdAdt(t, 'HashMap') || this.isStdAdt(t, 'BTreeMap')) return res(`$rt.mapFrom(${x}, ${this.isStdAdt(t, 'BTreeMap')})`);
          if (this.isStdAdt(t, 'HashSet') || this.isStdAdt(t, 'BTreeSet')) return res(`$rt.mapFrom($rt.it.map(${x}, (k) => [k, true]), ${this.isStdAdt(t, 'BTreeSet')})`);
          if (this.isStdAdt(t, 'Result') || this.isStdAdt(t, 'Option')) {
            // Stops at the first `Err`/`None`, which is the result.
            const inner = (t as Ty & { k: 'adt' }).args[0] as Ty;
            const build = this.isStdAdt(inner, 'Vec') ? '(a) => a' : this.isStdAdt(inner, 'String') ? '(a) => $rt.it.collectString(a)' : null;
            if (build) return res(`$rt.it.collectTry(${x}, ${this.isStdAdt(t, 'Option')}, ${build})`);
          }
          return this.unsupported(e.span, `\`collect\` into this type`);
        }
        case 'max':
        case 'min':
        case 'count':
        case 'last':
          return res(`$rt.it.${name}(${x})`);
        default:
          return res(`$rt.it.${name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())}(${[x, ...args2].join(', ')})`);
      }
    }
    if (name === 'clone' || name === 'to_owned') return `$rt.clone(${recv})`;
    if (name === 'to_string' && base.k === 'adt') return `new $rt.RString($rt.format([[${recv}, ${this.fmtFn(base, 'Display', e.span)}, null]]))`;
    if (name === 'eq' || name === 'ne') return `${name === 'ne' ? '!' : ''}$rt.eq(${recv}, ${this.derefCell(a()[0]!, argTy(0))})`;
    if (name === 'cmp' || name === 'partial_cmp') {
      const o = `$rt.ordering($rt.cmp(${recv}, ${this.derefCell(a()[0]!, argTy(0))}))`;
      return name === 'cmp' ? o : `$rt.Some(${o})`;
    }
    return this.unsupported(e.seg.ident.span, `std method \`${key}\``);
  }

  private defaultOf(t: Ty, span: Span): string {
    if (t.k === 'adt' && !this.defs[t.def]!.isStd) {
      const inst = this.userImplMethod('Default', 'default', [t]);
      if (inst !== null) return `${this.useInstance(inst)}()`;
      const data = this.cx.ctx.sigs.adts[t.def];
      if (data && data.kind === 'struct' && this.hasDerive(t.def, 'Default')) {
        const v = this.variantOf(t.def)!;
        const ftys = this.fieldTys(t, v);
        return `{ ${v.fields.map((f, i) => `${f}: ${this.defaultOf(ftys[i]!, span)}`).join(', ')} }`;
      }
      if (data && data.kind === 'enum' && this.hasDerive(t.def, 'Default')) {
        // `#[derive(Default)]` on an enum: the unit variant marked `#[default]`.
        const at = data.variants.findIndex((v) => {
          const node = this.defs[v.def]!.node as A.Variant | null;
          return !!node && node.attrs.some((a) => a.kind === 'normal' && a.path.segments.length === 1 && a.path.segments[0]!.ident.name === 'default');
        });
        if (at >= 0) return `{ $: ${at} }`;
      }
    }
    if (this.isStdAdt(t, 'Option')) return '{ $: 0 }';
    if (t.k === 'array' && t.len.value !== null) return `Array.from({ length: ${t.len.value} }, () => ${this.defaultOf(t.ty, span)})`;
    if (t.k === 'tuple') return t.elems.length === 0 ? 'undefined' : `[${t.elems.map((x) => this.defaultOf(x, span)).join(', ')}]`;
    if (t.k === 'char') return '0';
    if (t.k === 'int' || t.k === 'uint') return this.isBig(t) ? '0n' : '0';
    if (t.k === 'float') return '0';
    if (t.k === 'bool') return 'false';
    if (this.isStdAdt(t, 'String')) return `new $rt.RString('')`;
    if (this.isStdAdt(t, 'Vec')) return '[]';
    if (this.isStdAdt(t, 'HashMap') || this.isStdAdt(t, 'BTreeMap')) return `new $rt.RMap(${this.isStdAdt(t, 'BTreeMap')})`;
    return this.unsupported(span, 'this `Default`');
  }

  // -- formatting -------------------------------------------------------------------------------

  private formatArgs(fa: FormatArgsExpr): string {
    const tmpl = fa.template;
    if (!tmpl) return this.unsupported(fa.span, 'this format string');
    const vals = fa.args.map((a) => {
      const v = this.expr(a.expr);
      const tmp = this.fresh();
      this.emit(`const ${tmp} = ${v};`);
      return tmp;
    });
    const pieces = tmpl.map((p: FormatPiece) => {
      if (p.kind === 'lit') return JSON.stringify(p.text);
      const arg = fa.args[p.arg]!;
      const t = this.ty(arg.expr.id);
      const count = (c: FormatPiece & { kind: 'arg' }, w: 'width' | 'precision') => {
        const x = c[w];
        if (x === null) return 'null';
        return x.kind === 'is' ? String(x.value) : vals[x.arg]!;
      };
      const spec =
        p.fill === null && p.align === 'unknown' && !p.sign && !p.alternate && !p.zeroPad && !p.debugHex && p.width === null && p.precision === null
          ? 'null'
          : `$rt.spec(${JSON.stringify(p.fill ?? ' ')}, ${JSON.stringify(p.align)}, ${p.sign === '+'}, ${p.alternate}, ${p.zeroPad}, ${JSON.stringify(p.debugHex)}, ${count(p, 'width')}, ${count(p, 'precision')})`;
      return `[${vals[p.arg]}, ${this.fmtFn(t, p.trait, arg.expr.span)}, ${spec}]`;
    });
    return `$rt.format([${pieces.join(', ')}])`;
  }

  /** A JS function `(value, f) => void` formatting a value of type `t` with `trait`. */
  fmtFn(t: Ty, trait: string, span: Span): string {
    if (t.k === 'ref') {
      const inner = this.fmtFn(t.ty, trait, span);
      return t.mut && this.isScalar(t.ty) ? `((v, f) => (${inner})(v.v, f))` : inner;
    }
    if (this.isStdAdt(t, 'Box')) return `((v, f) => (${this.fmtFn((t as Ty & { k: 'adt' }).args[0] as Ty, trait, span)})(v.b, f))`;
    const radix: Record<string, string> = { LowerHex: '16, false', UpperHex: '16, true', Binary: '2, false', Octal: '8, false' };
    if (t.k === 'int' || t.k === 'uint') {
      if (radix[trait]) return `((v, f) => $rt.fmtRadix(v, f, '${t.t}', ${radix[trait]}))`;
      if (trait === 'Display' || trait === 'Debug') return `((v, f) => $rt.fmtInt(v, f, '${t.t}'))`;
    }
    if (t.k === 'float' && (trait === 'Display' || trait === 'Debug')) return `((v, f) => $rt.fmtFloat(v, f, ${trait === 'Debug'}, ${t.t === 'f32'}))`;
    if (t.k === 'float' && (trait === 'LowerExp' || trait === 'UpperExp')) return `((v, f) => $rt.fmtExp(v, f, ${trait === 'UpperExp'}, ${t.t === 'f32'}))`;
    if (t.k === 'str') return trait === 'Debug' ? '$rt.dbgStr' : '$rt.fmtStr';
    if (this.isStdAdt(t, 'String')) return trait === 'Debug' ? '((v, f) => $rt.dbgStr(v.s, f))' : '((v, f) => $rt.fmtStr(v.s, f))';
    if (t.k === 'char') return trait === 'Debug' ? '$rt.dbgChar' : '$rt.fmtChar';
    if (t.k === 'bool') return '$rt.fmtBool';
    if (this.isStdAdt(t, 'Utf8Error') && trait === 'Debug') return '$rt.dbgUtf8Error';
    if (this.isStdAdt(t, 'ParseIntError') || this.isStdAdt(t, 'ParseFloatError')) return trait === 'Debug' ? `$rt.dbgParseError(${JSON.stringify(this.adtName(t))})` : '$rt.fmtParseError';
    if (this.isStdAdt(t, 'VarError') && trait === 'Display') return '$rt.fmtVarError';
    if (t.k === 'dyn' && trait === 'Debug' && this.defs[t.trait]!.isStd && this.defs[t.trait]!.name === 'Any') return '$rt.dbgAny';
    if (this.isStdAdt(t, 'Cow')) return this.fmtFn((t as Ty & { k: 'adt' }).args.filter(isTy)[0]!, trait, span);
    if (trait === 'Debug') {
      // std's `impl Debug for ()` is `f.pad("()")`.
      if (t.k === 'tuple' && t.elems.length === 0) return `((v, f) => $rt.padStr(f, '()', 'left'))`;
      if (t.k === 'tuple') return `((v, f) => $rt.dbgTuple(f, '', [${t.elems.map((x, i) => `[v[${i}], ${this.fmtFn(x, 'Debug', span)}]`).join(', ')}]))`;
      if (t.k === 'array' || t.k === 'slice' || this.isStdAdt(t, 'Vec')) {
        const el = t.k === 'adt' ? (t.args[0] as Ty) : (t as Ty & { k: 'slice' }).ty;
        return `((v, f) => $rt.dbgList(f, v, ${this.fmtFn(el, 'Debug', span)}, '[', ']'))`;
      }
      if (this.isStdAdt(t, 'HashSet') || this.isStdAdt(t, 'BTreeSet')) {
        return `((v, f) => $rt.dbgList(f, v.entries().map((e) => e[0]), ${this.fmtFn((t as Ty & { k: 'adt' }).args[0] as Ty, 'Debug', span)}, '{', '}'))`;
      }
      if (this.isStdAdt(t, 'HashMap') || this.isStdAdt(t, 'BTreeMap')) {
        return `((v, f) => $rt.dbgMap(f, v, ${this.fmtFn((t as Ty & { k: 'adt' }).args[0] as Ty, 'Debug', span)}, ${this.fmtFn((t as Ty & { k: 'adt' }).args[1] as Ty, 'Debug', span)}))`;
      }
      if (t.k === 'adt' && (this.isStdAdt(t, 'Option') || this.isStdAdt(t, 'Result') || this.isStdAdt(t, 'VarError') || this.isStdAdt(t, 'Ordering') || !this.defs[t.def]!.isStd)) {
        if (!this.defs[t.def]!.isStd && !this.hasDerive(t.def, 'Debug')) return this.userFmt(t, 'Debug', span);
        return this.derivedDebug(t, span);
      }
    }
    if (t.k === 'adt' && !this.defs[t.def]!.isStd) return this.userFmt(t, trait, span);
    return this.unsupported(span, `formatting \`${this.show(t)}\` with \`${trait}\``);
  }

  private hasDerive(def: DefId, trait: string): boolean {
    const tr = this.traitByName(trait);
    if (tr === null) return false;
    for (const i of this.cx.ctx.sigs.traitImpls.get(tr) ?? []) {
      const impl = this.cx.ctx.sigs.impls[i]!;
      if (impl.selfTy.k === 'adt' && impl.selfTy.def === def && impl.deriveSpan !== null) return true;
    }
    return false;
  }

  private traitByName(name: string): DefId | null {
    for (const [tr] of this.cx.ctx.sigs.traitImpls) {
      const d = this.defs[tr]!;
      if (d.isStd && d.name === name) return tr;
    }
    return null;
  }

  /** A user's `impl Display/Debug for T`: calls its `fmt` with the runtime's Formatter. */
  private userFmt(t: Ty & { k: 'adt' }, trait: string, span: Span): string {
    const tr = this.traitByName(trait);
    if (tr === null) return this.unsupported(span, `formatting with \`${trait}\``);
    const fmt = (this.cx.ctx.sigs.assocItems.get(tr) ?? []).find((a) => a.name === 'fmt');
    if (!fmt) return this.unsupported(span, `formatting with \`${trait}\``);
    const inst = this.resolveTraitItem(fmt.def, [t], span);
    return this.useInstance(inst);
  }

  private derivedDebug(t: Ty & { k: 'adt' }, span: Span): string {
    const data = this.cx.ctx.sigs.adts[t.def];
    if (!data) return this.unsupported(span, 'Debug for this type');
    const arms = data.variants.map((v, vi) => {
      const ftys = v.fields.map((f) => subst(f.ty, t.args));
      const isTuple = v.fields.length > 0 && /^\d+$/.test(v.fields[0]!.name);
      const body = isTuple
        ? `$rt.dbgTuple(f, ${JSON.stringify(v.name)}, [${ftys.map((ft, i) => `[v[${i}], ${this.fmtFnLazy(ft, span)}]`).join(', ')}])`
        : `$rt.dbgStruct(f, ${JSON.stringify(v.name)}, [${v.fields.map((fd, i) => `[${JSON.stringify(fd.name)}, v.${fd.name}, ${this.fmtFnLazy(ftys[i]!, span)}]`).join(', ')}])`;
      return data.kind === 'enum' ? `if (v.$ === ${vi}) return ${body};` : `return ${body};`;
    });
    return `((v, f) => { ${arms.join(' ')} })`;
  }

  /** A formatter for a field: recursive types refer to themselves, so build it when called. */
  private fmtFnLazy(t: Ty, span: Span): string {
    if (t.k === 'adt' && !this.defs[t.def]!.isStd) {
      // Recursion through user types goes through a shared helper instance per type.
      return this.useInstance({ def: -1 as DefId, args: [t] }).replace(/^/, '');
    }
    if (this.isStdAdt(t, 'Box') || this.isStdAdt(t, 'Option') || this.isStdAdt(t, 'Vec')) {
      const inner = (t as Ty & { k: 'adt' }).args[0] as Ty;
      if (inner.k === 'adt' && !this.defs[inner.def]!.isStd) {
        const innerFn = this.useInstance({ def: -1 as DefId, args: [inner] });
        if (this.isStdAdt(t, 'Box')) return `((v, f) => ${innerFn}(v.b, f))`;
        if (this.isStdAdt(t, 'Vec')) return `((v, f) => $rt.dbgList(f, v, ${innerFn}, '[', ']'))`;
        return `((v, f) => v.$ === 0 ? f.write('None') : $rt.dbgTuple(f, 'Some', [[v[0], ${innerFn}]]))`;
      }
    }
    return this.fmtFn(t, 'Debug', span);
  }

  /** The body of a Debug-formatting instance (`def` -1): the type's derived or user Debug. */
  lowerDebugInstance(symbol: string, t: Ty): string {
    const f = this.fmtFn(t, 'Debug', { lo: 0, hi: 0, ctxt: 0 } as Span);
    return `function ${symbol}(v, f) { return (${f})(v, f); }\n`;
  }
}

/** Lowers a Debug-formatter instance (def -1, args [type]). */
export function lowerDebugFormatter(cx: BackendContext, inst: Instance): LoweredInstance {
  const l = new Lowerer(cx, { def: -1 as DefId, args: [] });
  const symbol = `dbg_${hash(argsKey(inst.args))}`;
  try {
    const js = l.lowerDebugInstance(symbol, inst.args[0] as Ty);
    return { symbol, js, callees: l.callees, unsupported: null };
  } catch (e) {
    if (e instanceof NotSupported) return { symbol, js: '', callees: [], unsupported: { span: e.span, what: e.what } };
    throw e;
  }
}

/** `size_of` for types whose layout does not depend on rustc's choices. */
/** The ASCII class tests of `u8` and `char` (both are code numbers at run time); null for other names. */
function asciiClassTest(name: string, c: string): string | null {
  const digit = `(${c} >= 48 && ${c} <= 57)`;
  const alpha = `((${c} | 32) >= 97 && (${c} | 32) <= 122)`;
  switch (name) {
    case 'is_ascii_digit':
      return digit;
    case 'is_ascii_alphabetic':
      return alpha;
    case 'is_ascii_alphanumeric':
      return `(${digit} || ${alpha})`;
    case 'is_ascii_uppercase':
      return `(${c} >= 65 && ${c} <= 90)`;
    case 'is_ascii_lowercase':
      return `(${c} >= 97 && ${c} <= 122)`;
  }
  return null;
}

function sizeOfPrim(t: Ty): number | null {
  switch (t.k) {
    case 'bool':
      return 1;
    case 'char':
      return 4;
    case 'int':
    case 'uint':
      return t.t === 'isize' || t.t === 'usize' ? 8 : Number(t.t.slice(1)) / 8;
    case 'float':
      return Number(t.t.slice(1)) / 8;
    case 'ref':
      return t.ty.k === 'str' || t.ty.k === 'slice' || t.ty.k === 'dyn' ? 16 : 8;
    case 'tuple':
      return t.elems.length === 0 ? 0 : null;
    default:
      return null;
  }
}

function isRestPat(p: A.Pat): boolean {
  return p.kind === 'rest' || (p.kind === 'ident' && p.sub !== null && p.sub.kind === 'rest');
}

const PANIC_PREFIXES: Record<string, string> = {
  unreachable: 'internal error: entered unreachable code: ',
  todo: 'not yet implemented: ',
  unimplemented: 'not implemented: ',
};

/** Structural match of an impl's self type (with params) against a concrete type; binds params. */
function matchTy(pat: Ty, t: Ty, binding: GenericArg[]): boolean {
  if (pat.k === 'param') {
    const prev = binding[pat.index];
    if (prev !== undefined) return JSON.stringify(prev) === JSON.stringify(t);
    binding[pat.index] = t;
    return true;
  }
  if (pat.k !== t.k) return false;
  switch (pat.k) {
    case 'int':
    case 'uint':
    case 'float':
      return pat.t === (t as typeof pat).t;
    case 'adt': {
      const u = t as typeof pat;
      if (pat.def !== u.def) return false;
      return pat.args.every((a, i) => !isTy(a) || matchTy(a, u.args[i] as Ty, binding));
    }
    case 'ref':
      return matchTy(pat.ty, (t as typeof pat).ty, binding);
    case 'tuple':
      return pat.elems.length === (t as typeof pat).elems.length && pat.elems.every((x, i) => matchTy(x, (t as typeof pat).elems[i]!, binding));
    case 'slice':
    case 'array':
      return matchTy(pat.ty, (t as typeof pat).ty, binding);
    default:
      return true;
  }
}

function tyShapeEq(a: Ty, b: Ty): boolean {
  if (a.k !== b.k) return false;
  if (a.k === 'ref') return a.mut === (b as typeof a).mut && tyShapeEq(a.ty, (b as typeof a).ty);
  if (a.k === 'adt') return a.def === (b as typeof a).def;
  return true;
}

function parseIntLit(sym: string): bigint {
  const s = sym.replace(/_/g, '');
  if (/^0[xob]/.test(s)) return BigInt(s);
  return BigInt(s);
}

function strLitValue(sym: string): string {
  let out = '';
  unescapeStr(sym, 'str', (_s, _e, r) => {
    if (typeof r !== 'string') out += String.fromCodePoint(r.value);
  });
  return out;
}
