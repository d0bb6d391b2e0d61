/**
 * Pattern usefulness (rustc's `rustc_pattern_analysis::usefulness`): given the rows of a match
 * (deconstructed patterns), computes which rows are useful (reachable) and the witnesses of the
 * values no row matches. Follows rustc's algorithm where it shapes the output: constructors are
 * split per column; when a column has missing constructors, only the "missing" branch produces
 * witnesses (the present constructors are irrelevant); missing constructors are listed one by
 * one at the scrutinee (except integers) or when some constructor is present, else reported as
 * `_`.
 *
 * Owns: the algorithm on plain deconstructed patterns. Must not: know the AST or report.
 */
import type { Ty } from '../ty/ty.js';

/** A constructor of a deconstructed pattern. */
export type Ctor =
  | { readonly k: 'wild' }
  /** A struct, tuple or reference: the only constructor of its type. */
  | { readonly k: 'single' }
  | { readonly k: 'variant'; readonly index: number }
  | { readonly k: 'bool'; readonly value: boolean }
  /** Integers and chars, inclusive bounds. */
  | { readonly k: 'range'; readonly lo: bigint; readonly hi: bigint }
  /** A value of a type that cannot be listed (strings, floats): equal only to itself. */
  | { readonly k: 'opaque'; readonly key: string }
  | { readonly k: 'or' }
  /** The values of a type that cannot be listed and no row names (printed `_`). */
  | { readonly k: 'nonExhaustive' };

export interface DPat {
  readonly ctor: Ctor;
  /** Sub-patterns (for `or`: the alternatives). */
  readonly fields: readonly DPat[];
  readonly ty: Ty;
}

/** The constructors a type has, and the types of each constructor's fields. */
export interface TypeCx {
  /** All constructors of `ty`, or `null` when it cannot be listed (str, floats, ...). */
  ctorsOf(ty: Ty): { readonly kind: 'list'; readonly ctors: readonly Ctor[] } | { readonly kind: 'ranges'; readonly ranges: readonly [bigint, bigint][] } | null;
  fieldTys(ty: Ty, ctor: Ctor): readonly Ty[];
}

export const WILD = (ty: Ty): DPat => ({ ctor: { k: 'wild' }, fields: [], ty });

interface Row {
  readonly pats: readonly DPat[];
  /** Index of the original arm (and alternative path) this row comes from. */
  readonly arm: number;
  readonly guarded: boolean;
}

export interface UsefulnessReport {
  /** Per arm: whether it is reachable. */
  readonly armUseful: boolean[];
  /** Values no arm matches (empty when exhaustive). */
  readonly witnesses: DPat[];
}

export function computeUsefulness(cx: TypeCx, arms: readonly { readonly pat: DPat; readonly guarded: boolean }[], scrutTy: Ty): UsefulnessReport {
  const armUseful = arms.map(() => false);
  const rows: Row[] = arms.map((a, i) => ({ pats: [a.pat], arm: i, guarded: a.guarded }));
  const ws = compute(cx, rows, [scrutTy], [true], true, armUseful);
  return { armUseful, witnesses: ws.map((w) => w[0]!) };
}

/** Expands or-patterns at the head of each row. */
function expandOr(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  const push = (r: Row) => {
    const h = r.pats[0];
    if (h && h.ctor.k === 'or') {
      for (const alt of h.fields) push({ ...r, pats: [alt, ...r.pats.slice(1)] });
    } else out.push(r);
  };
  for (const r of rows) push(r);
  return out;
}

type SplitCtor = Ctor | { readonly k: 'missing' };

function compute(cx: TypeCx, rows0: readonly Row[], tys: readonly Ty[], scrut: readonly boolean[], relevant: boolean, armUseful: boolean[]): DPat[][] {
  if (tys.length === 0) {
    let useful = true;
    for (const r of rows0) {
      if (useful) armUseful[r.arm] = true;
      if (!r.guarded) useful = false;
    }
    return useful && relevant ? [[]] : [];
  }
  const rows = expandOr(rows0);
  const ty = tys[0]!;
  const heads = rows.map((r) => r.pats[0]!).filter((p) => p.ctor.k !== 'wild');
  const set = cx.ctorsOf(ty);
  const present: Ctor[] = [];
  let missing: Ctor[] = [];
  let isIntegers = false;
  if (set === null) {
    // Opaque values: each distinct one is present; the rest is never covered.
    const seen = new Set<string>();
    for (const h of heads) {
      const key = h.ctor.k === 'opaque' ? h.ctor.key : JSON.stringify(h.ctor, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
      if (!seen.has(key)) {
        seen.add(key);
        present.push(h.ctor);
      }
    }
    missing = [{ k: 'nonExhaustive' }];
  } else if (set.kind === 'list') {
    for (const c of set.ctors) {
      if (heads.some((h) => sameCtor(h.ctor, c) || h.ctor.k === 'single')) present.push(c);
      else missing.push(c);
    }
  } else {
    isIntegers = true;
    const split = splitRanges(set.ranges, heads.map((h) => h.ctor).filter((c): c is Ctor & { k: 'range' } => c.k === 'range'));
    present.push(...split.present);
    missing = split.missing;
  }
  const reportAll = scrut[0]! && !isIntegers;
  const reportIndividual = reportAll || present.length > 0;
  const splitCtors: SplitCtor[] = [...present];
  if (missing.length > 0) splitCtors.push({ k: 'missing' });
  const out: DPat[][] = [];
  for (const ctor of splitCtors) {
    const ctorRelevant = ctor.k === 'missing' || missing.length === 0;
    const arity = ctor.k === 'missing' ? [] : cx.fieldTys(ty, ctor);
    const spec: Row[] = [];
    for (const r of rows) {
      const h = r.pats[0]!;
      if (h.ctor.k === 'wild') spec.push({ ...r, pats: [...arity.map(WILD), ...r.pats.slice(1)] });
      else if (ctor.k !== 'missing' && covers(h.ctor, ctor)) spec.push({ ...r, pats: [...h.fields, ...r.pats.slice(1)] });
    }
    const sub = compute(cx, spec, [...arity, ...tys.slice(1)], [...arity.map(() => false), ...scrut.slice(1)], relevant && ctorRelevant, armUseful);
    for (const w of sub) {
      if (ctor.k === 'missing') {
        if (reportIndividual) for (const m of missing) out.push([{ ctor: m, fields: cx.fieldTys(ty, m).map(WILD), ty }, ...w]);
        else out.push([WILD(ty), ...w]);
      } else {
        out.push([{ ctor, fields: w.slice(0, arity.length), ty }, ...w.slice(arity.length)]);
      }
    }
  }
  return out;
}

function sameCtor(a: Ctor, b: Ctor): boolean {
  if (a.k !== b.k) return false;
  if (a.k === 'variant' && b.k === 'variant') return a.index === b.index;
  if (a.k === 'bool' && b.k === 'bool') return a.value === b.value;
  if (a.k === 'opaque' && b.k === 'opaque') return a.key === b.key;
  return true;
}

/** Whether a row's head constructor matches every value of the split constructor `c`. */
function covers(head: Ctor, c: Ctor): boolean {
  if (head.k === 'range' && c.k === 'range') return head.lo <= c.lo && c.hi <= head.hi;
  if (head.k === 'single') return true;
  return sameCtor(head, c);
}

/**
 * Splits the type's value ranges at the boundaries of the rows' ranges: the pieces some row
 * covers are present; maximal runs of pieces no row covers are missing.
 */
function splitRanges(all: readonly [bigint, bigint][], rows: readonly { lo: bigint; hi: bigint }[]): { present: Ctor[]; missing: Ctor[] } {
  const present: Ctor[] = [];
  const missing: Ctor[] = [];
  for (const [lo, hi] of all) {
    const cuts = new Set<bigint>([lo, hi + 1n]);
    for (const r of rows) {
      if (r.hi < lo || r.lo > hi) continue;
      cuts.add(r.lo < lo ? lo : r.lo);
      cuts.add(r.hi > hi ? hi + 1n : r.hi + 1n);
    }
    const points = [...cuts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    let run: [bigint, bigint] | null = null;
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i]!;
      const b = points[i + 1]! - 1n;
      const covered = rows.some((r) => r.lo <= a && b <= r.hi);
      if (covered) {
        if (run) missing.push({ k: 'range', lo: run[0], hi: run[1] });
        run = null;
        present.push({ k: 'range', lo: a, hi: b });
      } else if (run) run[1] = b;
      else run = [a, b];
    }
    if (run) missing.push({ k: 'range', lo: run[0], hi: run[1] });
  }
  return { present, missing };
}
