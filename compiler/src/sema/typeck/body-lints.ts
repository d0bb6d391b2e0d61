/**
 * The late lints that look inside a body, computed by the body's task from its types and handed
 * to the pipeline (emitted only when the crate has no errors, at the body's place in the late
 * lint walk): `non_snake_case` for bindings, `non_upper_case_globals` for constants in patterns,
 * `path_statements` and `unused_must_use` (rustc's `PathStatements` and `UnusedResults`).
 *
 * Owns: these checks. Must not: emit (the pipeline does).
 */
import type * as A from '../../syntax/ast.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import { DiagnosticBuilder, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DefId } from '../defs.js';
import type { Ty } from '../ty/ty.js';
import { isTy } from '../ty/ty.js';
import { Visitor } from '../visit.js';
import type { FnCtxt } from './fcx.js';
import type { LintEmission } from '../lints/emit.js';
import { bodyLintLevel } from '../lints/body-levels.js';
import { lintAttrs, type LintAttr } from '../lints/levels.js';
import { snakeCaseLint, upperCaseLint } from '../lints/naming.js';

export function bodyLateLints(fcx: FnCtxt, params: readonly A.Param[], body: A.Block | A.Expr | null): LintEmission[] {
  const l = new BodyLinter(fcx);
  for (const p of params) l.visitPat(p.pat);
  if (body) {
    if ('stmts' in body) l.visitBlock(body);
    else l.visitExpr(body);
  }
  return l.out;
}

class BodyLinter extends Visitor {
  readonly out: LintEmission[] = [];
  private readonly attrScopes: LintAttr[][] = [];

  constructor(private readonly fcx: FnCtxt) {
    super();
  }

  private emit(lint: string, d: Diagnostic | null): void {
    if (!d) return;
    const lvl = bodyLintLevel(this.fcx.ctx, this.fcx.def, lint, this.attrScopes);
    this.out.push({ lint, level: lvl.level, source: lvl.source, diag: d });
  }

  override visitStmt(s: A.Stmt): void {
    // Lint attributes on a `let` statement (`#[allow(overflowing_literals)] let x: u8 = 300;`).
    if (s.kind === 'let' && s.attrs.length > 0) {
      const own = lintAttrs(s.attrs);
      if (own.length > 0) {
        this.attrScopes.push(own);
        this.walkStmt(s);
        this.attrScopes.pop();
        return;
      }
    }
    if (s.kind === 'semi' && s.span.ctxt === 0) {
      this.pathStatement(s);
      this.unusedResult(s);
    }
    if (s.kind === 'item') return;
    this.walkStmt(s);
  }

  override visitExpr(e: A.Expr): void {
    if (e.span.ctxt === 0) {
      if (e.kind === 'unary' && e.op === 'neg' && e.expr.kind === 'lit') {
        this.emit('overflowing_literals', overflowingLiteral(this.fcx, e.expr, e.span, true));
        return;
      }
      if (e.kind === 'lit') this.emit('overflowing_literals', overflowingLiteral(this.fcx, e, e.span, false));
    }
    if (e.kind === 'closure') {
      for (const p of e.closure.decl.inputs) this.visitPat(p.pat);
      this.visitExpr(e.closure.body);
      return;
    }
    this.walkExpr(e);
  }

  override visitPat(p: A.Pat): void {
    if (p.span.ctxt === 0) {
      if (p.kind === 'ident') {
        const r = this.fcx.ctx.resolutions.get(p.id);
        if (r && r.res.kind === 'def') {
          if (r.res.defKind === 'const') this.emit('non_upper_case_globals', upperCaseLint('constant in pattern', p.ident.name, p.ident.span, false));
        } else if (p.ident.name !== 'self') {
          this.emit('non_snake_case', snakeCaseLint('variable', p.ident.name, p.ident.span, this.fcx.ctx.edition));
        }
      } else if (p.kind === 'struct') {
        // A shorthand field binds the field's own name: linted on the struct, not here.
        for (const f of p.fields) {
          if (f.isShorthand && f.pat.kind === 'ident') {
            if (f.pat.sub) this.visitPat(f.pat.sub);
          } else this.visitPat(f.pat);
        }
        return;
      }
    }
    this.walkPat(p);
  }

  /** rustc's `PathStatements`. */
  private pathStatement(s: A.Stmt & { kind: 'semi' }): void {
    if (s.expr.kind !== 'path') return;
    const t = this.fcx.exprTypes.get(s.expr.id);
    if (!t) return;
    if (needsDrop(this.fcx, this.fcx.resolve(t), 0)) {
      const d = new DiagnosticBuilder('warning', 'path statement drops value', s.span).withCode('path_statements');
      d.suggest('use `drop` to clarify the intent', [{ span: s.span, snippet: `drop(${this.fcx.sm.snippet(s.expr.span)});` }], 'MachineApplicable', 'ShowCode');
      this.emit('path_statements', d.build());
    } else {
      this.emit('path_statements', new DiagnosticBuilder('warning', 'path statement with no effect', s.span).withCode('path_statements').build());
    }
  }

  /** rustc's `UnusedResults` (`unused_must_use`). */
  private unusedResult(s: A.Stmt & { kind: 'semi' }): void {
    let expr = s.expr;
    let fromBlock = false;
    while (expr.kind === 'block' && expr.block.stmts.length > 0) {
      const last = expr.block.stmts[expr.block.stmts.length - 1]!;
      if (last.kind !== 'expr') break;
      expr = last.expr;
      fromBlock = true;
    }
    if (expr.kind === 'ret' || expr.span.ctxt !== 0) return;
    const t0 = this.fcx.exprTypes.get(expr.id);
    if (!t0) return;
    const t = this.fcx.resolve(t0);
    const sugg = (d: DiagnosticBuilder) => {
      if (fromBlock) return;
      d.suggest('use `let _ = ...` to ignore the resulting value', [{ span: mkSpan(expr.span.lo, expr.span.lo), snippet: 'let _ = ' }], 'MaybeIncorrect', 'ShowAlways');
    };
    let typeWarned = false;
    const must = this.mustUseTy(t);
    if (must) {
      const d = new DiagnosticBuilder('warning', `unused ${must.what} that must be used`, expr.span).withCode('unused_must_use');
      if (must.note) d.note(must.note);
      sugg(d);
      this.emit('unused_must_use', d.build());
      typeWarned = true;
    }
    const fnDef = this.calledFn(expr);
    let fnWarned = false;
    if (fnDef !== null && this.fcx.ctx.sigs.mustUse.has(fnDef)) {
      const msgText = this.fcx.ctx.sigs.mustUse.get(fnDef);
      const d = new DiagnosticBuilder('warning', `unused return value of \`${this.fnPath(fnDef)}\` that must be used`, expr.span).withCode('unused_must_use');
      if (msgText) d.note(msgText);
      sugg(d);
      this.emit('unused_must_use', d.build());
      fnWarned = true;
    }
    if (!fnWarned && typeWarned) return;
    let op: string | null = null;
    if (expr.kind === 'binary') {
      const k = expr.op.kind;
      op = ['eq', 'lt', 'le', 'ne', 'ge', 'gt'].includes(k) ? 'comparison' : ['add', 'sub', 'div', 'mul', 'rem'].includes(k) ? 'arithmetic operation' : k === 'and' || k === 'or' ? 'logical operation' : 'bitwise operation';
    } else if (expr.kind === 'unary' && (expr.op === 'not' || expr.op === 'neg')) op = 'unary operation';
    if (op) {
      const d = new DiagnosticBuilder('warning', `unused ${op} that must be used`, expr.span).withCode('unused_must_use');
      d.label(expr.span, `the ${op} produces a value`);
      sugg(d);
      this.emit('unused_must_use', d.build());
    }
  }

  private mustUseTy(t: Ty): { what: string; note: string | null } | null {
    const sigs = this.fcx.ctx.sigs;
    if (t.k === 'adt' && sigs.mustUse.has(t.def)) return { what: `\`${this.fcx.ctx.r.table.defs[t.def]!.name}\``, note: sigs.mustUse.get(t.def) ?? null };
    if (t.k === 'closure') return { what: 'closure', note: 'closures are lazy and do nothing unless called' };
    return null;
  }

  /** The fn or method a call expression calls (for `#[must_use]` fns). */
  private calledFn(e: A.Expr): DefId | null {
    if (e.kind === 'methodCall') return this.fcx.methodDefs.get(e.id) ?? null;
    if (e.kind === 'call' && e.func.kind === 'path') {
      const t = this.fcx.exprTypes.get(e.func.id);
      const r = t ? this.fcx.resolve(t) : null;
      if (r && r.k === 'fnDef') return r.def;
    }
    return null;
  }

  /** rustc's `def_path_str` for the lint message: `compute`, `Vec::<T, A>::len`. */
  private fnPath(def: DefId): string {
    const defs = this.fcx.ctx.r.table.defs;
    const d = defs[def]!;
    if (d.kind === 'assocFn') {
      const parent = defs[d.parent!]!;
      if (parent.kind === 'impl') {
        const self = this.fcx.ctx.sigs.types[d.parent!];
        if (self && self.k === 'adt') {
          const g = this.fcx.ctx.sigs.generics[self.def];
          const params = g ? g.params.filter((p) => p.kind !== 'lifetime').map((p) => p.name) : [];
          return `${defs[self.def]!.name}${params.length > 0 ? `::<${params.join(', ')}>` : ''}::${d.name}`;
        }
      }
      return `${parent.name}::${d.name}`;
    }
    return d.name;
  }
}

/** Whether dropping a value of the type runs code (rustc's `needs_drop`), as far as the model tells. */
function needsDrop(fcx: FnCtxt, t: Ty, depth: number): boolean {
  if (depth > 8) return false;
  switch (t.k) {
    case 'adt': {
      const data = fcx.ctx.r.table.defs[t.def]!;
      if (data.isStd) {
        if (['String', 'Vec', 'Box', 'Rc', 'Arc', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'VecDeque', 'BinaryHeap'].includes(data.name)) return true;
        return t.args.some((a) => isTy(a) && needsDrop(fcx, a, depth + 1));
      }
      const drop = fcx.ctx.sigs.lang.get('drop');
      if (drop !== undefined && (fcx.ctx.sigs.traitImpls.get(drop) ?? []).some((i) => {
        const s = fcx.ctx.sigs.impls[i]!.traitRef?.args[0];
        return s !== undefined && isTy(s) && s.k === 'adt' && s.def === t.def;
      })) return true;
      const adt = fcx.ctx.sigs.adts[t.def];
      if (!adt) return false;
      return adt.variants.some((v) => v.fields.some((f) => needsDrop(fcx, substArgsTy(f.ty, t.args), depth + 1)));
    }
    case 'tuple':
      return t.elems.some((e) => needsDrop(fcx, e, depth + 1));
    case 'array':
      return needsDrop(fcx, t.ty, depth + 1);
    case 'closure':
      return false;
    default:
      return false;
  }
}

import { subst as substArgsTy } from '../ty/ty.js';

const INT_BITS: Record<string, number> = { i8: 8, i16: 16, i32: 32, i64: 64, i128: 128, isize: 64, u8: 8, u16: 16, u32: 32, u64: 64, u128: 128, usize: 64 };

/** rustc's `get_type_suggestion`: the first wider type the literal fits. */
function typeSuggestion(t: Ty, val: bigint, negative: boolean): string | null {
  if (t.k !== 'int' && t.k !== 'uint') return null;
  const umax = (n: string) => (1n << BigInt(INT_BITS[n]!)) - 1n;
  const imax = (n: string) => (1n << BigInt(INT_BITS[n]! - 1)) - 1n;
  const table: Record<string, [string[], string[]]> = {
    i8: [['u8'], ['i16', 'i32', 'i64', 'i128']],
    i16: [['u16'], ['i32', 'i64', 'i128']],
    i32: [['u32'], ['i64', 'i128']],
    i64: [['u64'], ['i128']],
    i128: [['u128'], []],
    u8: [['u8', 'u16', 'u32', 'u64', 'u128'], []],
    u16: [['u16', 'u32', 'u64', 'u128'], []],
    u32: [['u32', 'u64', 'u128'], []],
    u64: [['u64', 'u128'], []],
    u128: [['u128'], []],
  };
  const row = table[t.t];
  if (!row) return null;
  for (const u of row[0]) if (!negative && val <= umax(u)) return u;
  for (const i of row[1]) if (val <= imax(i) + (negative ? 1n : 0n)) return i;
  return null;
}

/** rustc's `TypeLimits` for literals: `overflowing_literals`. */
function overflowingLiteral(fcx: FnCtxt, lit: A.Expr & { kind: 'lit' }, span: import('../../syntax/source-map.js').Span, negative: boolean): Diagnostic | null {
  const t0 = fcx.exprTypes.get(lit.id);
  if (!t0) return null;
  const t = fcx.resolve(t0);
  const text = fcx.sm.snippet(span);
  if (lit.lit.kind === 'float' || (lit.lit.kind === 'integer' && t.k === 'float')) {
    if (t.k !== 'float' || (t.t !== 'f32' && t.t !== 'f64')) return null;
    const v = Number(lit.lit.symbol.replace(/_/g, ''));
    const inf = t.t === 'f32' ? !Number.isFinite(Math.fround(v)) : !Number.isFinite(v);
    if (!inf) return null;
    const d = new DiagnosticBuilder('warning', `literal out of range for \`${t.t}\``, span).withCode('overflowing_literals');
    d.note(`the literal \`${fcx.sm.snippet(lit.span)}\` does not fit into the type \`${t.t}\` and will be converted to \`${t.t}::INFINITY\``);
    return d.build();
  }
  if (lit.lit.kind !== 'integer' || (t.k !== 'int' && t.k !== 'uint')) return null;
  const digits = lit.lit.symbol.replace(/_/g, '');
  let val: bigint;
  try {
    val = BigInt(digits.startsWith('0o') ? `0o${digits.slice(2)}` : digits);
  } catch {
    return null;
  }
  const bits = BigInt(INT_BITS[t.t]!);
  const signed = t.k === 'int';
  const max = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  const min = signed ? -(1n << (bits - 1n)) : 0n;
  if (!signed && negative) return null;
  const fits = negative ? val <= max + 1n : val <= max;
  if (fits) return null;
  const d = new DiagnosticBuilder('warning', `literal out of range for \`${t.t}\``, signed ? span : lit.span).withCode('overflowing_literals');
  const radix = /^0[xob]/.test(digits);
  if (radix) {
    // rustc's `report_bin_hex_error`: the value it wraps to.
    const wrapped = BigInt.asUintN(Number(bits), negative ? -val : val);
    const shown = signed ? BigInt.asIntN(Number(bits), wrapped) : wrapped;
    d.note(`the literal \`${fcx.sm.snippet(lit.span)}\` (decimal \`${val}\`) does not fit into the type \`${t.t}\` and will become \`${shown}${t.t}\``);
    const sugg = typeSuggestion(t, val, negative);
    if (sugg) d.help(`consider using the type \`${sugg}\` instead`);
    return d.build();
  }
  d.note(`the literal \`${signed ? text : fcx.sm.snippet(lit.span)}\` does not fit into the type \`${t.t}\` whose range is \`${min}..=${max}\``);
  if (signed) {
    const sugg = typeSuggestion(t, val, negative);
    if (sugg) d.help(`consider using the type \`${sugg}\` instead`);
  }
  return d.build();
}
