/**
 * Early lints on the expanded AST (rustc's early lint pass, run right after resolution, errors or
 * not), in AST order with file modules in place of their `mod x;`:
 * - `non_camel_case_types`: types, traits, variants, type parameters, associated types (not in
 *   trait impls);
 * - `while_true`: "denote infinite loops with `loop { ... }`";
 * - `unused_parens`: parentheses around `if`/`while` conditions, `match` scrutinees, `for`
 *   iterators, assigned values, returned values and call arguments; around patterns (`let`,
 *   parameters, arms, sub-patterns) and types (rustc's `check_pat`/`check_ty`).
 *
 * Owns: these lints. Must not: use types.
 */
import type * as A from '../../syntax/ast.js';
import type { Span } from '../../syntax/source-map.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import type { DefId } from '../defs.js';
import type { SemaContext } from '../context.js';
import type { LintEmission } from './emit.js';
import { DiagnosticBuilder, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { Visitor } from '../visit.js';
import { bodyLintLevel } from './body-levels.js';
import { camelCaseLint } from './naming.js';
import { sourceMapView } from '../source-map-data.js';

export function earlyLints(ctx: SemaContext): LintEmission[] {
  const root = ctx.r.modules[ctx.r.localRootModule]!.def;
  const file = ctx.r.table.defs[root]!.file;
  const ast = file !== undefined ? ctx.files.get(file) : undefined;
  if (!ast) return [];
  const w = new EarlyLinter(ctx, root);
  for (const it of ast.items) w.visitItem(it);
  return w.out;
}

class EarlyLinter extends Visitor {
  readonly out: LintEmission[] = [];
  private readonly sm;

  constructor(
    private readonly ctx: SemaContext,
    private owner: DefId,
  ) {
    super();
    this.sm = sourceMapView(ctx.sources);
  }

  private emit(lint: string, d: Diagnostic | null): void {
    if (!d) return;
    const lvl = bodyLintLevel(this.ctx, this.owner, lint);
    this.out.push({ lint, level: lvl.level, source: lvl.source, diag: d });
  }

  private withOwner(id: A.NodeId, f: () => void): void {
    const def = this.ctx.defOfNode.get(id);
    const saved = this.owner;
    if (def !== undefined) this.owner = def;
    f();
    this.owner = saved;
  }

  override visitItem(it: A.Item): void {
    if (it.span.ctxt !== 0 && it.kind !== 'impl') return;
    this.withOwner(it.id, () => {
      switch (it.kind) {
        case 'struct':
        case 'enum':
        case 'union':
        case 'tyAlias':
          if (!hasReprC(it.attrs)) this.emit('non_camel_case_types', camelCaseLint('type', it.ident.name, it.ident.span));
          break;
        case 'trait':
          this.emit('non_camel_case_types', camelCaseLint('trait', it.ident.name, it.ident.span));
          break;
        case 'impl':
          // Only inherent impls: a trait impl's types were linted on the trait.
          if (!it.ofTrait) for (const a of it.items) if (a.kind === 'tyAlias') this.emit('non_camel_case_types', camelCaseLint('associated type', a.ident.name, a.ident.span));
          break;
        default:
          break;
      }
      this.walkGenericsForCase(it);
      if (it.kind === 'mod' && it.mod.kind === 'unloaded') {
        const def = this.ctx.defOfNode.get(it.id);
        const file = def !== undefined ? this.ctx.r.table.defs[def]!.file : undefined;
        const ast = file !== undefined ? this.ctx.files.get(file) : undefined;
        if (ast) for (const i of ast.items) this.visitItem(i);
        return;
      }
      if (it.kind === 'trait') {
        for (const a of it.items) {
          if (a.kind === 'tyAlias') this.emit('non_camel_case_types', camelCaseLint('associated type', a.ident.name, a.ident.span));
        }
      }
      if (it.kind === 'enum') for (const v of it.variants) this.emit('non_camel_case_types', camelCaseLint('variant', v.ident.name, v.ident.span));
      this.walkItem(it);
    });
  }

  private walkGenericsForCase(it: A.Item): void {
    if (!('generics' in it)) return;
    const g = (it as { generics: A.Generics }).generics;
    for (const p of g.params) if (p.kind.kind === 'type') this.emit('non_camel_case_types', camelCaseLint('type parameter', p.ident.name, p.ident.span));
  }

  override visitExpr(e: A.Expr): void {
    if (e.span.ctxt === 0) {
      switch (e.kind) {
        case 'while':
          let cond = e.cond;
          while (cond.kind === 'paren') cond = cond.expr;
          if (cond.kind === 'lit' && cond.lit.kind === 'bool' && cond.lit.symbol === 'true' && e.cond.span.ctxt === 0) {
            const sp = mkSpan(e.span.lo, e.cond.span.hi);
            const replace = e.label ? `${e.label.ident.name}: loop` : 'loop';
            const d = new DiagnosticBuilder('warning', 'denote infinite loops with `loop { ... }`', sp).withCode('while_true');
            d.suggest('use `loop`', [{ span: sp, snippet: replace }], 'MachineApplicable', 'HideCodeInline');
            this.emit('while_true', d.build());
          } else this.parens(e.cond, '`while` condition', true, true);
          break;
        case 'if':
          this.parens(e.cond, '`if` condition', true, true);
          break;
        case 'match':
          this.parens(e.scrutinee, '`match` scrutinee expression', true, true);
          break;
        case 'forLoop':
          this.parens(e.iter, '`for` iterator expression', true, true);
          break;
        case 'ret':
          if (e.expr) this.parens(e.expr, '`return` value', false, false);
          break;
        case 'assign':
          this.parens(e.rhs, 'assigned value', false, false);
          break;
        case 'call':
          for (const a of e.args) this.parens(a, 'function argument', false, false);
          break;
        case 'methodCall':
          for (const a of e.args) this.parens(a, 'method argument', false, false);
          break;
        default:
          break;
      }
    }
    this.walkExpr(e);
  }

  override visitPat(p: A.Pat): void {
    if (p.span.ctxt === 0) {
      switch (p.kind) {
        case 'tuple':
        case 'tupleStruct':
        case 'slice':
          for (const x of p.elems) this.parensPat(x, false, false, false);
          break;
        case 'or':
          for (const x of p.alts) this.parensPat(x, false, false, false);
          break;
        case 'struct':
          for (const f of p.fields) this.parensPat(f.pat, false, false, false);
          break;
        case 'ident':
          if (p.sub) this.parensPat(p.sub, true, false, false);
          break;
        case 'box':
        case 'deref':
        case 'guard':
          this.parensPat(p.pat, true, false, false);
          break;
        case 'ref':
          // `&(mut x)` is not `&mut x`.
          this.parensPat(p.pat, true, p.mutability === 'not', false);
          break;
        default:
          break;
      }
    }
    this.walkPat(p);
  }

  override visitParam(p: A.Param): void {
    this.parensPat(p.pat, true, false, false);
    super.visitParam(p);
  }

  override visitArm(a: A.Arm): void {
    this.parensPat(a.pat, false, false, false);
    super.visitArm(a);
  }

  override visitTy(t: A.Ty): void {
    if (t.kind === 'paren' && t.span.ctxt === 0) {
      const r = t.ty;
      // `&(dyn A + B)` and `(impl A + B)` need them.
      if (r.kind !== 'traitObject' && !(r.kind === 'implTrait' && r.bounds.length > 1)) this.delims(t.span, r.span, 'type', false);
    }
    this.walkTy(t);
  }

  override visitStmt(s: A.Stmt): void {
    if (s.kind === 'let' && s.span.ctxt === 0) this.parensPat(s.pat, true, false, true);
    if (s.kind === 'let' && s.init.kind !== 'decl' && s.span.ctxt === 0) this.parens(s.init.expr, 'assigned value', false, false);
    if (s.kind === 'item') {
      this.visitItem(s.item);
      return;
    }
    this.walkStmt(s);
  }

  /** rustc's `check_unused_delims_expr` for parentheses. */
  private parens(e: A.Expr, what: string, followedByBlock: boolean, isKw: boolean): void {
    if (e.kind !== 'paren' || e.span.ctxt !== 0) return;
    const inner = e.expr;
    if (inner.span.ctxt !== 0 || delimsNecessary(inner, followedByBlock)) return;
    this.delims(e.span, inner.span, what, isKw);
  }

  /** rustc's `check_unused_parens_pat`: `avoidOr` keeps `(a | b)`, `avoidMut` keeps `(mut x)`. */
  private parensPat(p: A.Pat, avoidOr: boolean, avoidMut: boolean, keepSpaceLo: boolean): void {
    if (p.kind !== 'paren' || p.span.ctxt !== 0) return;
    const inner = p.pat;
    if (inner.kind === 'range' || (inner.kind === 'or' && avoidOr)) return;
    if (inner.kind === 'ident' && inner.binding.mutability === 'mut' && inner.binding.byRef === null && avoidMut) return;
    this.delims(p.span, inner.span, 'pattern', keepSpaceLo);
  }

  /** rustc's `emit_unused_delims`: the warning at both parentheses, and their removal. */
  private delims(outer: Span, inner: Span, what: string, isKw: boolean): void {
    const lo = mkSpan(outer.lo, inner.lo);
    const hi = mkSpan(inner.hi, outer.hi);
    const file = this.sm.lookupFile(outer.lo);
    const before = file.src.slice(0, outer.lo - file.startPos);
    const after = file.src.slice(outer.hi - file.startPos);
    const loReplace = (isKw && !before.endsWith(' ')) || /[\p{L}\p{N}_]$/u.test(before) ? ' ' : '';
    const hiReplace = /^[\p{L}\p{N}_]/u.test(after) ? ' ' : '';
    const d = new DiagnosticBuilder('warning', `unnecessary parentheses around ${what}`, lo).withCode('unused_parens');
    d.primarySpan(hi);
    d.suggest('remove these parentheses', [
      { span: lo, snippet: loReplace },
      { span: hi, snippet: hiReplace },
    ], 'MachineApplicable', 'ShowAlways');
    this.emit('unused_parens', d.build());
  }
}

function hasReprC(attrs: readonly A.Attribute[]): boolean {
  return attrs.some((a) => a.kind === 'normal' && a.path.segments.length === 1 && a.path.segments[0]!.ident.name === 'repr' && a.meta?.kind.kind === 'list' && a.meta.kind.items.some((i) => i.kind === 'meta' && i.meta.path.segments[0]?.ident.name === 'C'));
}

/** rustc's `is_expr_delims_necessary` (the cases ordinary code has). */
function delimsNecessary(inner: A.Expr, followedByBlock: boolean): boolean {
  if (inner.kind === 'let' || inner.kind === 'range' || inner.kind === 'closure' || inner.kind === 'cast') return true;
  if (followedByBlock && containsStructLiteral(inner)) return true;
  // `(a) < b` style comparisons after `as` or generic args need them; conservatively keep blocks.
  if (inner.kind === 'block' || inner.kind === 'if' || inner.kind === 'match' || inner.kind === 'loop' || inner.kind === 'while' || inner.kind === 'forLoop') return followedByBlock;
  return false;
}

function containsStructLiteral(e: A.Expr): boolean {
  switch (e.kind) {
    case 'struct':
      return true;
    case 'binary':
      return containsStructLiteral(e.lhs) || containsStructLiteral(e.rhs);
    case 'unary':
    case 'field':
      return containsStructLiteral(e.expr);
    case 'methodCall':
      return containsStructLiteral(e.receiver);
    case 'index':
      return containsStructLiteral(e.expr);
    case 'cast':
      return containsStructLiteral(e.expr);
    default:
      return false;
  }
}

export type { Span };
