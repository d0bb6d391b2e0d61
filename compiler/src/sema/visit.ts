/**
 * A generic walk over the expanded AST (rustc's `visit::Visitor` with default methods): a phase
 * overrides the hooks it cares about and calls `walk*` to go on into children. The walk covers
 * the sema-only `formatArgs` expressions.
 *
 * Owns: the traversal order of children (source order). Must not: know any phase.
 */
import type * as A from '../syntax/ast.js';
import { sx } from './ast-ext.js';

export class Visitor {
  visitItem(it: A.Item): void {
    this.walkItem(it);
  }

  visitExpr(e: A.Expr): void {
    this.walkExpr(e);
  }

  visitStmt(s: A.Stmt): void {
    this.walkStmt(s);
  }

  visitBlock(b: A.Block): void {
    this.walkBlock(b);
  }

  visitPat(p: A.Pat): void {
    this.walkPat(p);
  }

  visitTy(t: A.Ty): void {
    this.walkTy(t);
  }

  visitArm(a: A.Arm): void {
    this.visitPat(a.pat);
    if (a.guard) this.visitExpr(a.guard);
    if (a.body) this.visitExpr(a.body);
  }

  visitParam(p: A.Param): void {
    this.visitPat(p.pat);
    this.visitTy(p.ty);
  }

  visitPath(p: A.Path): void {
    for (const s of p.segments) if (s.args) this.walkGenericArgs(s.args);
  }

  walkGenericArgs(g: A.GenericArgs): void {
    if (g.kind === 'angle') {
      for (const a of g.args) {
        if (a.kind === 'arg') {
          if (a.arg.kind === 'type') this.visitTy(a.arg.ty);
          else if (a.arg.kind === 'const') this.visitExpr(a.arg.value.value);
        } else if (a.constraint.kind.kind === 'equality') {
          const t = a.constraint.kind.term;
          if (t.kind === 'type') this.visitTy(t.ty);
        } else {
          for (const b of a.constraint.kind.bounds) this.walkBound(b);
        }
      }
    } else {
      for (const t of g.inputs) this.visitTy(t);
      if (g.output.kind === 'ty') this.visitTy(g.output.ty);
    }
  }

  walkBound(b: A.GenericBound): void {
    if (b.kind === 'trait') this.visitPath(b.traitRef.path);
  }

  walkGenerics(g: A.Generics): void {
    for (const p of g.params) {
      for (const b of p.bounds) this.walkBound(b);
      if (p.kind.kind === 'type' && p.kind.default) this.visitTy(p.kind.default);
      if (p.kind.kind === 'const') this.visitTy(p.kind.ty);
    }
    for (const w of g.whereClause.predicates) {
      if (w.kind === 'bound') {
        this.visitTy(w.boundedTy);
        for (const b of w.bounds) this.walkBound(b);
      }
    }
  }

  walkFnSig(sig: A.FnSig): void {
    for (const p of sig.decl.inputs) this.visitParam(p);
    if (sig.decl.output.kind === 'ty') this.visitTy(sig.decl.output.ty);
  }

  walkItem(it: A.Item): void {
    switch (it.kind) {
      case 'fn':
        this.walkGenerics(it.generics);
        this.walkFnSig(it.sig);
        if (it.body) this.visitBlock(it.body);
        break;
      case 'mod':
        if (it.mod.kind === 'inline') for (const i of it.mod.items) this.visitItem(i);
        break;
      case 'struct':
      case 'union':
        this.walkGenerics(it.generics);
        this.walkVariantData(it.data);
        break;
      case 'enum':
        this.walkGenerics(it.generics);
        for (const v of it.variants) {
          this.walkVariantData(v.data);
          if (v.discriminant) this.visitExpr(v.discriminant.value);
        }
        break;
      case 'impl':
        this.walkGenerics(it.generics);
        if (it.ofTrait) this.visitPath(it.ofTrait.path);
        this.visitTy(it.selfTy);
        for (const a of it.items) this.visitItem(a as A.Item);
        break;
      case 'trait':
        this.walkGenerics(it.generics);
        for (const b of it.bounds) this.walkBound(b);
        for (const a of it.items) this.visitItem(a as A.Item);
        break;
      case 'const':
      case 'static':
        if (it.kind === 'const') this.walkGenerics(it.generics);
        this.visitTy(it.ty);
        if (it.expr) this.visitExpr(it.expr);
        break;
      case 'tyAlias':
        this.walkGenerics(it.generics);
        for (const b of it.bounds) this.walkBound(b);
        if (it.ty) this.visitTy(it.ty);
        break;
      default:
        break;
    }
  }

  walkVariantData(d: A.VariantData): void {
    if (d.kind !== 'unit') for (const f of d.fields) this.visitTy(f.ty);
  }

  walkBlock(b: A.Block): void {
    for (const s of b.stmts) this.visitStmt(s);
  }

  walkStmt(s: A.Stmt): void {
    switch (s.kind) {
      case 'let':
        if (s.ty) this.visitTy(s.ty);
        if (s.init.kind !== 'decl') this.visitExpr(s.init.expr);
        this.visitPat(s.pat);
        if (s.init.kind === 'initElse') this.visitBlock(s.init.els);
        break;
      case 'item':
        this.visitItem(s.item);
        break;
      case 'expr':
      case 'semi':
        this.visitExpr(s.expr);
        break;
      default:
        break;
    }
  }

  walkExpr(e: A.Expr): void {
    const x = sx(e);
    switch (x.kind) {
      case 'formatArgs':
        for (const a of x.args) this.visitExpr(a.expr);
        break;
      case 'array':
      case 'tuple':
        for (const c of x.elems) this.visitExpr(c);
        break;
      case 'call':
        this.visitExpr(x.func);
        for (const c of x.args) this.visitExpr(c);
        break;
      case 'methodCall':
        this.visitExpr(x.receiver);
        if (x.seg.args) this.walkGenericArgs(x.seg.args);
        for (const c of x.args) this.visitExpr(c);
        break;
      case 'binary':
      case 'assign':
      case 'assignOp':
        this.visitExpr(x.lhs);
        this.visitExpr(x.rhs);
        break;
      case 'unary':
      case 'field':
      case 'addrOf':
      case 'paren':
      case 'try':
      case 'await':
      case 'become':
        this.visitExpr(x.expr);
        break;
      case 'cast':
        this.visitExpr(x.expr);
        this.visitTy(x.ty);
        break;
      case 'let':
        this.visitExpr(x.expr);
        this.visitPat(x.pat);
        break;
      case 'if':
        this.visitExpr(x.cond);
        this.visitBlock(x.then);
        if (x.els) this.visitExpr(x.els);
        break;
      case 'while':
        this.visitExpr(x.cond);
        this.visitBlock(x.body);
        break;
      case 'forLoop':
        this.visitExpr(x.iter);
        this.visitPat(x.pat);
        this.visitBlock(x.body);
        break;
      case 'loop':
        this.visitBlock(x.body);
        break;
      case 'block':
      case 'tryBlock':
      case 'gen':
      case 'constBlock':
        this.visitBlock(x.block);
        break;
      case 'match':
        this.visitExpr(x.scrutinee);
        for (const a of x.arms) this.visitArm(a);
        break;
      case 'closure':
        for (const p of x.closure.decl.inputs) this.visitParam(p);
        if (x.closure.decl.output.kind === 'ty') this.visitTy(x.closure.decl.output.ty);
        this.visitExpr(x.closure.body);
        break;
      case 'index':
        this.visitExpr(x.expr);
        this.visitExpr(x.index);
        break;
      case 'range':
        if (x.start) this.visitExpr(x.start);
        if (x.end) this.visitExpr(x.end);
        break;
      case 'break':
      case 'ret':
      case 'yield':
        if (x.expr) this.visitExpr(x.expr);
        break;
      case 'struct':
        this.visitPath(x.path);
        for (const f of x.fields) this.visitExpr(f.expr);
        if (x.rest.kind === 'base') this.visitExpr(x.rest.expr);
        break;
      case 'repeat':
        this.visitExpr(x.expr);
        this.visitExpr(x.count.value);
        break;
      case 'path':
        if (x.qself) this.visitTy(x.qself.ty);
        this.visitPath(x.path);
        break;
      default:
        break;
    }
  }

  walkPat(p: A.Pat): void {
    switch (p.kind) {
      case 'ident':
        if (p.sub) this.visitPat(p.sub);
        break;
      case 'struct':
        this.visitPath(p.path);
        for (const f of p.fields) this.visitPat(f.pat);
        break;
      case 'tupleStruct':
        this.visitPath(p.path);
        for (const e of p.elems) this.visitPat(e);
        break;
      case 'tuple':
      case 'slice':
        for (const e of p.elems) this.visitPat(e);
        break;
      case 'or':
        for (const e of p.alts) this.visitPat(e);
        break;
      case 'path':
        this.visitPath(p.path);
        break;
      case 'box':
      case 'deref':
      case 'ref':
      case 'paren':
        this.visitPat(p.pat);
        break;
      case 'expr':
        this.visitExpr(p.expr);
        break;
      case 'range':
        if (p.start) this.visitExpr(p.start);
        if (p.end) this.visitExpr(p.end);
        break;
      case 'guard':
        this.visitPat(p.pat);
        this.visitExpr(p.guard);
        break;
      default:
        break;
    }
  }

  walkTy(t: A.Ty): void {
    switch (t.kind) {
      case 'slice':
      case 'paren':
        this.visitTy(t.ty);
        break;
      case 'array':
        this.visitTy(t.ty);
        this.visitExpr(t.len.value);
        break;
      case 'ptr':
      case 'ref':
        this.visitTy(t.mt.ty);
        break;
      case 'tuple':
        for (const e of t.elems) this.visitTy(e);
        break;
      case 'path':
        if (t.qself) this.visitTy(t.qself.ty);
        this.visitPath(t.path);
        break;
      case 'bareFn':
        for (const p of t.fn.decl.inputs) this.visitTy(p.ty);
        if (t.fn.decl.output.kind === 'ty') this.visitTy(t.fn.decl.output.ty);
        break;
      case 'traitObject':
      case 'implTrait':
        for (const b of t.bounds) this.walkBound(b);
        break;
      default:
        break;
    }
  }
}
