/**
 * Checking patterns against the type they match (rustc's `pat.rs`): bindings (with match
 * ergonomics: a non-reference pattern matched against `&T` peels the reference and binds by
 * reference), literals, ranges, tuples, tuple structs and variants (E0023 on a wrong number of
 * fields), struct patterns (E0026 unknown field, E0027 missing fields), references, slices and
 * or-patterns. Mismatches are E0308 with "this expression has type" on the scrutinee.
 *
 * Owns: pattern typing. Must not: check exhaustiveness (a later phase).
 */
import type * as A from '../../syntax/ast.js';
import type { Span } from '../../syntax/source-map.js';
import type { Ty, GenericArg } from '../ty/ty.js';
import { ERROR, USIZE, mkRef, mkTuple, subst, isTy } from '../ty/ty.js';
import type { FnCtxt } from './fcx.js';
import { checkExpr } from './expr.js';
import { reportMismatch } from './errors.js';
import { NO_EXPECTATION, expectHas } from './expect.js';
import { error } from '../../diagnostics/diagnostic.js';
import { patterns as msg } from '../../diagnostics/messages.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import { findBestMatchForName } from '../../syntax/parser/diagnostics.js';

export interface PatInfo {
  /** The scrutinee, for "this expression has type" (a `for` loop's: its iterator). */
  readonly scrutSpan: Span | null;
  readonly topTy: Ty;
  /** A `for` loop's pattern: "this is an iterator with items of type". */
  readonly forLoop?: boolean;
}

type BindingMode = 'move' | 'ref' | 'refMut';

export function checkLetPat(fcx: FnCtxt, p: A.Pat, ty: Ty, initSpan: Span | null): void {
  // For `let x = init;` the "expected due to this value" label of later assignments points at init.
  if (p.kind === 'ident' && initSpan) fcx.localInits.set(p.id, initSpan);
  checkPatInner(fcx, p, ty, 'move', { scrutSpan: initSpan, topTy: ty });
}

export function checkPat(fcx: FnCtxt, p: A.Pat, ty: Ty, info: PatInfo): void {
  checkPatInner(fcx, p, ty, 'move', info);
}

/** Peels references off the expected type for a non-reference pattern (match ergonomics). */
function peel(fcx: FnCtxt, p: A.Pat, ty: Ty, bm: BindingMode): [Ty, BindingMode] {
  // An identifier that names a unit struct, unit variant or constant is a path pattern.
  const isPathLike = p.kind === 'ident' && fcx.ctx.resolutions.get(p.id)?.res.kind === 'def';
  if ((p.kind === 'ident' && !isPathLike) || p.kind === 'wild' || p.kind === 'ref' || p.kind === 'rest' || p.kind === 'err') return [ty, bm];
  if (p.kind === 'expr' && p.expr.kind === 'lit' && (p.expr.lit.kind === 'str' || p.expr.lit.kind === 'strRaw' || p.expr.lit.kind === 'byteStr')) return [ty, bm];
  let t = fcx.shallow(ty);
  let mode = bm;
  while (t.k === 'ref') {
    mode = t.mut && mode !== 'ref' ? 'refMut' : 'ref';
    t = fcx.shallow(t.ty);
  }
  return [t, mode];
}

function checkPatInner(fcx: FnCtxt, p: A.Pat, expected0: Ty, bm0: BindingMode, info: PatInfo): void {
  const [expected, bm] = peel(fcx, p, expected0, bm0);
  switch (p.kind) {
    case 'wild':
    case 'rest':
    case 'err':
    case 'never':
      return;
    case 'paren':
      checkPatInner(fcx, p.pat, expected, bm, info);
      return;
    case 'ident': {
      const r = fcx.ctx.resolutions.get(p.id);
      if (r && r.res.kind === 'def') {
        // A unit struct, unit variant or constant.
        checkPathPat(fcx, p, expected, info);
        return;
      }
      let t: Ty;
      if (p.binding.byRef !== null) t = mkRef(expected, p.binding.byRef === 'mut');
      else if (bm === 'move') t = expected;
      else t = mkRef(expected, bm === 'refMut');
      // A later alternative of an or-pattern binds the first alternative's variable.
      const localId = r && r.res.kind === 'local' ? r.res.id : p.id;
      if (localId === p.id) fcx.patNodes.set(p.id, p);
      const existing = fcx.locals.get(localId);
      if (existing) {
        if (!fcx.infcx.unify(existing, t)) mismatch(fcx, p.span, existing, t, info);
      } else fcx.locals.set(localId, t);
      if (p.sub) checkPatInner(fcx, p.sub, expected, bm, info);
      return;
    }
    case 'tuple': {
      const t = fcx.shallow(expected);
      const restAt = p.elems.findIndex((e) => e.kind === 'rest');
      if (t.k === 'tuple') {
        const n = t.elems.length;
        if (restAt < 0 && n !== p.elems.length) {
          mismatch(fcx, p.span, expected, mkTuple(p.elems.map(() => fcx.infcx.newVar('ty', p.span))), info);
          for (const e of p.elems) checkPatInner(fcx, e, ERROR, bm, info);
          return;
        }
        elemsWithRest(p.elems, n, (e, i) => checkPatInner(fcx, e, i === null ? ERROR : t.elems[i]!, bm, info));
        return;
      }
      const vars = p.elems.filter((e) => e.kind !== 'rest').map((e) => fcx.infcx.newVar('ty', e.span));
      const tup = mkTuple(vars);
      if (restAt < 0 && !fcx.infcx.unify(tup, expected)) mismatch(fcx, p.span, expected, tup, info);
      let k = 0;
      for (const e of p.elems) if (e.kind !== 'rest') checkPatInner(fcx, e, vars[k++]!, bm, info);
      return;
    }
    case 'ref': {
      const t = fcx.shallow(expected);
      if (t.k === 'ref') {
        checkPatInner(fcx, p.pat, t.ty, 'move', info);
        return;
      }
      const inner = fcx.infcx.newVar('ty', p.span);
      const r = mkRef(inner, p.mutability === 'mut');
      if (!fcx.infcx.unify(r, expected)) mismatch(fcx, p.span, expected, r, info);
      checkPatInner(fcx, p.pat, inner, 'move', info);
      return;
    }
    case 'box':
    case 'deref':
      checkPatInner(fcx, p.pat, ERROR, bm, info);
      return;
    case 'expr': {
      const t = checkExpr(fcx, p.expr, expectHas(expected));
      let lt = t;
      const st = fcx.shallow(t);
      const se = fcx.shallow(expected0);
      // `"a"` against `&str` behind references.
      if (st.k === 'ref' && se.k === 'ref' && fcx.shallow(se.ty).k === 'ref') lt = t;
      if (!fcx.infcx.unify(lt, expected0) && !fcx.infcx.unify(lt, expected)) mismatch(fcx, p.span, expected, t, info);
      return;
    }
    case 'range': {
      for (const e of [p.start, p.end]) {
        if (!e) continue;
        const t = checkExpr(fcx, e, expectHas(expected));
        if (!fcx.infcx.unify(t, expected)) mismatch(fcx, e.span, expected, t, info);
      }
      return;
    }
    case 'slice': {
      const t = fcx.shallow(expected);
      const elem = t.k === 'array' || t.k === 'slice' ? t.ty : ERROR;
      for (const e of p.elems) {
        if (e.kind === 'rest') continue;
        if (e.kind === 'ident' && e.sub && e.sub.kind === 'rest') {
          fcx.locals.set(e.id, bm === 'move' ? { k: 'slice', ty: elem } : mkRef({ k: 'slice', ty: elem }, bm === 'refMut'));
          continue;
        }
        checkPatInner(fcx, e, elem, bm, info);
      }
      void USIZE;
      return;
    }
    case 'or':
      for (const a of p.alts) checkPatInner(fcx, a, expected0, bm0, info);
      return;
    case 'path':
      checkPathPat(fcx, p, expected, info);
      return;
    case 'tupleStruct':
      checkTupleStructPat(fcx, p, expected, bm, info);
      return;
    case 'struct':
      checkStructPat(fcx, p, expected, bm, info);
      return;
    case 'guard':
      checkPatInner(fcx, p.pat, expected, bm, info);
      checkExpr(fcx, p.guard, NO_EXPECTATION);
      return;
    default:
      return;
  }
}

function elemsWithRest(elems: readonly A.Pat[], n: number, f: (p: A.Pat, i: number | null) => void): void {
  const restAt = elems.findIndex((e) => e.kind === 'rest');
  if (restAt < 0) {
    elems.forEach((e, i) => f(e, i < n ? i : null));
    return;
  }
  const after = elems.length - restAt - 1;
  elems.forEach((e, i) => {
    if (i < restAt) f(e, i < n ? i : null);
    else if (i > restAt) {
      const idx = n - after + (i - restAt - 1);
      f(e, idx >= 0 && idx < n ? idx : null);
    }
  });
}

function mismatch(fcx: FnCtxt, span: Span, expected: Ty, found: Ty, info: PatInfo): void {
  reportMismatch(fcx, span, expected, found, { kind: 'pattern', scrutSpan: info.scrutSpan, scrutTy: info.topTy, ...(info.forLoop ? { forLoop: true } : {}) });
}

/** The ADT type and variant a resolved pattern path names, with fresh generic arguments. */
function variantOfPath(fcx: FnCtxt, id: import('../../syntax/ast.js').NodeId, span: Span): { adt: Ty; variant: import('../collect/types.js').VariantDefData; variantName: string } | null {
  const r = fcx.ctx.resolutions.get(id);
  if (!r || r.res.kind !== 'def' || r.unresolved > 0) {
    if (r && r.res.kind === 'selfTy' && r.res.impl !== null) {
      const t = fcx.ctx.sigs.types[r.res.impl];
      if (t && t.k === 'adt') {
        const adt = fcx.ctx.sigs.adts[t.def];
        if (adt && adt.kind !== 'enum') return { adt: t, variant: adt.variants[0]!, variantName: fcx.ctx.r.table.defs[t.def]!.name };
      }
    }
    if (r && r.res.kind === 'selfCtor') {
      const t = fcx.ctx.sigs.types[r.res.impl];
      if (t && t.k === 'adt') {
        const adt = fcx.ctx.sigs.adts[t.def];
        if (adt) return { adt: t, variant: adt.variants[0]!, variantName: fcx.ctx.r.table.defs[t.def]!.name };
      }
    }
    return null;
  }
  let def = r.res.def;
  const defs = fcx.ctx.r.table.defs;
  if (defs[def]!.kind === 'ctor') def = defs[def]!.parent!;
  const d = defs[def]!;
  let adtDef = def;
  let index = 0;
  if (d.kind === 'variant') {
    adtDef = d.parent!;
    index = d.index ?? 0;
  } else if (d.kind !== 'struct' && d.kind !== 'union') {
    if (d.kind === 'tyAlias') {
      const t = fcx.ctx.sigs.types[def];
      if (t && t.k === 'adt') return { adt: t, variant: fcx.ctx.sigs.adts[t.def]!.variants[0]!, variantName: defs[t.def]!.name };
    }
    return null;
  }
  const adt = fcx.ctx.sigs.adts[adtDef];
  if (!adt) return null;
  const args: GenericArg[] = fcx.freshArgs(adtDef, span);
  return { adt: { k: 'adt', def: adtDef, args }, variant: adt.variants[index]!, variantName: d.kind === 'variant' ? `${defs[adtDef]!.name}::${d.name}` : d.name };
}

function checkPathPat(fcx: FnCtxt, p: A.Pat, expected: Ty, info: PatInfo): void {
  const r = fcx.ctx.resolutions.get(p.id);
  if (!r || r.res.kind === 'err') return;
  if (r.res.kind === 'def' && (r.res.defKind === 'const' || r.res.defKind === 'assocConst' || r.res.defKind === 'static')) {
    const t = fcx.ctx.sigs.types[r.res.def] ?? ERROR;
    if (!fcx.infcx.unify(t, expected)) mismatch(fcx, p.span, expected, t, info);
    return;
  }
  const v = variantOfPath(fcx, p.id, p.span);
  if (!v) return;
  if (!fcx.infcx.unify(v.adt, expected)) mismatch(fcx, p.span, expected, v.adt, info);
}

function checkTupleStructPat(fcx: FnCtxt, p: A.Pat & { kind: 'tupleStruct' }, expected: Ty, bm: BindingMode, info: PatInfo): void {
  const v = variantOfPath(fcx, p.id, p.span);
  if (!v) {
    for (const e of p.elems) checkPatInner(fcx, e, ERROR, bm, info);
    return;
  }
  if (!fcx.infcx.unify(v.adt, expected)) {
    mismatch(fcx, p.span, expected, v.adt, info);
    for (const e of p.elems) checkPatInner(fcx, e, ERROR, bm, info);
    return;
  }
  const args = (fcx.shallow(v.adt) as Ty & { k: 'adt' }).args;
  const fields = v.variant.fields;
  const restAt = p.elems.findIndex((e) => e.kind === 'rest');
  const given = restAt < 0 ? p.elems.length : p.elems.length - 1;
  if ((restAt < 0 && given !== fields.length) || (restAt >= 0 && given > fields.length)) {
    reportWrongFieldCount(fcx, p, v.variant, given);
    for (const e of p.elems) checkPatInner(fcx, e, ERROR, bm, info);
    return;
  }
  elemsWithRest(p.elems, fields.length, (e, i) => checkPatInner(fcx, e, i === null ? ERROR : fcx.normalize(subst(fields[i]!.ty, args), e.span), bm, info));
}

function checkStructPat(fcx: FnCtxt, p: A.Pat & { kind: 'struct' }, expected: Ty, bm: BindingMode, info: PatInfo): void {
  const v = variantOfPath(fcx, p.id, p.span);
  if (!v) {
    for (const f of p.fields) checkPatInner(fcx, f.pat, ERROR, bm, info);
    return;
  }
  if (!fcx.infcx.unify(v.adt, expected)) {
    mismatch(fcx, p.span, expected, v.adt, info);
    for (const f of p.fields) checkPatInner(fcx, f.pat, ERROR, bm, info);
    return;
  }
  const args = (fcx.shallow(v.adt) as Ty & { k: 'adt' }).args;
  const seen = new Set<string>();
  const inexistent: A.PatField[] = [];
  for (const f of p.fields) {
    const fd = v.variant.fields.find((x) => x.name === f.ident.name);
    if (!fd) {
      inexistent.push(f);
      checkPatInner(fcx, f.pat, ERROR, bm, info);
      continue;
    }
    seen.add(fd.name);
    checkPatInner(fcx, f.pat, fcx.normalize(subst(fd.ty, args), f.span), bm, info);
  }
  let unmentioned = v.variant.fields.filter((x) => !seen.has(x.name)).map((x) => x.name);
  if (inexistent.length > 0 && !inexistent.some((f) => f.ident.name === '_')) unmentioned = reportInexistentFields(fcx, v, inexistent, unmentioned);
  if (!p.rest && unmentioned.length > 0) reportUnmentionedFields(fcx, p, unmentioned);
  void isTy;
}

/**
 * rustc's E0023 (`e0023`): the sub-patterns are the primary spans, the variant's fields are
 * pointed at, and with too few sub-patterns `_`s (and `..`) are suggested.
 */
function reportWrongFieldCount(fcx: FnCtxt, p: A.Pat & { kind: 'tupleStruct' }, variant: import('../collect/types.js').VariantDefData, given: number): void {
  const fields = variant.fields;
  const kind = fcx.ctx.r.table.defs[variant.def]!.kind === 'variant' ? 'tuple variant' : 'tuple struct';
  const subpats = p.elems;
  const spans = subpats.length === 0 ? [p.span] : subpats.map((e) => e.span);
  const d = msg.wrongFieldCount(given, kind, fields.length, spans[0]!);
  for (const s of spans.slice(1)) d.primarySpan(s);
  const plural = (n: number) => (n === 1 ? '' : 's');
  d.label(spans[spans.length - 1]!, `expected ${fields.length} field${plural(fields.length)}, found ${given}`);
  const defSpans = fields.length === 0 ? [fcx.ctx.r.table.defs[variant.def]!.span] : fields.map((f) => f.span);
  defSpans.forEach((s, i) => d.label(s, i === defSpans.length - 1 ? `${kind} has ${fields.length} field${plural(fields.length)}` : ''));
  if (fields.length > subpats.length) {
    const after = mkSpan(p.span.hi - 1, p.span.hi - 1);
    const allWild = subpats.every((e) => e.kind === 'wild');
    let firstTailWild: number | null = null;
    subpats.forEach((e, i) => {
      if (e.kind === 'wild') firstTailWild ??= i;
      else firstTailWild = null;
    });
    const allFields = subpats.length === 0 ? after : mkSpan(subpats[0]!.span.lo, subpats[subpats.length - 1]!.span.hi);
    const tail = firstTailWild === null ? after : firstTailWild === 0 ? mkSpan(subpats[0]!.span.lo, after.hi) : mkSpan(subpats[firstTailWild - 1]!.span.hi, after.hi);
    let wild = Array.from({ length: fields.length - subpats.length }, () => '_').join(', ');
    if (subpats.length > 0) wild = `, ${wild}`;
    d.suggest('use `_` to explicitly ignore each field', [{ span: after, snippet: wild }], 'MaybeIncorrect', 'ShowAlways');
    if (fields.length - subpats.length > 1 || allWild) {
      if (subpats.length === 0 || allWild) d.suggest('use `..` to ignore all fields', [{ span: allFields, snippet: '..' }], 'MaybeIncorrect', 'ShowAlways');
      else d.suggest('use `..` to ignore the rest of the fields', [{ span: tail, snippet: ', ..' }], 'MaybeIncorrect', 'ShowAlways');
    }
  }
  fcx.report(d.build());
}

/**
 * rustc's `error_inexistent_fields` (E0026): one error for all unknown fields; with a single
 * unmentioned field, a similar name is suggested (and no longer reported as missing) or the field
 * is named. Returns the fields still unmentioned.
 */
function reportInexistentFields(fcx: FnCtxt, v: { variant: import('../collect/types.js').VariantDefData; variantName: string }, fields: readonly A.PatField[], unmentioned: readonly string[]): string[] {
  const kind = fcx.ctx.r.table.defs[v.variant.def]!.kind === 'variant' ? 'variant' : 'struct';
  const names = fields.length === 1 ? `a field named \`${fields[0]!.ident.name}\`` : `fields named ${fields.map((f) => `\`${f.ident.name}\``).join(', ')}`;
  const d = error(`${kind} \`${v.variantName}\` does not have ${names}`, fields[0]!.ident.span).withCode('E0026');
  for (const f of fields.slice(1)) d.primarySpan(f.ident.span);
  const last = fields[fields.length - 1]!;
  d.label(last.ident.span, `${kind} \`${v.variantName}\` does not have ${fields.length === 1 ? 'this field' : 'these fields'}`);
  let rest = [...unmentioned];
  if (unmentioned.length === 1) {
    const field = unmentioned[0]!;
    const best = findBestMatchForName([field], last.ident.name, null);
    if (best !== null) {
      d.suggest('a field with a similar name exists', [{ span: last.ident.span, snippet: best }], 'MaybeIncorrect', 'ShowAlways');
      if (!/^\d+$/.test(best)) rest = rest.filter((n) => n !== best);
    } else if (fields.length === 1) {
      d.suggest(`\`${v.variantName}\` has a field named \`${field}\``, [{ span: last.ident.span, snippet: field }], 'MaybeIncorrect', 'HideCodeInline');
    }
  }
  fcx.report(d.build());
  return rest;
}

/** rustc's `error_unmentioned_fields` (E0027) with its three suggestions. */
function reportUnmentionedFields(fcx: FnCtxt, p: A.Pat & { kind: 'struct' }, unmentioned: readonly string[]): void {
  const n = unmentioned.length;
  const names = n === 1 ? `field \`${unmentioned[0]}\`` : `fields ${unmentioned.map((m) => `\`${m}\``).join(', ')}`;
  const d = error(`pattern does not mention ${names}`, p.span).withCode('E0027');
  d.label(p.span, `missing ${names}`);
  let prefix: string;
  let at: Span | null = null;
  const lastField = p.fields[p.fields.length - 1];
  if (lastField) {
    prefix = ', ';
    at = mkSpan(lastField.span.hi, p.span.hi);
  } else {
    prefix = ' { ';
    at = mkSpan(p.path.span.hi, p.span.hi);
  }
  const postfix = ' }';
  const s = n === 1 ? '' : 's';
  const plain = unmentioned.map((m) => (/^\d+$/.test(m) ? `${m}: _` : m)).join(', ');
  d.suggest(`include the missing field${s} in the pattern`, [{ span: at, snippet: `${prefix}${plain}${postfix}` }], 'MachineApplicable', 'ShowCode');
  d.suggest(`if you don't care about ${n === 1 ? 'this' : 'these'} missing field${s}, you can explicitly ignore ${n === 1 ? 'it' : 'them'}`, [{ span: at, snippet: `${prefix}${unmentioned.map((m) => `${m}: _`).join(', ')}${postfix}` }], 'MachineApplicable', 'ShowCode');
  d.suggest('or always ignore missing fields here', [{ span: at, snippet: `${prefix}..${postfix}` }], 'MachineApplicable', 'ShowCode');
  fcx.report(d.build());
}
