/**
 * rustc's `check_match` for one type-checked body: `match` exhaustiveness (E0004 with the
 * witnesses, the "defined here" note and the suggested arm), refutable `let` patterns (E0005)
 * and unreachable arms (the `unreachable_patterns` lint). Patterns are lowered against the types
 * typeck found (match ergonomics become explicit `&` constructors, as in rustc's THIR).
 *
 * A match whose patterns use something this model does not lower (slices, constants, boxes) is
 * not checked at all: never a false error.
 *
 * Owns: lowering patterns, printing witnesses, these reports. Must not: emit (returns through
 * `fcx`), run on bodies with type errors.
 */
import type * as A from '../../syntax/ast.js';
import type { SourceMap } from '../../syntax/source-map.js';
import type { Span } from '../../syntax/source-map.js';
import type { Ty } from '../ty/ty.js';
import type { FnCtxt } from '../typeck/fcx.js';
import type { DefId } from '../defs.js';
import { subst, mkAdt } from '../ty/ty.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import { error } from '../../diagnostics/diagnostic.js';
import { defName } from '../ty/print.js';
import { printEnv } from '../context.js';
import { Visitor } from '../visit.js';
import { computeUsefulness, WILD, type Ctor, type DPat, type TypeCx } from './usefulness.js';
import { parseIntLit } from '../collect/const-eval.js';
import { decodeText } from '../../syntax/unescape.js';
import { bodyLintLevel } from '../lints/body-levels.js';
import { DiagnosticBuilder } from '../../diagnostics/diagnostic.js';

class Unsupported extends Error {}

const INT_BITS: Record<string, number> = { i8: 8, i16: 16, i32: 32, i64: 64, i128: 128, isize: 64, u8: 8, u16: 16, u32: 32, u64: 64, u128: 128, usize: 64 };

function intRange(t: Ty): [bigint, bigint] | null {
  if (t.k === 'int') {
    const b = BigInt(INT_BITS[t.t]!);
    return [-(1n << (b - 1n)), (1n << (b - 1n)) - 1n];
  }
  if (t.k === 'uint') return [0n, (1n << BigInt(INT_BITS[t.t]!)) - 1n];
  return null;
}

export function checkMatches(fcx: FnCtxt, params: readonly A.Param[], body: A.Block | A.Expr | null): void {
  const cx = typeCx(fcx);
  const sig = fcx.ctx.sigs.fnSigs[fcx.def];
  params.forEach((p, i) => {
    const t = sig?.inputs[i];
    if (t) checkIrrefutable(fcx, cx, p.pat, fcx.resolve(t), 'function argument', null);
  });
  if (!body) return;
  const v = new (class extends Visitor {
    override visitExpr(e: A.Expr): void {
      this.walkExpr(e);
      if (e.kind === 'match') checkMatch(fcx, cx, e);
    }
    override visitStmt(s: A.Stmt): void {
      this.walkStmt(s);
      if (s.kind === 'let' && s.init.kind === 'init') {
        const t = fcx.exprTypes.get(s.init.expr.id);
        if (t) checkIrrefutable(fcx, cx, s.pat, fcx.resolve(t), 'local binding', s);
      }
    }
    override visitItem(): void {}
  })();
  if ('stmts' in body) v.visitBlock(body);
  else v.visitExpr(body);
}

function typeCx(fcx: FnCtxt): TypeCx {
  const sigs = fcx.ctx.sigs;
  return {
    ctorsOf(ty) {
      const t = fcx.resolve(ty);
      switch (t.k) {
        case 'bool':
          return { kind: 'list', ctors: [{ k: 'bool', value: false }, { k: 'bool', value: true }] };
        case 'int':
        case 'uint':
          return { kind: 'ranges', ranges: [intRange(t)!] };
        case 'char':
          return { kind: 'ranges', ranges: [[0n, 0xd7ffn], [0xe000n, 0x10ffffn]] };
        case 'tuple':
        case 'ref':
          return { kind: 'list', ctors: [{ k: 'single' }] };
        case 'adt': {
          const adt = sigs.adts[t.def];
          if (!adt) return null;
          if (adt.kind === 'enum') return { kind: 'list', ctors: adt.variants.map((_, index) => ({ k: 'variant', index })) };
          if (adt.kind === 'struct') return { kind: 'list', ctors: [{ k: 'single' }] };
          return null;
        }
        default:
          return null;
      }
    },
    fieldTys(ty, ctor) {
      const t = fcx.resolve(ty);
      if (t.k === 'tuple') return t.elems;
      if (t.k === 'ref') return ctor.k === 'single' ? [t.ty] : [];
      if (t.k === 'adt') {
        const adt = sigs.adts[t.def];
        if (!adt) return [];
        const v = ctor.k === 'variant' ? adt.variants[ctor.index] : ctor.k === 'single' ? adt.variants[0] : undefined;
        if (!v) return [];
        return v.fields.map((f) => fcx.normalize(subst(f.ty, t.args), mkSpan(0, 0)));
      }
      return [];
    },
  };
}

/** Lowers a pattern checked against `ty` (resolved) to a deconstructed pattern. */
function lower(fcx: FnCtxt, cx: TypeCx, p: A.Pat, ty0: Ty): DPat {
  const ty = fcx.resolve(ty0);
  switch (p.kind) {
    case 'wild':
    case 'rest':
      return WILD(ty);
    case 'paren':
      return lower(fcx, cx, p.pat, ty);
    case 'ident': {
      const r = fcx.ctx.resolutions.get(p.id);
      if (r && r.res.kind === 'def') {
        if (ty.k === 'ref') return { ctor: { k: 'single' }, fields: [lower(fcx, cx, p, ty.ty)], ty };
        return lowerPath(fcx, cx, p, ty, []);
      }
      if (p.sub) return lower(fcx, cx, p.sub, p.binding.byRef !== null ? ty : ty);
      return WILD(ty);
    }
    case 'or':
      return { ctor: { k: 'or' }, fields: p.alts.map((a) => lower(fcx, cx, a, ty)), ty };
    case 'ref':
      if (ty.k !== 'ref') throw new Unsupported();
      return { ctor: { k: 'single' }, fields: [lower(fcx, cx, p.pat, ty.ty)], ty };
    default:
      break;
  }
  // A non-reference pattern against a reference: match ergonomics derefs implicitly.
  if (ty.k === 'ref' && !isStrLit(p)) return { ctor: { k: 'single' }, fields: [lower(fcx, cx, p, ty.ty)], ty };
  switch (p.kind) {
    case 'tuple': {
      if (ty.k !== 'tuple') throw new Unsupported();
      return { ctor: { k: 'single' }, fields: withRest(fcx, cx, p.elems, ty.elems), ty };
    }
    case 'tupleStruct':
      return lowerPath(fcx, cx, p, ty, p.elems);
    case 'path':
      return lowerPath(fcx, cx, p, ty, []);
    case 'struct': {
      const base = lowerPath(fcx, cx, p, ty, []);
      const adt = ty.k === 'adt' ? fcx.ctx.sigs.adts[ty.def] : undefined;
      const v = adt ? (base.ctor.k === 'variant' ? adt.variants[base.ctor.index] : adt.variants[0]) : undefined;
      if (!v) throw new Unsupported();
      const tys = cx.fieldTys(ty, base.ctor);
      const fields = tys.map(WILD);
      for (const f of p.fields) {
        const i = v.fields.findIndex((x) => x.name === f.ident.name);
        if (i < 0) throw new Unsupported();
        fields[i] = lower(fcx, cx, f.pat, tys[i]!);
      }
      return { ctor: base.ctor, fields, ty };
    }
    case 'expr':
      return lowerLit(fcx, p.expr, ty);
    case 'range': {
      const r = intRange(ty);
      const lo = p.start ? litValue(p.start) : r ? r[0] : null;
      let hi = p.end ? litValue(p.end) : r ? r[1] : ty.k === 'char' ? 0x10ffffn : null;
      if (lo === null || hi === null) throw new Unsupported();
      if (p.end && p.rangeEnd.kind === 'excluded') hi -= 1n;
      return { ctor: { k: 'range', lo, hi }, fields: [], ty };
    }
    default:
      throw new Unsupported();
  }
}

function isStrLit(p: A.Pat): boolean {
  return p.kind === 'expr' && p.expr.kind === 'lit' && (p.expr.lit.kind === 'str' || p.expr.lit.kind === 'strRaw');
}

function withRest(fcx: FnCtxt, cx: TypeCx, elems: readonly A.Pat[], tys: readonly Ty[]): DPat[] {
  const restAt = elems.findIndex((e) => e.kind === 'rest');
  const out = tys.map(WILD);
  if (restAt < 0) {
    if (elems.length !== tys.length) throw new Unsupported();
    elems.forEach((e, i) => (out[i] = lower(fcx, cx, e, tys[i]!)));
    return out;
  }
  const after = elems.length - restAt - 1;
  elems.forEach((e, i) => {
    if (i < restAt) out[i] = lower(fcx, cx, e, tys[i]!);
    else if (i > restAt) {
      const k = tys.length - after + (i - restAt - 1);
      out[k] = lower(fcx, cx, e, tys[k]!);
    }
  });
  return out;
}

function lowerPath(fcx: FnCtxt, cx: TypeCx, p: A.Pat, ty: Ty, elems: readonly A.Pat[]): DPat {
  const r = fcx.ctx.resolutions.get(p.id);
  const defs = fcx.ctx.r.table.defs;
  let ctor: Ctor | null = null;
  if (r && r.res.kind === 'def' && r.unresolved === 0) {
    let def = r.res.def;
    if (defs[def]!.kind === 'ctor') def = defs[def]!.parent!;
    const d = defs[def]!;
    if (d.kind === 'variant') ctor = { k: 'variant', index: d.index ?? 0 };
    else if (d.kind === 'struct') ctor = { k: 'single' };
  } else if (r && (r.res.kind === 'selfCtor' || r.res.kind === 'selfTy')) ctor = { k: 'single' };
  if (!ctor || (ty.k !== 'adt' && ty.k !== 'error')) throw new Unsupported();
  const tys = cx.fieldTys(ty, ctor);
  return { ctor, fields: elems.length === 0 ? tys.map(WILD) : withRest(fcx, cx, elems, tys), ty };
}

function litValue(e: A.Expr): bigint | null {
  if (e.kind === 'unary' && e.op === 'neg') {
    const v = litValue(e.expr);
    return v === null ? null : -v;
  }
  if (e.kind !== 'lit') return null;
  const l = e.lit;
  if (l.kind === 'integer') {
    const s = l.symbol.replace(/_/g, '');
    try {
      return BigInt(s.startsWith('0o') ? `0o${s.slice(2)}` : s);
    } catch {
      return parseIntLit(l) === null ? null : BigInt(parseIntLit(l)!);
    }
  }
  if (l.kind === 'char' || l.kind === 'byte') {
    const text = decodeText(l.symbol, l.kind === 'char' ? 'char' : 'byte');
    const c = text.codePointAt(0);
    return c === undefined ? null : BigInt(c);
  }
  return null;
}

function lowerLit(fcx: FnCtxt, e: A.Expr, ty: Ty): DPat {
  if (e.kind === 'lit' && e.lit.kind === 'bool') return { ctor: { k: 'bool', value: e.lit.symbol === 'true' }, fields: [], ty };
  if (e.kind === 'lit' && (e.lit.kind === 'str' || e.lit.kind === 'strRaw')) {
    const inner = ty.k === 'ref' ? ty.ty : ty;
    return { ctor: { k: 'single' }, fields: [{ ctor: { k: 'opaque', key: `s${e.lit.symbol}` }, fields: [], ty: inner }], ty };
  }
  if (e.kind === 'lit' && e.lit.kind === 'float') return { ctor: { k: 'opaque', key: `f${e.lit.symbol}` }, fields: [], ty };
  const v = litValue(e);
  if (v === null || (ty.k !== 'int' && ty.k !== 'uint' && ty.k !== 'char')) throw new Unsupported();
  return { ctor: { k: 'range', lo: v, hi: v }, fields: [], ty };
}

// -- checks ---------------------------------------------------------------------------------------

function checkMatch(fcx: FnCtxt, cx: TypeCx, m: A.Expr & { kind: 'match' }): void {
  const st = fcx.exprTypes.get(m.scrutinee.id);
  if (!st) return;
  const scrutTy = fcx.resolve(st);
  let arms: { pat: DPat; guarded: boolean }[];
  try {
    arms = m.arms.map((a) => ({ pat: lower(fcx, cx, a.pat, scrutTy), guarded: a.guard !== null }));
  } catch (e) {
    if (e instanceof Unsupported) return;
    throw e;
  }
  const rep = computeUsefulness(cx, arms, scrutTy);
  rep.armUseful.forEach((u, i) => {
    if (!u) reportUnreachable(fcx, m, arms, rep.armUseful, i);
  });
  if (rep.witnesses.length === 0 || m.arms.length === 0) return;
  reportNonExhaustive(fcx, m, scrutTy, rep.witnesses);
}

function reportUnreachable(fcx: FnCtxt, m: A.Expr & { kind: 'match' }, arms: readonly { pat: DPat; guarded: boolean }[], useful: readonly boolean[], i: number): void {
  const lv = bodyLintLevel(fcx.ctx, fcx.def, 'unreachable_patterns');
  if (lv.level === 'allow') return;
  const pat = m.arms[i]!.pat;
  const d = new DiagnosticBuilder('warning', 'unreachable pattern', pat.span).withCode('unreachable_patterns');
  d.label(pat.span, 'no value can reach this');
  // rustc explains with the earlier reachable, unguarded arms whose patterns intersect this one.
  const covering: number[] = [];
  for (let j = 0; j < i; j++) if (useful[j] && !arms[j]!.guarded && intersects(arms[j]!.pat, arms[i]!.pat)) covering.push(j);
  if (covering.length === 1) {
    const c = m.arms[covering[0]!]!.pat;
    d.label(c.span, isCatchAll(arms[covering[0]!]!.pat) ? 'matches any value' : 'matches all the relevant values');
  } else if (covering.length > 1) {
    const labels = covering.map((j) => ({ span: m.arms[j]!.pat.span, label: 'matches some of the same values' }));
    labels.push({ span: pat.span, label: 'collectively making this unreachable' });
    d.child({ level: 'note', message: 'multiple earlier patterns match some of the same values', span: { primary: [pat.span], labels } });
  }
  fcx.lint({ lint: 'unreachable_patterns', level: lv.level, source: lv.source, diag: d.build() });
}

function isCatchAll(p: DPat): boolean {
  return p.ctor.k === 'wild';
}

function intersects(a: DPat, b: DPat): boolean {
  if (a.ctor.k === 'wild' || b.ctor.k === 'wild') return true;
  if (a.ctor.k === 'or') return a.fields.some((x) => intersects(x, b));
  if (b.ctor.k === 'or') return b.fields.some((x) => intersects(a, x));
  const ca = a.ctor;
  const cb = b.ctor;
  if (ca.k === 'range' && cb.k === 'range') return ca.lo <= cb.hi && cb.lo <= ca.hi;
  if (ca.k !== cb.k) return false;
  if (ca.k === 'variant' && cb.k === 'variant' && ca.index !== cb.index) return false;
  if (ca.k === 'bool' && cb.k === 'bool' && ca.value !== cb.value) return false;
  if (ca.k === 'opaque' && cb.k === 'opaque' && ca.key !== cb.key) return false;
  return a.fields.every((f, k) => !b.fields[k] || intersects(f, b.fields[k]!));
}

function listWitnesses(ws: readonly string[]): string {
  const q = ws.map((w) => `\`${w}\``);
  if (q.length === 1) return q[0]!;
  if (q.length <= 3) return `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
  return `${q.slice(0, 3).join(', ')} and ${q.length - 3} more`;
}

function reportNonExhaustive(fcx: FnCtxt, m: A.Expr & { kind: 'match' }, scrutTy: Ty, witnesses: readonly DPat[]): void {
  const printed = witnesses.map((w) => printWitness(fcx, w));
  const list = listWitnesses(printed);
  const n = printed.length;
  const d = error(`non-exhaustive patterns: ${list} not covered`, m.scrutinee.span).withCode('E0004');
  d.label(m.scrutinee.span, `pattern${n === 1 ? '' : 's'} ${list} not covered`);
  addDefinedHere(fcx, d, scrutTy, witnesses, true);
  d.note(`the matched value is of type \`${fcx.print(scrutTy)}\``);
  addSpecialTyNotes(fcx, d, witnesses[0]!);
  const suggestMsg = n > 3 ? '_ => todo!()' : `${printed.join(' | ')} => todo!()`;
  const helpMsg =
    n === 1
      ? 'ensure that all possible cases are being handled by adding a match arm with a wildcard pattern or an explicit pattern as shown'
      : n <= 3
        ? 'ensure that all possible cases are being handled by adding a match arm with a wildcard pattern, a match arm with multiple or-patterns as shown, or multiple match arms'
        : 'ensure that all possible cases are being handled by adding a match arm with a wildcard pattern as shown, or multiple match arms';
  const arms = m.arms;
  const last = arms[arms.length - 1]!;
  const lastSpan = armSpan(last);
  let spacing = ' ';
  if (arms.length === 1) {
    const after = fcx.sm.snippet(mkSpan(lastSpan.hi, m.span.hi));
    const ws = after.match(/^[\s,]*/)![0];
    if (ws.includes('\n')) spacing = `\n${indentationBefore(fcx, lastSpan)}`;
  } else {
    const prev = armSpan(arms[arms.length - 2]!);
    if (fcx.sm.snippet(mkSpan(prev.hi, lastSpan.lo)).includes('\n')) spacing = `\n${indentationBefore(fcx, lastSpan)}`;
  }
  d.suggest(helpMsg, [{ span: mkSpan(lastSpan.hi, lastSpan.hi), snippet: `,${spacing}${suggestMsg}` }], 'HasPlaceholders', 'ShowAlways');
  fcx.report(d.build());
}

/** An arm's span without its trailing comma. */
function armSpan(a: A.Arm): Span {
  const end = a.body ? a.body.span.hi : a.pat.span.hi;
  return mkSpan(a.span.lo, end);
}

/** The whitespace before `s` on its line (rustc's `SourceMap::indentation_before`). */
/** The whitespace that starts the line `s` begins on, up to `s` (rustc's `indentation_before`). */
export function indentationBefore(cx: { readonly sm: SourceMap }, s: Span): string {
  const file = cx.sm.lookupFile(s.lo);
  const rel = s.lo - file.startPos;
  const lineStart = file.src.lastIndexOf('\n', rel - 1) + 1;
  return file.src.slice(lineStart, rel).match(/^\s*/)![0];
}

function checkIrrefutable(fcx: FnCtxt, cx: TypeCx, pat: A.Pat, ty: Ty, origin: 'local binding' | 'function argument', letStmt: A.LetStmt | null): void {
  let dp: DPat;
  try {
    dp = lower(fcx, cx, pat, ty);
  } catch (e) {
    if (e instanceof Unsupported) return;
    throw e;
  }
  const rep = computeUsefulness(cx, [{ pat: dp, guarded: false }], ty);
  if (rep.witnesses.length === 0) return;
  const printed = rep.witnesses.map((w) => printWitness(fcx, w));
  const list = listWitnesses(printed);
  const n = printed.length;
  const d = error(`refutable pattern in ${origin}`, pat.span).withCode('E0005');
  d.label(pat.span, `pattern${n === 1 ? '' : 's'} ${list} not covered`);
  if (origin === 'local binding') {
    d.note('`let` bindings require an "irrefutable pattern", like a `struct` or an `enum` with only one variant');
    d.note('for more information, visit https://doc.rust-lang.org/book/ch19-02-refutability.html');
  }
  addDefinedHere(fcx, d, ty, rep.witnesses, false);
  d.note(`the matched value is of type \`${fcx.print(ty)}\``);
  if (letStmt && letStmt.init.kind === 'init') {
    const init = letStmt.init.expr;
    const variants = n === 1 ? 'the variant that isn\'t matched' : 'the variants that aren\'t matched';
    if (hasBindings(fcx, pat)) {
      d.suggest(`you might want to use \`let...else\` to handle ${variants}`, [{ span: mkSpan(init.span.hi, init.span.hi), snippet: ' else { todo!() }' }], 'HasPlaceholders', 'ShowAlways');
    } else {
      d.suggest(
        `you might want to use \`if let\` to ignore ${variants}`,
        [
          { span: mkSpan(letStmt.span.lo, letStmt.span.lo), snippet: 'if ' },
          { span: mkSpan(init.span.hi, init.span.hi), snippet: ' { todo!() }' },
        ],
        'HasPlaceholders',
        'ShowAlways',
      );
    }
    if (pat.kind === 'expr' && pat.expr.kind === 'lit' && pat.expr.lit.kind === 'integer') {
      d.suggest('alternatively, you could prepend the pattern with an underscore to define a new named variable; identifiers cannot begin with digits', [{ span: mkSpan(pat.span.lo, pat.span.lo), snippet: '_' }], 'MaybeIncorrect', 'ShowAlways');
    }
  }
  fcx.report(d.build());
}

function hasBindings(fcx: FnCtxt, p: A.Pat): boolean {
  let found = false;
  const v = new (class extends Visitor {
    override visitPat(q: A.Pat): void {
      if (q.kind === 'ident') {
        const r = fcx.ctx.resolutions.get(q.id);
        if (!(r && r.res.kind === 'def')) found = true;
      }
      this.walkPat(q);
    }
    override visitExpr(): void {}
  })();
  v.visitPat(p);
  return found;
}

// -- notes ----------------------------------------------------------------------------------------

function addDefinedHere(fcx: FnCtxt, d: import('../../diagnostics/diagnostic.js').DiagnosticBuilder, ty: Ty, witnesses: readonly DPat[], pointAtNonLocal: boolean): void {
  let t = ty;
  while (t.k === 'ref') t = t.ty;
  if (t.k !== 'adt') return;
  const def = fcx.ctx.r.table.defs[t.def]!;
  if (def.isStd && !pointAtNonLocal) return;
  const adtSpan = def.isStd ? defItemSpan(fcx, t.def) : def.span;
  const labels: { span: Span; label: string }[] = [{ span: adtSpan, label: '' }];
  const adt = fcx.ctx.sigs.adts[t.def];
  const visit = (w: DPat) => {
    if (w.ctor.k === 'variant' && adt && adt.kind === 'enum') {
      const wt = w.ty;
      if (!(wt.k === 'adt' && wt.def !== t.def)) {
        const vdef = adt.variants[w.ctor.index]!.def;
        labels.push({ span: fcx.ctx.r.table.defs[vdef]!.span, label: 'not covered' });
      }
    }
    for (const f of w.fields) visit(f);
  };
  for (const w of witnesses.slice(0, 5)) visit(w);
  d.child({ level: 'note', message: `\`${fcx.print(t)}\` defined here`, span: { primary: [adtSpan], labels } });
}

function defItemSpan(fcx: FnCtxt, def: DefId): Span {
  const d = fcx.ctx.r.table.defs[def]!;
  return d.itemSpan;
}

function addSpecialTyNotes(fcx: FnCtxt, d: import('../../diagnostics/diagnostic.js').DiagnosticBuilder, w: DPat): void {
  const seen = new Set<string>();
  const visit = (p: DPat) => {
    if (p.ctor.k === 'nonExhaustive' && p.ty.k === 'str' && !seen.has('str')) {
      seen.add('str');
      d.note('`&str` cannot be matched exhaustively, so a wildcard `_` is necessary');
    }
    for (const f of p.fields) visit(f);
  };
  visit(w);
}

// -- printing witnesses ---------------------------------------------------------------------------

function printWitness(fcx: FnCtxt, w: DPat): string {
  const t = w.ty;
  switch (w.ctor.k) {
    case 'wild':
    case 'nonExhaustive':
    case 'or':
      return '_';
    case 'bool':
      return String(w.ctor.value);
    case 'opaque':
      return '_';
    case 'range':
      return printRange(w.ctor.lo, w.ctor.hi, t);
    case 'single':
    case 'variant': {
      if (t.k === 'ref') return `&${printWitness(fcx, w.fields[0]!)}`;
      if (t.k === 'tuple') {
        const inner = w.fields.map((f) => printWitness(fcx, f));
        return inner.length === 1 ? `(${inner[0]},)` : `(${inner.join(', ')})`;
      }
      if (t.k !== 'adt') return '_';
      const adt = fcx.ctx.sigs.adts[t.def];
      if (!adt) return '_';
      const v = w.ctor.k === 'variant' ? adt.variants[w.ctor.index]! : adt.variants[0]!;
      const env = printEnv(fcx.ctx);
      const name = w.ctor.k === 'variant' ? (fcx.ctx.trimmed.get(v.def) ?? `${defName(env, t.def)}::${v.name}`) : fcx.print(mkAdt(t.def, []), {});
      const bare = name.replace(/<.*$/, '');
      if (v.ctorKind === 'const') return bare;
      if (v.ctorKind === 'fn') return `${bare}(${w.fields.map((f) => printWitness(fcx, f)).join(', ')})`;
      const shown: string[] = [];
      v.fields.forEach((f, i) => {
        const fw = w.fields[i];
        if (!fw || fw.ctor.k === 'wild') return;
        shown.push(`${f.name}: ${printWitness(fcx, fw)}`);
      });
      if (shown.length < v.fields.length) shown.push('..');
      return `${bare} { ${shown.join(', ')} }`;
    }
  }
}

function printRange(lo: bigint, hi: bigint, t: Ty): string {
  if (t.k === 'char') {
    const c = (v: bigint) => `'${escapeChar(Number(v))}'`;
    return lo === hi ? c(lo) : `${c(lo)}..=${c(hi)}`;
  }
  const r = intRange(t);
  if (!r || !(t.k === 'int' || t.k === 'uint')) return '_';
  const name = t.t;
  if (lo === r[0] && hi === r[1]) return '_';
  const v = (x: bigint) => (x === r[1] ? `${name}::MAX` : x === r[0] && t.k === 'int' ? `${name}::MIN` : `${x}_${name}`);
  return lo === hi ? v(lo) : `${v(lo)}..=${v(hi)}`;
}

function escapeChar(c: number): string {
  if (c === 0) return '\\0';
  if (c === 0x27) return "\\'";
  if (c === 0x5c) return '\\\\';
  if (c === 9) return '\\t';
  if (c === 10) return '\\n';
  if (c === 13) return '\\r';
  if (c >= 0x20 && c < 0x7f) return String.fromCodePoint(c);
  return `\\u{${c.toString(16)}}`;
}

