/**
 * Checking one body: the `sema.checkBody` task. A pure function of the crate context and the
 * body's owner: type checks the body (functions, methods, constants, statics, derived impls),
 * then, when it type checked without errors, runs liveness (unused variables and assignments,
 * unused `mut`) on it. Returns the diagnostics and lint emissions in rustc's order for the body.
 *
 * Owns: the per-body sequence of phases. Must not: emit or write to the context.
 */
import type * as A from '../../syntax/ast.js';
import type { DefId } from '../defs.js';
import type { SemaContext } from '../context.js';
import type { StashedError } from '../resolve/late.js';
import type { TaskDiag } from '../task-diag.js';
import type { GenericArg, Ty } from '../ty/ty.js';
import { ERROR, UNIT, anyTy, hasInfer, isTy, mapTy, subst } from '../ty/ty.js';
import { FnCtxt } from './fcx.js';
import { checkBlock, checkExprCoercible } from './expr.js';
import { checkPat } from './pat.js';
import { expectHas } from './expect.js';
import { checkDerive } from './derive.js';
import { reportMismatch } from './errors.js';
import { analyzeLiveness } from '../liveness/liveness.js';
import { checkMatches } from '../patterns/check-match.js';
import { borrowck } from '../borrowck/borrowck.js';
import { bodyLateLints } from './body-lints.js';
import { collectBodyUses, type BodyUses } from './body-uses.js';
import type { LintEmission } from '../lints/emit.js';

export interface CheckBodyInput {
  readonly def: DefId;
  readonly stashed: readonly StashedError[];
  /** A name in the body failed to resolve (rustc: the typeck results are tainted by errors). */
  readonly tainted: boolean;
  /** Return the body's typeck results (back end only; off for check-only builds). */
  readonly exportTypeck?: boolean;
}

export interface CheckBodyOutput {
  readonly diags: TaskDiag[];
  /** `diags[laterFrom..]` belong to the body's MIR phase, emitted after every body's typeck. */
  readonly laterFrom: number;
  readonly hasErrors: boolean;
  /** Late lints inside the body (emitted only when the crate has no errors). */
  readonly late: LintEmission[];
  /** What the body uses, for dead code. */
  readonly uses: BodyUses;
  /** Locals that were used (for dead-code analysis of... nothing yet) — and the methods called. */
  readonly usedDefs: DefId[];
  /** With `exportTypeck`: the resolved types and callees the back end lowers from. */
  readonly typeck?: TypeckResults;
}

/** Plain-data typeck results of one body (crosses worker threads). */
export interface TypeckResults {
  /** Expression or pattern-binding node id → resolved type. */
  readonly nodeTypes: Map<NodeId, Ty>;
  /** Method call → callee def and its generic args (resolved). */
  readonly methods: Map<NodeId, { readonly def: DefId; readonly args: readonly GenericArg[] }>;
  /** Value paths → the item they name. */
  readonly pathDefs: Map<NodeId, DefId>;
  /** Value paths to generic items → their generic arguments (resolved). */
  readonly pathArgs: Map<NodeId, readonly GenericArg[]>;
}

function exportTypeck(fcx: FnCtxt): TypeckResults {
  const nodeTypes = new Map<NodeId, Ty>();
  for (const [id, t] of fcx.exprTypes) nodeTypes.set(id, fcx.resolve(t));
  for (const [id, t] of fcx.locals) nodeTypes.set(id, fcx.resolve(t));
  const methods = new Map<NodeId, { def: DefId; args: readonly GenericArg[] }>();
  for (const [id, def] of fcx.methodDefs) methods.set(id, { def, args: (fcx.methodArgs.get(id) ?? []).map((a) => fcx.infcx.resolveArg(a)) });
  const pathArgs = new Map<NodeId, readonly GenericArg[]>();
  for (const [id, args] of fcx.pathArgs) pathArgs.set(id, args.map((a) => fcx.infcx.resolveArg(a)));
  return { nodeTypes, methods, pathDefs: new Map(fcx.pathDefs), pathArgs };
}

export function checkBody(ctx: SemaContext, input: CheckBodyInput): CheckBodyOutput {
  const { def } = input;
  const data = ctx.r.table.defs[def]!;
  const fcx = new FnCtxt(ctx, def, input.stashed);
  if (input.tainted) fcx.hasErrors = true;
  if (data.derive) {
    checkDerive(fcx, data);
  } else {
    const node = data.node as A.FnItem | A.ConstItem | A.StaticItem | null;
    if (node && node.kind === 'fn' && node.body) checkFn(fcx, node, node.body);
    else if (node && (node.kind === 'const' || node.kind === 'static') && node.expr) checkConst(fcx, node, node.expr);
  }
  finish(fcx);
  // Stashed errors that type checking did not reach are emitted at the end of the body.
  for (const s of fcx.stashed.values()) fcx.report(s.diag);
  // rustc's MIR phase of the body (after every body's typeck): match checking, then borrowck and
  // liveness. An error of match checking hides the rest (the MIR is never built).
  const laterFrom = fcx.outputs.length;
  if (!fcx.hasErrors && !data.derive) {
    const node = data.node as A.FnItem | A.ConstItem | A.StaticItem | null;
    const params = node && node.kind === 'fn' ? node.sig.decl.inputs : [];
    const body = node ? (node.kind === 'fn' ? node.body : node.expr) : null;
    checkMatches(fcx, params, body);
    // Borrowck errors do not hide the liveness lints.
    if (!fcx.hasErrors) {
      borrowck(fcx, params, body);
      analyzeLiveness(fcx);
    }
  }
  const used: DefId[] = [...new Set(fcx.methodDefs.values())];
  let late: LintEmission[] = [];
  let uses: BodyUses = { uses: [], constructs: [], reads: [] };
  if (!data.derive) {
    const node = data.node as A.FnItem | A.ConstItem | A.StaticItem | null;
    const params = node && node.kind === 'fn' ? node.sig.decl.inputs : [];
    const body = node ? (node.kind === 'fn' ? node.body : node.expr) : null;
    if (!fcx.hasErrors) late = bodyLateLints(fcx, params, body);
    uses = collectBodyUses(fcx, params, body);
  }
  const typeck = input.exportTypeck && !fcx.hasErrors ? exportTypeck(fcx) : undefined;
  return { diags: fcx.outputs, laterFrom, hasErrors: fcx.hasErrors, usedDefs: used, late, uses, ...(typeck ? { typeck } : {}) };
}

function checkFn(fcx: FnCtxt, node: A.FnItem, body: A.Block): void {
  const ctx = fcx.ctx;
  const sig = ctx.sigs.fnSigs[fcx.def];
  if (!sig) return;
  // Inside its defining fn, a return-position opaque type is its hidden type, found from the body.
  const ret = sig.output.k === 'opaque' ? fcx.infcx.newVar('ty', node.sig.decl.output.kind === 'ty' ? node.sig.decl.output.ty.span : node.ident.span) : fcx.normalize(sig.output, node.sig.decl.output.kind === 'ty' ? node.sig.decl.output.ty.span : null);
  fcx.retTy = ret;
  fcx.retCoerceTy = ret;
  fcx.retTySpan = node.sig.decl.output.kind === 'ty' ? node.sig.decl.output.ty.span : null;
  fcx.fnBody = { block: body, ident: node.ident.span, ret };
  fcx.returnBlocks.add(body);
  // `-> impl Fn(A) -> B`: a closure returned by the body gets its signature from the bound
  // (weftc does not model opaque types beyond that).
  if (node.sig.decl.output.kind === 'ty' && node.sig.decl.output.ty.kind === 'implTrait') {
    for (const b of node.sig.decl.output.ty.bounds) {
      if (b.kind !== 'trait') continue;
      const seg = b.traitRef.path.segments[b.traitRef.path.segments.length - 1]!;
      if (!seg.args || seg.args.kind !== 'paren') continue;
      const pa = seg.args;
      fcx.retImplFnSig = { inputs: pa.inputs.map((t) => fcx.lowerTy(t)), output: pa.output.kind === 'ty' ? fcx.lowerTy(pa.output.ty) : UNIT };
      break;
    }
  }
  node.sig.decl.inputs.forEach((p, i) => {
    const t = fcx.normalize(sig.inputs[i] ?? ERROR, p.ty.span);
    checkPat(fcx, p.pat, t, { scrutSpan: null, topTy: t });
  });
  const origin = fcx.retTySpan ? ({ kind: 'return', retSpan: fcx.retTySpan } as const) : ({ kind: 'misc' } as const);
  const t = checkBlock(fcx, body, expectHas(ret), origin);
  void t;
  void UNIT;
}

function checkConst(fcx: FnCtxt, node: A.ConstItem | A.StaticItem, expr: A.Expr): void {
  const t: Ty = fcx.ctx.sigs.types[fcx.def] ?? ERROR;
  fcx.retTy = t;
  fcx.retCoerceTy = t;
  checkExprCoercible(fcx, expr, t, { kind: 'let', tySpan: node.ty.span });
  void reportMismatch;
  void subst;
}

/** Selects what can be selected, falls back integer/float variables, and reports the rest. */
function finish(fcx: FnCtxt): void {
  fcx.fulfill.selectWherePossible();
  // Casts are checked after fallback, but a body with errors falls its numeric variables back
  // to the error type, so their casts still see `{integer}`/`{float}` (rustc's
  // `fallback_if_possible`).
  const tainted = fcx.hasErrors;
  if (tainted) for (const c of fcx.deferredCasts) checkDeferredCast(fcx, c);
  fcx.infcx.fallbackNumeric();
  fcx.infcx.fallbackDiverging(UNIT);
  fcx.fulfill.selectWherePossible();
  if (!tainted) for (const c of fcx.deferredCasts) checkDeferredCast(fcx, c);
  // Locals whose type is still unknown: E0282 on the first one, unless an ambiguous obligation
  // from earlier in the body comes first.
  let unknown: { id: NodeId; t: Ty; lo: number } | null = null;
  if (!fcx.hasErrors) {
    for (const [id, t] of fcx.locals) {
      const r = fcx.resolve(t);
      if (!hasInfer(r)) continue;
      const pat = fcx.patOf(id);
      unknown = { id, t: r, lo: pat ? pat.span.lo : 0 };
      break;
    }
    // A closure parameter that is a pattern (`|(a, b)|`) is reported whole, before its bindings.
    for (const [id, t] of fcx.closureParams) {
      const pat = fcx.patOf(id);
      if (!pat || pat.kind === 'ident' || (unknown && pat.span.lo > unknown.lo)) continue;
      const r = fcx.resolve(t);
      if (!hasInfer(r)) continue;
      unknown = { id, t: r, lo: pat.span.lo };
      break;
    }
  }
  fcx.fulfill.selectAllOrError(unknown ? unknown.lo : Infinity, () => {
    if (unknown) reportUnknownLocal(fcx, unknown.id, unknown.t);
  });
}

import { error } from '../../diagnostics/diagnostic.js';
import { checkDeferredCast } from './expr.js';
import type { NodeId } from '../../syntax/ast.js';
import { span as mkSpan } from '../../syntax/source-map.js';

/**
 * rustc's `need_type_info` for a `let` binding: "type annotations needed for `Vec<_>`" at the
 * pattern, "type must be known at this point" where the first unknown variable was created, and
 * the suggestion to annotate the binding, naming the generic parameter the variable stands for
 * (`Vec<T>`) or asking for the placeholders `_`.
 */
function reportUnknownLocal(fcx: FnCtxt, id: NodeId, t: Ty): void {
  const pat = findPat(fcx, id);
  if (!pat) return;
  const shown = fcx.print(t);
  const all = t.k === 'infer';
  const d = error(all ? 'type annotations needed' : `type annotations needed for \`${shown}\``, pat.span).withCode('E0282');
  let first: (Ty & { k: 'infer' }) | null = null;
  anyTy(t, (y) => {
    if (y.k === 'infer' && y.kind === 'ty' && first === null) first = y;
    return false;
  });
  const v = first as (Ty & { k: 'infer' }) | null;
  if (v) {
    const origin = fcx.infcx.originOf(v.v);
    let site = origin;
    // A variable made inside a macro expansion (`vec![]`): the macro call.
    for (let e = fcx.sm.expansion(site.ctxt); e !== null; e = fcx.sm.expansion(site.ctxt)) site = e.callSite;
    // Only where the variable was made outside the reported pattern (rustc: the source's span does not contain the failure's).
    if (site.hi > site.lo && !(site.lo >= pat.span.lo && site.hi <= pat.span.hi)) d.label(site, 'type must be known at this point');
  }
  // rustc's `infer_source_kind_subdiag_let`: the binding by name, a closure parameter, or a pattern.
  const what = fcx.closureParams.has(pat.id)
    ? 'consider giving this closure parameter an explicit type'
    : pat.kind === 'ident' ? `consider giving \`${pat.ident.name}\` an explicit type` : 'consider giving this pattern a type';
  const at = [{ span: mkSpan(pat.span.hi, pat.span.hi), snippet: '' }];
  if (all) {
    d.suggest(what, [{ ...at[0]!, snippet: ': /* Type */' }], 'HasPlaceholders', 'ShowAlways');
  } else {
    // Variables made inside a macro expansion (`vec![]`) are not named after their parameter.
    const named = (u: number): string | null => (fcx.infcx.originOf(u).ctxt === 0 ? fcx.infcx.paramOf(u) : null);
    const param = v ? named(v.v) : null;
    // The suggested type: unknown variables by their parameter's name (or `_`), numeric ones `_`.
    const raw = fcx.locals.get(id) ?? t;
    const rebuild = (ty: Ty): Ty =>
      mapTy(ty, (y) => {
        if (y.k !== 'infer') return y;
        const root = fcx.infcx.rootOf(y.v);
        if (fcx.infcx.wasDefaulted(y.v)) return fcx.infcx.newVar('ty', pat.span);
        const r = fcx.shallow(y);
        if (r.k !== 'infer') return rebuild(r);
        const n = named(root);
        return n ? { k: 'param', index: 0, name: n } : r;
      });
    const sugg = fcx.print(rebuild(raw));
    const suffix = param ? `, where the type for type parameter \`${param}\` is specified` : ', where the placeholders `_` are specified';
    d.suggest(`${what}${suffix}`, [{ ...at[0]!, snippet: `: ${sugg}` }], 'HasPlaceholders', 'ShowAlways');
  }
  fcx.report(d.build());
}

function findPat(fcx: FnCtxt, id: NodeId): A.Pat | null {
  return fcx.patOf(id);
}
