/**
 * Building AST nodes for macro expansions (rustc's `ExtCtxt` helpers): every node gets a fresh
 * node id from the file it is expanded in, and the span the expansion gives it (usually the call
 * site in the expansion's context, so that diagnostics say "this error originates in the macro").
 *
 * Node ids of expansions start at 2^31 within their file, above anything the parser hands out.
 *
 * Owns: node construction and id allocation for expansions. Must not: decide what a macro expands to.
 */
import type * as A from '../../syntax/ast.js';
import { makeNodeId, type NodeId } from '../../syntax/ast.js';
import type { Span } from '../../syntax/source-map.js';

export const EXPANSION_ID_BASE = 0x80000000;

export class AstBuilder {
  private counter: number;

  constructor(readonly fileIndex: number, start = EXPANSION_ID_BASE) {
    this.counter = start;
  }

  /** The next counter value, for a fragment parser that allocates its own ids. */
  reserve(n: number): number {
    const base = this.counter;
    this.counter += n;
    return base;
  }

  id(): NodeId {
    return makeNodeId(this.fileIndex, this.counter++);
  }

  ident(name: string, span: Span): A.Ident {
    return { name, span };
  }

  /** `$crate::a::b` (`global`: resolved from the std crate root whatever the user's names). */
  path(segments: readonly string[], span: Span, crateRoot = true): A.Path {
    const segs: A.PathSegment[] = [];
    if (crateRoot) segs.push({ id: this.id(), ident: { name: '$crate', span }, args: null });
    for (const s of segments) segs.push({ id: this.id(), ident: { name: s, span }, args: null });
    return { span, segments: segs };
  }

  exprPath(segments: readonly string[], span: Span, crateRoot = true): A.Expr {
    return { kind: 'path', id: this.id(), span, attrs: [], qself: null, path: this.path(segments, span, crateRoot) };
  }

  exprIdent(name: string, span: Span): A.Expr {
    return { kind: 'path', id: this.id(), span, attrs: [], qself: null, path: { span, segments: [{ id: this.id(), ident: { name, span }, args: null }] } };
  }

  call(func: A.Expr, args: A.Expr[], span: Span): A.Expr {
    return { kind: 'call', id: this.id(), span, attrs: [], func, args };
  }

  methodCall(receiver: A.Expr, name: string, args: A.Expr[], span: Span): A.Expr {
    return { kind: 'methodCall', id: this.id(), span, attrs: [], receiver, seg: { id: this.id(), ident: { name, span }, args: null }, args, argsSpan: span };
  }

  block(stmts: A.Stmt[], span: Span): A.Block {
    return { id: this.id(), stmts, rules: 'default', span };
  }

  exprBlock(stmts: A.Stmt[], span: Span): A.Expr {
    return { kind: 'block', id: this.id(), span, attrs: [], block: this.block(stmts, span), label: null };
  }

  semi(expr: A.Expr, span: Span): A.Stmt {
    return { kind: 'semi', id: this.id(), span, expr };
  }

  tail(expr: A.Expr, span: Span): A.Stmt {
    return { kind: 'expr', id: this.id(), span, expr };
  }

  letStmt(pat: A.Pat, init: A.Expr, span: Span): A.Stmt {
    return { kind: 'let', id: this.id(), span, attrs: [], pat, ty: null, init: { kind: 'init', expr: init }, colonSpan: null };
  }

  not(expr: A.Expr, span: Span): A.Expr {
    return { kind: 'unary', id: this.id(), span, attrs: [], op: 'not', expr };
  }

  deref(expr: A.Expr, span: Span): A.Expr {
    return { kind: 'unary', id: this.id(), span, attrs: [], op: 'deref', expr };
  }

  addrOf(expr: A.Expr, span: Span): A.Expr {
    return { kind: 'addrOf', id: this.id(), span, attrs: [], borrowKind: 'ref', mutability: 'not', expr };
  }

  paren(expr: A.Expr, span: Span): A.Expr {
    return { kind: 'paren', id: this.id(), span, attrs: [], expr };
  }

  binary(op: A.BinOpKind, lhs: A.Expr, rhs: A.Expr, span: Span): A.Expr {
    return { kind: 'binary', id: this.id(), span, attrs: [], op: { kind: op, span }, lhs, rhs };
  }

  tuple(elems: A.Expr[], span: Span): A.Expr {
    return { kind: 'tuple', id: this.id(), span, attrs: [], elems };
  }

  array(elems: A.Expr[], span: Span): A.Expr {
    return { kind: 'array', id: this.id(), span, attrs: [], elems };
  }

  strLit(text: string, span: Span): A.Expr {
    return { kind: 'lit', id: this.id(), span, attrs: [], lit: { kind: 'str', symbol: escapeStr(text), suffix: null, hashes: 0, span } };
  }

  boolLit(value: boolean, span: Span): A.Expr {
    return { kind: 'lit', id: this.id(), span, attrs: [], lit: { kind: 'bool', symbol: value ? 'true' : 'false', suffix: null, hashes: 0, span } };
  }

  ifExpr(cond: A.Expr, then: A.Block, els: A.Expr | null, span: Span): A.Expr {
    return { kind: 'if', id: this.id(), span, attrs: [], cond, then, els };
  }

  match(scrutinee: A.Expr, arms: A.Arm[], span: Span): A.Expr {
    return { kind: 'match', id: this.id(), span, attrs: [], scrutinee, arms };
  }

  arm(pat: A.Pat, guard: A.Expr | null, body: A.Expr, span: Span): A.Arm {
    return { id: this.id(), attrs: [], pat, guard, body, span };
  }

  patIdent(name: string, span: Span): A.Pat {
    return { kind: 'ident', id: this.id(), span, binding: { byRef: null, mutability: 'not' }, ident: { name, span }, sub: null };
  }

  patTuple(elems: A.Pat[], span: Span): A.Pat {
    return { kind: 'tuple', id: this.id(), span, elems };
  }

  patWild(span: Span): A.Pat {
    return { kind: 'wild', id: this.id(), span };
  }

  err(span: Span): A.Expr {
    return { kind: 'err', id: this.id(), span, attrs: [] };
  }
}

/** The symbol of a cooked string literal whose value is `text`. */
function escapeStr(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
