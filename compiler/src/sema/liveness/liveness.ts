/**
 * Liveness (rustc's unused-variable and unused-assignment checks, and borrowck's `unused_mut`) for
 * one body that type checked without errors, in the same task as its type check:
 *
 * - `unused_mut`: a `mut` binding never assigned after its initialization, never borrowed
 *   mutably and never mutated through a field or index;
 * - `unused_variables`: a binding never read ("unused variable: `x`"), or only written ("variable
 *   `x` is assigned to, but never used"); closures' bindings are reported before their parent's,
 *   as rustc checks closure bodies first;
 * - `unused_assignments`: an assignment (or initializer) whose value no later read can see, found
 *   by a backward dataflow over the body (loops iterate to a fixed point). For a variable that is
 *   never read at all, its initializer is not reported (the variable warning covers it).
 *
 * Order within a body, as rustc 1.95 emits it: unused_mut, then unused_variables, then
 * unused_assignments, each in source order.
 *
 * Owns: these lints' analysis and wording. Must not: run on bodies with type errors.
 */
import type * as A from '../../syntax/ast.js';
import type { NodeId } from '../../syntax/ast.js';
import type { Span } from '../../syntax/source-map.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import { DiagnosticBuilder } from '../../diagnostics/diagnostic.js';
import type { FnCtxt } from '../typeck/fcx.js';
import { sx } from '../ast-ext.js';
import { bodyLintLevel } from '../lints/body-levels.js';
import { lints as msg } from '../../diagnostics/messages.js';

interface Local {
  readonly id: NodeId;
  readonly index: number;
  readonly name: string;
  /** The binding's ident span; `mut x` when declared `mut`. */
  readonly span: Span;
  readonly identSpan: Span;
  readonly isMut: boolean;
  /** Declared by a `let` without initializer. */
  readonly deferred: boolean;
  /** The closure it belongs to (its parameters and locals), or null for the body itself. */
  readonly closure: NodeId | null;
  readonly isParam: boolean;
  read: boolean;
  /** Written after its declaration (assignment or compound assignment). */
  assigned: number;
  mutated: boolean;
}

type Live = Uint8Array;

export function analyzeLiveness(fcx: FnCtxt): void {
  const data = fcx.ctx.r.table.defs[fcx.def]!;
  const node = data.node as A.FnItem | A.ConstItem | A.StaticItem | null;
  if (!node) return;
  const an = new Analysis(fcx);
  if (node.kind === 'fn' && node.body) {
    for (const p of node.sig.decl.inputs) an.declarePat(p.pat, null, true, false);
    an.collect(node.body);
    an.indexLoops(node.body);
    an.run(node.body);
  } else if ((node.kind === 'const' || node.kind === 'static') && node.expr) {
    an.collectExpr(node.expr);
    an.indexLoops(node.expr);
    an.runExpr(node.expr);
  }
  an.report();
}

class Analysis {
  private readonly locals: Local[] = [];
  private readonly byId = new Map<NodeId, Local>();
  /** Dead stores found: (local, span of the assignment or initializer, is initializer). */
  private readonly deadStores: { local: Local; span: Span; init: boolean; param?: boolean }[] = [];
  private readonly deadSeen = new Set<string>();
  /** Loop expression id → [live at `continue`, live at `break`]. */
  private readonly loopTargets = new Map<NodeId, { cont: Live; brk: Live }>();
  private closure: NodeId | null = null;
  /** Closures that assign to or mutably borrow a variable they capture (`FnMut` closures). */
  private readonly mutatingClosures = new Set<NodeId>();
  private fixpointPass = false;

  constructor(private readonly fcx: FnCtxt) {}

  // -- locals ---------------------------------------------------------------------------------------

  declarePat(p: A.Pat, closure: NodeId | null, isParam: boolean, deferred: boolean): void {
    const visit = (q: A.Pat) => {
      switch (q.kind) {
        case 'ident': {
          const r = this.fcx.ctx.resolutions.get(q.id);
          if (r && r.res.kind === 'local' && r.res.id === q.id && !this.byId.has(q.id)) {
            const isMut = q.binding.mutability === 'mut' && q.binding.byRef === null;
            const l: Local = {
              id: q.id,
              index: this.locals.length,
              name: q.ident.name,
              span: isMut ? mkSpan(q.span.lo, q.ident.span.hi) : q.ident.span,
              identSpan: q.ident.span,
              isMut,
              deferred,
              closure,
              isParam,
              read: false,
              assigned: 0,
              mutated: false,
            };
            this.locals.push(l);
            this.byId.set(q.id, l);
          }
          if (q.sub) visit(q.sub);
          return;
        }
        case 'tuple':
        case 'slice':
        case 'tupleStruct':
          for (const e of q.elems) visit(e);
          return;
        case 'struct':
          for (const f of q.fields) visit(f.pat);
          return;
        case 'or':
          for (const a of q.alts) visit(a);
          return;
        case 'ref':
        case 'box':
        case 'deref':
        case 'paren':
          visit(q.pat);
          return;
        case 'guard':
          visit(q.pat);
          return;
        default:
          return;
      }
    };
    visit(p);
  }

  private localOf(e: A.Expr): Local | null {
    if (e.kind !== 'path') return null;
    const r = this.fcx.ctx.resolutions.get(e.id);
    if (!r || r.res.kind !== 'local') return null;
    return this.byId.get(r.res.id) ?? null;
  }

  /** The local at the root of a place (`x`, `x.f`, `x[i]`), and whether the place goes through a reference. */
  /** A `ref mut` binding in a pattern borrows the matched place mutably (the local needs `mut`). */
  private refMutBinds(p: A.Pat, place: A.Expr): void {
    let found = false;
    const visit = (q: A.Pat) => {
      if (q.kind === 'ident' && q.binding.byRef === 'mut') found = true;
      if (q.kind === 'ident' && q.sub) visit(q.sub);
      forEachPatChild(q, visit);
    };
    visit(p);
    if (!found) return;
    const root = this.placeRoot(place);
    if (root && !root.throughRef) root.local.mutated = true;
  }

  private placeRoot(e: A.Expr): { local: Local; throughRef: boolean } | null {
    let cur: A.Expr = e;
    let throughRef = false;
    for (;;) {
      if (cur.kind === 'field' || cur.kind === 'index') {
        const t = this.fcx.exprTypes.get(cur.expr.id);
        if (t) {
          const s = this.fcx.resolve(t);
          if (s.k === 'ref' || s.k === 'ptr') throughRef = true;
          if (cur.kind === 'index' && s.k === 'adt') {
            // `v[i] = x` on a Vec is `*IndexMut::index_mut(&mut v, i)`: a mutable borrow of `v`.
          }
        }
        cur = cur.expr;
      } else if (cur.kind === 'paren') cur = cur.expr;
      else if (cur.kind === 'unary' && cur.op === 'deref') {
        throughRef = true;
        cur = cur.expr;
      } else break;
    }
    const l = this.localOf(cur);
    return l ? { local: l, throughRef } : null;
  }

  // -- first pass: declarations, reads, writes --------------------------------------------------------

  collect(b: A.Block): void {
    for (const s of b.stmts) this.collectStmt(s);
  }

  private collectStmt(s: A.Stmt): void {
    switch (s.kind) {
      case 'let':
        if (s.init.kind !== 'decl') {
          this.collectExpr(s.init.expr);
          this.refMutBinds(s.pat, s.init.expr);
        }
        if (s.init.kind === 'initElse') this.collect(s.init.els);
        this.declarePat(s.pat, this.closure, false, s.init.kind === 'decl');
        this.collectPatExprs(s.pat);
        return;
      case 'expr':
      case 'semi':
        this.collectExpr(s.expr);
        return;
      default:
        return;
    }
  }

  private collectPatExprs(p: A.Pat): void {
    if (p.kind === 'expr') this.collectExpr(p.expr);
    else if (p.kind === 'guard') this.collectExpr(p.guard);
  }

  collectExpr(e: A.Expr): void {
    const x = sx(e);
    switch (x.kind) {
      case 'path': {
        const l = this.localOf(e);
        if (l) l.read = true;
        return;
      }
      case 'assign':
      case 'assignOp': {
        const l = this.localOf(x.lhs);
        if (l) {
          l.assigned++;
          this.noteCaptureMutated(l);
        } else {
          const root = this.placeRoot(x.lhs);
          if (root) {
            root.local.read = true;
            if (!root.throughRef) root.local.mutated = true;
          }
          this.collectPlaceSubexprs(x.lhs);
        }
        this.collectExpr(x.rhs);
        return;
      }
      case 'addrOf': {
        if (x.mutability === 'mut') {
          const root = this.placeRoot(x.expr);
          if (root && !root.throughRef) root.local.mutated = true;
          if (root) this.noteCaptureMutated(root.local);
        }
        this.collectExpr(x.expr);
        return;
      }
      case 'call': {
        // Calling a closure that mutates what it captured borrows it mutably (`FnMut`).
        const f = this.localOf(x.func);
        const t = f ? this.fcx.locals.get(f.id) : undefined;
        const ct = t ? this.fcx.resolve(t) : null;
        if (f && ct && ct.k === 'closure' && this.mutatingClosures.has(ct.id)) f.mutated = true;
        // So does calling a returned `impl FnMut`.
        if (f && ct && ct.k === 'opaque' && ct.kind === 'FnMut') f.mutated = true;
        this.collectExpr(x.func);
        for (const a of x.args) this.collectExpr(a);
        return;
      }
      case 'methodCall': {
        if (this.fcx.mutBorrows.has(x.receiver.id)) {
          const root = this.placeRoot(x.receiver);
          if (root && !root.throughRef) root.local.mutated = true;
          if (root) this.noteCaptureMutated(root.local);
        } else if (this.fcx.mutReborrows.has(x.receiver.id)) {
          const root = this.placeRoot(x.receiver);
          if (root) this.noteCaptureMutated(root.local);
        }
        this.collectExpr(x.receiver);
        for (const a of x.args) this.collectExpr(a);
        return;
      }
      case 'match':
        this.collectExpr(x.scrutinee);
        for (const a of x.arms) {
          this.refMutBinds(a.pat, x.scrutinee);
          this.declarePat(a.pat, this.closure, false, false);
          this.collectPatExprs(a.pat);
          if (a.guard) this.collectExpr(a.guard);
          if (a.body) this.collectExpr(a.body);
        }
        return;
      case 'let':
        this.collectExpr(x.expr);
        this.declarePat(x.pat, this.closure, false, false);
        return;
      case 'forLoop':
        this.collectExpr(x.iter);
        this.declarePat(x.pat, this.closure, false, false);
        this.collect(x.body);
        return;
      case 'closure': {
        const saved = this.closure;
        const before = this.locals.length;
        this.closure = x.id;
        for (const p of x.closure.decl.inputs) this.declarePat(p.pat, x.id, true, false);
        this.collectExpr(x.closure.body);
        this.closure = saved;
        // A variable the closure captures is used by it (even one it only assigns).
        for (const l of this.capturedBy(x)) if (l.index < before) l.read = true;
        return;
      }
      case 'index': {
        // `v[i]` used as an lvalue of a `&mut` method: handled by the method call's receiver.
        this.collectExpr(x.expr);
        this.collectExpr(x.index);
        return;
      }
      default:
        forEachChild(e, (c) => this.collectExpr(c), (b) => this.collect(b));
    }
  }

  private collectPlaceSubexprs(e: A.Expr): void {
    if (e.kind === 'index') {
      this.collectPlaceSubexprs(e.expr);
      this.collectExpr(e.index);
    } else if (e.kind === 'field' || e.kind === 'paren') this.collectPlaceSubexprs(e.expr);
    else if (e.kind === 'unary') this.collectExpr(e.expr);
    else if (e.kind !== 'path') this.collectExpr(e);
  }

  // -- second pass: backward dataflow for dead stores ----------------------------------------------------

  private empty(): Live {
    return new Uint8Array(this.locals.length);
  }

  private union(a: Live, b: Live): Live {
    const out = new Uint8Array(a.length);
    for (let i = 0; i < a.length; i++) out[i] = a[i]! | b[i]!;
    return out;
  }

  private with(a: Live, l: Local, v: 0 | 1): Live {
    if (a[l.index] === v) return a;
    const out = a.slice();
    out[l.index] = v;
    return out;
  }

  private same(a: Live, b: Live): boolean {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }

  private store(l: Local, live: Live, span: Span, init: boolean): void {
    if (this.fixpointPass) return;
    if (live[l.index]) return;
    const key = `${l.index}:${span.lo}:${span.hi}`;
    if (this.deadSeen.has(key)) return;
    this.deadSeen.add(key);
    this.deadStores.push({ local: l, span, init });
  }

  run(b: A.Block): void {
    const entry = this.block(b, this.empty());
    // A parameter whose passed value is overwritten before any read.
    for (const l of this.locals) {
      if (l.isParam && l.closure === null && l.read && !entry[l.index] && !this.fixpointPass) this.deadStores.push({ local: l, span: l.span, init: false, param: true });
    }
  }

  runExpr(e: A.Expr): void {
    this.expr(e, this.empty());
  }

  private diverges(e: A.Expr): boolean {
    const t = this.fcx.exprTypes.get(e.id);
    return !!t && this.fcx.resolve(t).k === 'never';
  }

  /** Live variables before the block, given those live after it. */
  private block(b: A.Block, out: Live): Live {
    let live = out;
    for (let i = b.stmts.length - 1; i >= 0; i--) live = this.stmt(b.stmts[i]!, live);
    return live;
  }

  private stmt(s: A.Stmt, out: Live): Live {
    switch (s.kind) {
      case 'let': {
        let live = out;
        if (s.init.kind === 'initElse') live = this.union(live, this.block(s.init.els, this.empty()));
        live = this.patDefs(s.pat, live, s.init.kind !== 'decl' ? s.init.expr.span : null);
        if (s.init.kind !== 'decl') live = this.expr(s.init.expr, live);
        return live;
      }
      case 'expr':
      case 'semi':
        return this.expr(s.expr, out);
      default:
        return out;
    }
  }

  /** A pattern binds its locals: their stores happen here. */
  private patDefs(p: A.Pat, out: Live, initSpan: Span | null): Live {
    let live = out;
    const visit = (q: A.Pat) => {
      if (q.kind === 'ident') {
        const l = this.byId.get(q.id);
        if (l) {
          if (initSpan && q === p) this.store(l, live, initSpan, true);
          live = this.with(live, l, 0);
        }
        if (q.sub) visit(q.sub);
        return;
      }
      forEachPatChild(q, visit);
    };
    visit(p);
    return live;
  }

  private exprs(es: readonly A.Expr[], out: Live): Live {
    let live = out;
    for (let i = es.length - 1; i >= 0; i--) live = this.expr(es[i]!, live);
    return live;
  }

  private expr(e: A.Expr, out0: Live): Live {
    const out = this.diverges(e) && !isLoopLike(e) ? this.empty() : out0;
    const x = sx(e);
    switch (x.kind) {
      case 'path': {
        const l = this.localOf(e);
        return l ? this.with(out, l, 1) : out;
      }
      case 'assign': {
        const l = this.localOf(x.lhs);
        if (l) {
          this.store(l, out, e.span, false);
          return this.expr(x.rhs, this.with(out, l, 0));
        }
        return this.expr(x.rhs, this.place(x.lhs, out));
      }
      case 'assignOp': {
        const l = this.localOf(x.lhs);
        if (l) {
          this.store(l, out, e.span, false);
          return this.expr(x.rhs, this.with(out, l, 1));
        }
        return this.expr(x.rhs, this.place(x.lhs, out));
      }
      case 'if': {
        const then = this.block(x.then, out);
        const els = x.els ? this.expr(x.els, out) : out;
        return this.expr(x.cond, this.union(then, els));
      }
      case 'match': {
        let acc = this.empty();
        for (const a of x.arms) {
          let live = a.body ? this.expr(a.body, out) : this.empty();
          if (a.guard) live = this.expr(a.guard, live);
          live = this.patDefs(a.pat, live, null);
          acc = this.union(acc, live);
        }
        if (x.arms.length === 0) acc = this.empty();
        return this.expr(x.scrutinee, acc);
      }
      case 'let':
        return this.expr(x.expr, this.patDefs(x.pat, out, null));
      case 'loop': {
        let cont = this.empty();
        for (let i = 0; i < 50; i++) {
          this.loopTargets.set(x.id, { cont, brk: out });
          const saved = this.fixpointPass;
          this.fixpointPass = true;
          const next = this.block(x.body, cont);
          this.fixpointPass = saved;
          if (this.same(next, cont)) break;
          cont = this.union(cont, next);
        }
        this.loopTargets.set(x.id, { cont, brk: out });
        return this.block(x.body, cont);
      }
      case 'while': {
        // head: live = cond(body(head) ∪ out)
        let head = this.empty();
        for (let i = 0; i < 50; i++) {
          this.loopTargets.set(x.id, { cont: head, brk: out });
          const saved = this.fixpointPass;
          this.fixpointPass = true;
          const next = this.expr(x.cond, this.union(this.block(x.body, head), out));
          this.fixpointPass = saved;
          if (this.same(next, head)) break;
          head = this.union(head, next);
        }
        this.loopTargets.set(x.id, { cont: head, brk: out });
        return this.expr(x.cond, this.union(this.block(x.body, head), out));
      }
      case 'forLoop': {
        let head = out;
        for (let i = 0; i < 50; i++) {
          this.loopTargets.set(x.id, { cont: head, brk: out });
          const saved = this.fixpointPass;
          this.fixpointPass = true;
          const next = this.union(this.patDefs(x.pat, this.block(x.body, head), null), out);
          this.fixpointPass = saved;
          if (this.same(next, head)) break;
          head = this.union(head, next);
        }
        this.loopTargets.set(x.id, { cont: head, brk: out });
        const bodyIn = this.patDefs(x.pat, this.block(x.body, head), null);
        return this.expr(x.iter, this.union(bodyIn, out));
      }
      case 'break': {
        const t = this.targetOf(e);
        const after = t ? t.brk : this.empty();
        return x.expr ? this.expr(x.expr, after) : after;
      }
      case 'continue': {
        const t = this.targetOf(e);
        return t ? t.cont : this.empty();
      }
      case 'ret':
        return x.expr ? this.expr(x.expr, this.empty()) : this.empty();
      case 'block':
        return this.block(x.block, out);
      case 'closure': {
        // Captured variables are read where the closure is created.
        let live = out;
        for (const l of this.capturedBy(x)) live = this.with(live, l, 1);
        const saved = this.closureBody(x);
        void saved;
        return live;
      }
      case 'call':
        return this.expr(x.func, this.exprs(x.args, out));
      case 'methodCall':
        return this.expr(x.receiver, this.exprs(x.args, out));
      case 'binary':
        if (x.op.kind === 'and' || x.op.kind === 'or') return this.expr(x.lhs, this.union(out, this.expr(x.rhs, out)));
        return this.expr(x.lhs, this.expr(x.rhs, out));
      case 'tuple':
      case 'array':
        return this.exprs(x.elems, out);
      case 'formatArgs':
        return this.exprs(x.args.map((a) => a.expr), out);
      case 'struct': {
        let live = out;
        if (x.rest.kind === 'base') live = this.expr(x.rest.expr, live);
        return this.exprs(x.fields.map((f) => f.expr), live);
      }
      case 'index':
        return this.expr(x.expr, this.expr(x.index, out));
      case 'range':
        return this.exprs([x.start, x.end].filter((y): y is A.Expr => y !== null), out);
      case 'repeat':
        return this.expr(x.expr, out);
      case 'unary':
      case 'field':
      case 'addrOf':
      case 'paren':
      case 'try':
      case 'cast':
      case 'await':
        return this.expr(x.expr, out);
      default:
        return out;
    }
  }

  /** Reads of an assigned place's base (`x.f = v` reads `x`'s other parts: it is a use). */
  private place(lhs: A.Expr, out: Live): Live {
    if (lhs.kind === 'field' || lhs.kind === 'paren') return this.place(lhs.expr, out);
    if (lhs.kind === 'index') return this.place(lhs.expr, this.expr(lhs.index, out));
    return this.expr(lhs, out);
  }

  private targetOf(e: A.Expr): { cont: Live; brk: Live } | null {
    const x = e as A.Expr & { kind: 'break' | 'continue' };
    const label = x.label?.ident.name ?? null;
    const ids = [...this.loopTargets.keys()];
    if (label === null) {
      const innermost = this.innermostLoop(e);
      return innermost !== null ? (this.loopTargets.get(innermost) ?? null) : null;
    }
    for (let i = ids.length - 1; i >= 0; i--) {
      const lp = this.loopLabels.get(ids[i]!);
      if (lp === label) return this.loopTargets.get(ids[i]!) ?? null;
    }
    return null;
  }

  private readonly loopLabels = new Map<NodeId, string | null>();
  private readonly loopOfBreak = new Map<NodeId, NodeId>();

  private innermostLoop(e: A.Expr): NodeId | null {
    return this.loopOfBreak.get(e.id) ?? null;
  }

  /** Records, for every `break`/`continue`, the loop it targets (unlabelled: the innermost). */
  indexLoops(root: A.Block | A.Expr): void {
    const stack: NodeId[] = [];
    const visitE = (e: A.Expr) => {
      const x = sx(e);
      if (x.kind === 'loop' || x.kind === 'while' || x.kind === 'forLoop') {
        this.loopLabels.set(x.id, x.label?.ident.name ?? null);
        if (x.kind === 'while') visitE(x.cond);
        if (x.kind === 'forLoop') visitE(x.iter);
        stack.push(x.id);
        visitB(x.body);
        stack.pop();
        return;
      }
      if (x.kind === 'break' || x.kind === 'continue') {
        const top = stack[stack.length - 1];
        if (top !== undefined && !x.label) this.loopOfBreak.set(x.id, top);
      }
      if (x.kind === 'closure') {
        const saved = stack.splice(0);
        visitE(x.closure.body);
        stack.push(...saved);
        return;
      }
      forEachChild(e, visitE, visitB);
    };
    const visitB = (b: A.Block) => {
      for (const s of b.stmts) {
        if (s.kind === 'let') {
          if (s.init.kind !== 'decl') visitE(s.init.expr);
          if (s.init.kind === 'initElse') visitB(s.init.els);
        } else if (s.kind === 'expr' || s.kind === 'semi') visitE(s.expr);
      }
    };
    if ('stmts' in root) visitB(root);
    else visitE(root);
  }

  private capturedBy(c: A.Expr & { kind: 'closure' }): Local[] {
    const out: Local[] = [];
    const visit = (e: A.Expr) => {
      const l = this.localOf(e);
      if (l && l.closure !== c.id && !out.includes(l)) out.push(l);
      forEachChild(e, visit, (b) => {
        for (const s of b.stmts) {
          if (s.kind === 'let' && s.init.kind !== 'decl') visit(s.init.expr);
          else if (s.kind === 'expr' || s.kind === 'semi') visit(s.expr);
        }
      });
    };
    visit(c.closure.body);
    return out;
  }

  private noteCaptureMutated(l: Local): void {
    if (this.closure !== null && l.closure !== this.closure) this.mutatingClosures.add(this.closure);
  }

  /**
   * A closure's own body: its dead stores are analyzed on their own. Variables it captures by
   * reference are live at its end (the enclosing body may read them after a call).
   */
  private closureBody(c: A.Expr & { kind: 'closure' }): void {
    if (this.fixpointPass) return;
    const saved = this.loopTargets;
    void saved;
    let exit = this.empty();
    if (c.closure.capture.kind !== 'value') for (const l of this.capturedBy(c)) exit = this.with(exit, l, 1);
    let live = this.expr(c.closure.body, exit);
    for (const p of c.closure.decl.inputs) live = this.patDefs(p.pat, live, null);
  }

  // -- reporting -----------------------------------------------------------------------------------------

  report(): void {
    const fcx = this.fcx;
    const level = (lint: string) => bodyLintLevel(fcx.ctx, fcx.def, lint);
    const skip = (l: Local) => l.name.startsWith('_') || l.name === 'self' || l.identSpan.ctxt !== 0;
    // unused_mut
    for (const l of this.locals) {
      if (!l.isMut || skip(l)) continue;
      const needed = l.mutated || l.assigned > (l.deferred ? 1 : 0);
      if (needed) continue;
      const lv = level('unused_mut');
      const d = new DiagnosticBuilder('warning', 'variable does not need to be mutable', l.span).withCode('unused_mut');
      const mutSpan = mkSpan(l.span.lo, l.identSpan.lo);
      d.suggest('remove this `mut`', [{ span: mutSpan, snippet: '' }], 'MachineApplicable', 'HideCodeInline');
      fcx.lint({ lint: 'unused_mut', level: lv.level, source: lv.source, diag: d.build() });
    }
    // unused_variables: closures' first, then the body's, each in source order.
    const ordered = [...this.locals.filter((l) => l.closure !== null), ...this.locals.filter((l) => l.closure === null)];
    for (const l of ordered) {
      if (skip(l) || l.read) continue;
      const lv = level('unused_variables');
      if (l.assigned > 0) {
        const d = new DiagnosticBuilder('warning', `variable \`${l.name}\` is assigned to, but never used`, l.span).withCode('unused_variables');
        d.note(`consider using \`_${l.name}\` instead`);
        fcx.lint({ lint: 'unused_variables', level: lv.level, source: lv.source, diag: d.build() });
      } else {
        const d = msg.unusedVariable('warning', l.name, l.span);
        d.suggest(msg.prefixWithUnderscore, [{ span: l.span, snippet: `_${l.name}` }], 'MaybeIncorrect', 'ShowCode');
        fcx.lint({ lint: 'unused_variables', level: lv.level, source: lv.source, diag: d.build() });
      }
    }
    // unused_assignments
    const stores = [...this.deadStores].sort((a, b) => a.span.lo - b.span.lo);
    for (const s of stores) {
      if (skip(s.local)) continue;
      if (!s.local.read && (s.init || s.local.assigned === 0)) continue;
      const lv = level('unused_assignments');
      const d = new DiagnosticBuilder('warning', `value ${s.param ? 'passed' : 'assigned'} to \`${s.local.name}\` is never read`, s.span).withCode('unused_assignments');
      d.help('maybe it is overwritten before being read?');
      fcx.lint({ lint: 'unused_assignments', level: lv.level, source: lv.source, diag: d.build() });
    }
  }
}

function isLoopLike(e: A.Expr): boolean {
  return e.kind === 'loop' || e.kind === 'while' || e.kind === 'forLoop' || e.kind === 'block' || e.kind === 'if' || e.kind === 'match';
}

/** Calls `fe`/`fb` on the direct sub-expressions and sub-blocks of an expression. */
export function forEachChild(e: A.Expr, fe: (e: A.Expr) => void, fb: (b: A.Block) => void): void {
  const x = sx(e);
  switch (x.kind) {
    case 'formatArgs':
      for (const a of x.args) fe(a.expr);
      return;
    case 'array':
    case 'tuple':
      x.elems.forEach(fe);
      return;
    case 'call':
      fe(x.func);
      x.args.forEach(fe);
      return;
    case 'methodCall':
      fe(x.receiver);
      x.args.forEach(fe);
      return;
    case 'binary':
    case 'assign':
    case 'assignOp':
      fe(x.lhs);
      fe(x.rhs);
      return;
    case 'unary':
    case 'field':
    case 'addrOf':
    case 'paren':
    case 'try':
    case 'await':
    case 'cast':
    case 'become':
      fe(x.expr);
      return;
    case 'let':
      fe(x.expr);
      return;
    case 'if':
      fe(x.cond);
      fb(x.then);
      if (x.els) fe(x.els);
      return;
    case 'while':
      fe(x.cond);
      fb(x.body);
      return;
    case 'forLoop':
      fe(x.iter);
      fb(x.body);
      return;
    case 'loop':
      fb(x.body);
      return;
    case 'block':
    case 'tryBlock':
    case 'gen':
    case 'constBlock':
      fb(x.block);
      return;
    case 'match':
      fe(x.scrutinee);
      for (const a of x.arms) {
        if (a.guard) fe(a.guard);
        if (a.body) fe(a.body);
      }
      return;
    case 'closure':
      fe(x.closure.body);
      return;
    case 'index':
      fe(x.expr);
      fe(x.index);
      return;
    case 'range':
      if (x.start) fe(x.start);
      if (x.end) fe(x.end);
      return;
    case 'break':
    case 'ret':
    case 'yield':
      if (x.expr) fe(x.expr);
      return;
    case 'struct':
      for (const f of x.fields) fe(f.expr);
      if (x.rest.kind === 'base') fe(x.rest.expr);
      return;
    case 'repeat':
      fe(x.expr);
      return;
    default:
      return;
  }
}

function forEachPatChild(p: A.Pat, f: (p: A.Pat) => void): void {
  switch (p.kind) {
    case 'tuple':
    case 'slice':
    case 'tupleStruct':
      p.elems.forEach(f);
      return;
    case 'struct':
      for (const x of p.fields) f(x.pat);
      return;
    case 'or':
      p.alts.forEach(f);
      return;
    case 'ref':
    case 'box':
    case 'deref':
    case 'paren':
    case 'guard':
      f(p.pat);
      return;
    case 'ident':
      if (p.sub) f(p.sub);
      return;
    default:
      return;
  }
}
