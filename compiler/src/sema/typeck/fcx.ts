/**
 * The state of checking one body (rustc's `FnCtxt`): the inference context, the types of locals
 * and expressions, pending trait obligations, the return type, enclosing loops, divergence, the
 * diagnostics found so far (in the order rustc reports them), and the stashed resolution errors
 * this body emits when it reaches their expressions. Also the helpers every part of the checker
 * uses: lowering written types with inference variables, instantiating generics, normalizing
 * associated types, printing types.
 *
 * Owns: per-body state and shared helpers. Must not: touch anything outside its body's results.
 */
import type * as A from '../../syntax/ast.js';
import type { NodeId } from '../../syntax/ast.js';
import type { Span } from '../../syntax/source-map.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DefId } from '../defs.js';
import type { SemaContext } from '../context.js';
import type { AssocItemData, Generics, Predicate } from '../collect/types.js';
import type { GenericArg, Ty } from '../ty/ty.js';
import type { LowerCx } from '../ty/lower.js';
import type { StashedError } from '../resolve/late.js';
import type { LintEmission } from '../lints/emit.js';
import type { TaskDiag } from '../task-diag.js';
import { ERASED, ERROR, isTy, subst, substArgs, CONST_ERROR } from '../ty/ty.js';
import { printTy, type PrintOptions } from '../ty/print.js';
import { printEnv } from '../context.js';
import { evalConstExpr } from '../collect/const-eval.js';
import { InferCtxt } from './infer.js';
import { Fulfillment } from './traits.js';
import { sourceMapView } from '../source-map-data.js';
import type { SourceMap } from '../../syntax/source-map.js';

export interface LoopCtxt {
  readonly id: NodeId;
  readonly label: string | null;
  /** `loop`: the type `break value` coerces to; null for `while`/`for` (breaks are `()`). */
  readonly breakTy: Ty | null;
  /** Whether some `break` targets this loop. */
  mayBreak: boolean;
}

/** What rustc calls `Diverges`: after this, code is unreachable. */
export type Diverges = { readonly kind: 'maybe' } | { readonly kind: 'always'; readonly span: Span; readonly customNote: string | null } | { readonly kind: 'warned' };

export class FnCtxt {
  readonly infcx = new InferCtxt();
  /** Errors and lints in the order rustc reports them. */
  readonly outputs: TaskDiag[] = [];
  /** Binding pattern nodes by id. */
  readonly patNodes = new Map<NodeId, A.Pat>();
  /** The top-level patterns of closure parameters and their types (E0282 asks to annotate "this closure parameter"). */
  readonly closureParams = new Map<NodeId, Ty>();
  /** `let x = init;`: binding → init span ("expected due to this value"). */
  readonly localInits = new Map<NodeId, Span>();
  /** Binding pattern id → type. */
  readonly locals = new Map<NodeId, Ty>();
  /** Expression id → type (unresolved until the end). */
  readonly exprTypes = new Map<NodeId, Ty>();
  /** Method call expression → the method's def. */
  readonly methodDefs = new Map<NodeId, DefId>();
  /** Method call expression → the method's generic args (for the back end's typeck export). */
  readonly methodArgs = new Map<NodeId, GenericArg[]>();
  /** Value paths → the item they name (fns, ctors, consts, associated items), for dead code. */
  readonly pathDefs = new Map<NodeId, DefId>();
  /** Value paths to generic items → their generic arguments (`U::TO_BASE`: `Self = U`). */
  readonly pathArgs = new Map<NodeId, readonly GenericArg[]>();
  /** Field expressions → the field read, for dead code. */
  readonly fieldDefs = new Map<NodeId, DefId>();
  /** Place expressions borrowed mutably (autoref `&mut` of a method receiver, `&mut x`). */
  readonly mutBorrows = new Set<NodeId>();
  /**
   * Method receivers of type `&mut T` passed to a `&mut self` method as they are: an implicit
   * reborrow `&mut *r`. It needs no `mut` on `r`, but a closure that does it to a captured `r`
   * is `FnMut`.
   */
  readonly mutReborrows = new Set<NodeId>();
  readonly fulfill: Fulfillment;
  readonly loops: LoopCtxt[] = [];
  diverges: Diverges = { kind: 'maybe' };
  /** The declared return type (`()` for no annotation), and the fn's return type span. */
  retTy: Ty = ERROR;
  retTySpan: Span | null = null;
  /**
   * The innermost closure being checked: its `|..| -> T` span, and the `?` expressions in it
   * whose verdict waits for its return type (rustc reports them once the type is known).
   */
  closure: { readonly declSpan: Span; readonly pendingTry: { readonly x: A.Expr & { kind: 'try' }; readonly what: 'Result' | 'Option'; readonly err: Ty | null }[] } | null = null;
  /** The fn's body block and name (for "implicitly returns `()`"). */
  fnBody: { readonly block: A.Block; readonly ident: Span; readonly ret: Ty } | null = null;
  retCoerceTy: Ty = ERROR;
  /** `-> impl Fn(A) -> B`: the signature a returned closure takes. */
  retImplFnSig: { readonly inputs: readonly Ty[]; readonly output: Ty } | null = null;
  /** Blocks whose value is the fn's return value (the body, and its tail's branches). */
  readonly returnBlocks = new Set<A.Block>();
  readonly stashed: Map<NodeId, StashedError>;
  /** Errors reported; some later checks stay silent once a body has errors (liveness). */
  hasErrors = false;
  /** Casts, checked once the body is (rustc's `deferred_cast_checks`). */
  readonly deferredCasts: { readonly x: A.Expr & { kind: 'cast' }; readonly from: Ty; readonly to: Ty }[] = [];
  readonly sm: SourceMap;
  readonly paramEnv: readonly Predicate[];
  readonly lowerCx: LowerCx;

  constructor(
    readonly ctx: SemaContext,
    /** The body's owner. */
    readonly def: DefId,
    stashed: readonly StashedError[],
  ) {
    this.stashed = new Map(stashed.map((s) => [s.exprId, s]));
    this.sm = sourceMapView(ctx.sources);
    this.paramEnv = ctx.sigs.predicates[def] ?? [];
    this.fulfill = new Fulfillment(this);
    const self = this;
    this.lowerCx = {
      table: ctx.r.table,
      resolutions: ctx.resolutions,
      generics: (d) => self.generics(d),
      typeOf: (d) => ctx.sigs.types[d] ?? ERROR,
      predicatesOf: (d) => ctx.sigs.predicates[d] ?? [],
      assocItems: (d) => self.assocItems(d),
      implAssocTy: (impl, name) => {
        const i = ctx.sigs.implOfDef.get(impl);
        return i === undefined ? null : (ctx.sigs.impls[i]!.assocTys.get(name) ?? null);
      },
      paramIndex: (d) => ctx.sigs.paramIndex.get(d) ?? 0,
      evalConst: (e, owner) => evalConstExpr(e, (id) => ctx.resolutions.get(id), (d) => constValue(ctx, d), owner),
      error: (d) => self.report(d),
      infer: (span, param) => self.infcx.newVar('ty', span, false, param ?? null),
      inferConst: () => self.infcx.newConstVar(),
    };
  }

  // -- diagnostics --------------------------------------------------------------------------------

  report(d: Diagnostic): void {
    if (d.level === 'error') this.hasErrors = true;
    this.outputs.push({ kind: 'diag', diag: d });
  }

  lint(e: LintEmission): void {
    this.outputs.push({ kind: 'lint', lint: e });
  }

  /** Emits the stashed resolution error of an expression (at this point of the walk), if any. */
  emitStashed(id: NodeId): boolean {
    const s = this.stashed.get(id);
    if (!s) return false;
    this.stashed.delete(id);
    this.report(s.diag);
    return true;
  }

  // -- signatures -----------------------------------------------------------------------------------

  generics(def: DefId): Generics {
    const g = this.ctx.sigs.generics[def];
    if (g) return g;
    return { parent: null, parentCount: 0, params: [], hasSelf: false, count: 0, span: this.ctx.r.table.defs[def]!.span };
  }

  assocItems(def: DefId): readonly AssocItemData[] {
    return this.ctx.sigs.assocItems.get(def) ?? [];
  }

  /** Fresh inference variables for all generics of `def` (parents included). */
  freshArgs(def: DefId, span: Span): GenericArg[] {
    const out: GenericArg[] = [];
    const fill = (g: Generics) => {
      if (g.parent !== null) fill(this.generics(g.parent));
      for (const p of g.params) out[p.index] = p.kind === 'lifetime' ? ERASED : p.kind === 'const' ? this.infcx.newConstVar() : this.infcx.newVar('ty', span, false, p.name);
    };
    fill(this.generics(def));
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = ERROR;
    return out;
  }

  /** The generics of the body's owner as themselves (`T` stays `T` inside the body). */
  identityArgs(def: DefId): GenericArg[] {
    const out: GenericArg[] = [];
    const fill = (g: Generics) => {
      if (g.parent !== null) fill(this.generics(g.parent));
      for (const p of g.params) out[p.index] = p.kind === 'lifetime' ? { k: 'region', name: p.name } : p.kind === 'const' ? { k: 'const', value: null, param: { index: p.index, name: p.name }, infer: null } : { k: 'param', index: p.index, name: p.name };
    };
    fill(this.generics(def));
    return out;
  }

  /** Registers the predicates of `def` instantiated with `args` as obligations. */
  registerPredicates(def: DefId, args: readonly GenericArg[], cause: ObligationCause): void {
    for (const p of this.ctx.sigs.predicates[def] ?? []) this.registerPredicate(p, args, cause);
  }

  registerPredicate(p: Predicate, args: readonly GenericArg[], cause: ObligationCause): void {
    const pargs = substArgs(p.args, args);
    if (p.kind === 'trait') this.fulfill.register({ kind: 'trait', trait: p.trait, args: pargs, cause: { ...cause, boundSpan: p.span } });
    else this.fulfill.register({ kind: 'projection', trait: p.trait, item: p.item, args: pargs, ty: subst(p.ty, args), cause: { ...cause, boundSpan: p.span } });
  }

  // -- types ------------------------------------------------------------------------------------------

  /** Lowers a written type in the body (`_` and omitted generic arguments become variables). */
  lowerTy(t: A.Ty): Ty {
    return this.normalize(lowerTyIn(this, t), t.span);
  }

  resolve(t: Ty): Ty {
    return this.infcx.resolve(t);
  }

  shallow(t: Ty): Ty {
    const s = this.infcx.shallow(t);
    if (s.k === 'alias') return this.infcx.shallow(this.normalize(s, null));
    return s;
  }

  /**
   * Replaces associated type projections by what they stand for when the impl is known; otherwise
   * by a variable constrained by a projection obligation (resolved when the self type is known).
   */
  normalize(t: Ty, span: Span | null): Ty {
    if (!hasAlias(t)) return t;
    return this.fulfill.normalize(t, span);
  }

  print(t: Ty, opts: PrintOptions = {}): string {
    return printTy(printEnv(this.ctx), this.resolve(t), opts);
  }

  /** rustc's `ty_to_string` for labels: `{integer}`, `Vec<i32>`. */
  tyStr(t: Ty): string {
    return this.print(t);
  }

  /** Whether the body is a `const` or `static` initializer (rustc's `is_inside_const_context`). */
  get inConstContext(): boolean {
    const k = this.ctx.r.table.defs[this.def]!.kind;
    return k === 'const' || k === 'static' || k === 'assocConst';
  }

  patOf(id: NodeId): A.Pat | null {
    return this.patNodes.get(id) ?? null;
  }

  recordExpr(id: NodeId, t: Ty): Ty {
    this.exprTypes.set(id, t);
    return t;
  }
}

export interface ObligationCause {
  readonly span: Span;
  /** The bound's span in its definition (for "required by this bound in"). */
  readonly boundSpan?: Span;
  /** The def whose predicates these are (for "required by a bound in `foo`"). */
  readonly itemDef?: DefId | null;
  readonly kind: 'misc' | 'callArg' | 'formatArg' | 'formatMacro' | 'binop' | 'derive' | 'forLoop' | 'question' | 'methodReceiver' | 'sized' | 'vecElem';
  /** The call's callee span, for "required by a bound introduced by this call". */
  readonly callSpan?: Span;
  /** Format arguments: the `{}` placeholder. */
  readonly placeholder?: Span | null;
  /** A binary operator whose right operand is a literal (parenthesized or not): its span. */
  readonly rhsLitSpan?: Span;
  /** Obligations an impl's where-clauses added: the impl-proven parents, outermost first. */
  readonly derived?: readonly { readonly trait: DefId; readonly args: readonly GenericArg[] }[];
}

export function hasAlias(t: Ty): boolean {
  switch (t.k) {
    case 'alias':
      return true;
    case 'adt':
    case 'fnDef':
    case 'dyn':
      return t.args.some((a) => isTy(a) && hasAlias(a));
    case 'ref':
    case 'ptr':
    case 'slice':
    case 'array':
      return hasAlias(t.ty);
    case 'tuple':
      return t.elems.some(hasAlias);
    case 'fnPtr':
    case 'closure':
      return t.inputs.some(hasAlias) || hasAlias(t.output);
    default:
      return false;
  }
}

import { lowerTy as lowerTyImpl } from '../ty/lower.js';

function lowerTyIn(fcx: FnCtxt, t: A.Ty): Ty {
  return lowerTyImpl(fcx.lowerCx, { owner: fcx.def }, t);
}

const constCache = new WeakMap<SemaContext, Map<DefId, number | null>>();

export function constValue(ctx: SemaContext, def: DefId): number | null {
  let m = constCache.get(ctx);
  if (!m) constCache.set(ctx, (m = new Map()));
  if (m.has(def)) return m.get(def)!;
  m.set(def, null);
  const node = ctx.r.table.defs[def]!.node;
  let v: number | null = null;
  if (node && 'kind' in node && (node.kind === 'const' || node.kind === 'static') && node.expr) {
    v = evalConstExpr(node.expr, (id) => ctx.resolutions.get(id), (d) => constValue(ctx, d), def);
  }
  m.set(def, v);
  return v;
}

void CONST_ERROR;
