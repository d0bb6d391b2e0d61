/**
 * E0599 for a method that exists but whose where-clauses do not hold for the receiver (rustc's
 * `report_no_match_method_error` with `unsatisfied_predicates`): "the method `dup` exists for
 * struct `W<NoClone>`, but its trait bounds were not satisfied", the types that fail a bound
 * labelled "doesn't satisfy `T: Trait`", a note at each local impl's bound ("unsatisfied trait
 * bound introduced here"), the list of the other bounds ("which is required by" the trait the
 * candidate needed), and `#[derive(...)]` for local types.
 *
 * Owns: that report. Must not: probe (method.ts collects the predicates).
 */
import type * as A from '../../syntax/ast.js';
import type { Span } from '../../syntax/source-map.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import type { SpanLabel } from '../../diagnostics/diagnostic.js';
import { typeck as msg } from '../../diagnostics/messages.js';
import type { DefId } from '../defs.js';
import type { GenericArg, Ty } from '../ty/ty.js';
import { isTy } from '../ty/ty.js';
import { printTy } from '../ty/print.js';
import { printEnv } from '../context.js';
import { defSpan } from '../spans.js';
import type { FnCtxt } from './fcx.js';
import type { UnsatisfiedPred } from './method.js';
import { derivableName, fillOnUnimplemented, traitPath } from './errors.js';

interface TraitPred {
  readonly trait: DefId;
  readonly args: readonly GenericArg[];
}

/** The traits `derive` can implement, with what deriving them needs derived too (rustc's supertraits). */
const DERIVE_SUPERTRAITS: Readonly<Record<string, readonly string[]>> = {
  Eq: ['PartialEq'],
  PartialOrd: ['PartialEq'],
  Ord: ['Eq', 'PartialOrd', 'PartialEq'],
  Copy: ['Clone'],
};

export function reportUnsatisfiedBounds(
  fcx: FnCtxt,
  r: Ty,
  x: A.Expr & { kind: 'methodCall' },
  preds: readonly UnsatisfiedPred[],
  words: { readonly kind: string; readonly similar: boolean },
): void {
  const name = x.seg.ident.name;
  const span = x.seg.ident.span;
  const defs = fcx.ctx.r.table.defs;
  const env = printEnv(fcx.ctx);
  const tyStr = fcx.print(r, { regions: true });
  const selfOf = (p: TraitPred) => p.args[0] as Ty;

  // "doesn't satisfy" labels, by the definition of the type that fails the bound.
  const boundSpans = new Map<string, { span: Span; bounds: string[] }>();
  const format = (p: TraitPred): string => {
    const self = selfOf(p);
    const path = traitPath(fcx, p.trait, p.args);
    const obligation = `${printTy(env, self)}: ${path}`;
    if (self.k === 'adt' && !defs[self.def]!.isStd) {
      const at = defSpan(fcx.sm, defs[self.def]!);
      const key = `${at.lo}:${at.hi}`;
      let e = boundSpans.get(key);
      if (!e) boundSpans.set(key, (e = { span: at, bounds: [] }));
      e.bounds.push(`\`${obligation.length > 50 ? `_: ${path}` : obligation}\``);
    }
    return obligation;
  };

  // The bounds of local impls get a note at the bound, one per impl.
  const skip = new Set<UnsatisfiedPred>();
  const spanned = new Map<string, { key: Span; primary: Span[]; labels: SpanLabel[]; preds: UnsatisfiedPred[]; derive: boolean }>();
  const entry = (key: Span) => {
    const k = `${key.lo}:${key.hi}`;
    let e = spanned.get(k);
    if (!e) spanned.set(k, (e = { key, primary: [], labels: [], preds: [], derive: false }));
    return e;
  };
  const addOnce = <T extends { span: Span }>(list: T[], item: T, same: (a: T) => boolean) => {
    if (!list.some(same)) list.push(item);
  };
  for (const p of preds) {
    const impl = p.impl;
    if (impl.isStd || impl.def === null) continue;
    if (impl.deriveSpan) {
      // A derive bounds each type parameter: point at the parameter, inside the derive's expansion.
      const self0 = p.source.args[0];
      const adt = impl.selfTy.k === 'adt' ? impl.selfTy.def : null;
      const gp = self0 && isTy(self0) && self0.k === 'param' && adt !== null ? fcx.ctx.sigs.generics[adt]?.params.find((g) => g.index === self0.index) : undefined;
      if (!gp) continue;
      const e = entry(impl.deriveSpan);
      e.derive = true;
      if (!e.primary.some((sp) => sp.lo === gp.span.lo && sp.hi === gp.span.hi)) e.primary.push(gp.span);
      addOnce(e.labels, { span: gp.span, label: `type parameter would need to implement \`${traitPath(fcx, p.trait, p.args)}\`` }, (l) => l.span.lo === gp.span.lo && l.span.hi === gp.span.hi);
      addOnce(e.labels, { span: impl.deriveSpan, label: 'in this derive macro expansion' }, (l) => l.span.lo === impl.deriveSpan!.lo && l.span.hi === impl.deriveSpan!.hi);
      e.preds.push(p);
      skip.add(p);
      continue;
    }
    const node = defs[impl.def]!.node as A.ImplItem | null;
    if (!node) continue;
    if (p.parent) format(p.parent);
    skip.add(p);
    const e = entry(node.selfTy.span);
    e.preds.push(p);
    const cause = p.boundSpan;
    if (!e.primary.some((s) => s.lo === cause.lo && s.hi === cause.hi)) e.primary.push(cause);
    addOnce(e.labels, { span: cause, label: 'unsatisfied trait bound introduced here' }, (l) => l.span.lo === cause.lo && l.span.hi === cause.hi && l.label !== '');
    if (node.ofTrait) addOnce(e.labels, { span: node.ofTrait.path.span, label: '' }, (l) => l.span.lo === node.ofTrait!.path.span.lo && l.label === '');
    addOnce(e.labels, { span: node.selfTy.span, label: '' }, (l) => l.span.lo === node.selfTy.span.lo && l.label === '');
  }
  const notes: { message: string; primary: Span[]; labels: SpanLabel[]; derive: boolean }[] = [];
  for (const e of [...spanned.values()].sort((a, b) => a.key.lo - b.key.lo || a.key.hi - b.key.hi)) {
    const texts = [...new Set(e.preds.map((p) => `\`${format(p)}\``))].sort();
    const message = texts.length === 1 ? `trait bound ${texts[0]} was not satisfied` : `the following trait bounds were not satisfied:\n${texts.join('\n')}`;
    notes.push({ message, primary: e.primary, labels: e.labels, derive: e.derive });
  }

  // The other bounds, listed in a note (alphabetical duplicates removed, probe order kept).
  const listed = preds.map((p, pos) => {
    const text = p.parent ? `\`${format(p)}\`\nwhich is required by \`${format(p.parent)}\`` : `\`${format(p)}\``;
    return { pos, text, p };
  });
  const kept = listed.filter((e) => !skip.has(e.p));
  const sorted = [...kept].sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const deduped = sorted.filter((e, i) => i === 0 || e.text !== sorted[i - 1]!.text).sort((a, b) => a.pos - b.pos);

  // rustc words the error with the trait's `on_unimplemented` when every bound is one trait
  // on the receiver itself.
  const onReceiver = preds.filter((p) => printTy(env, selfOf(p)) === printTy(env, r));
  const traits = [...new Set(onReceiver.map((p) => p.trait))];
  const only = traits.length === 1 && preds.every((p) => p.trait === traits[0]);
  const ou = only ? fcx.ctx.sigs.onUnimplemented.get(traits[0]!) : undefined;
  const trait0 = onReceiver[0];
  const message = ou?.message && trait0 ? fillOnUnimplemented(fcx, ou.message, trait0.trait, trait0.args) : `the method \`${name}\` exists for ${words.kind} \`${tyStr}\`, but its trait bounds were not satisfied`;
  const d = msg.noMethodUnsatisfied(message, span);
  let customLabel = false;
  if (ou?.label && trait0) {
    d.label(span, fillOnUnimplemented(fcx, ou.label, trait0.trait, trait0.args));
    customLabel = true;
  }
  for (const n of notes) {
    d.child({ level: 'note', message: n.message, span: { primary: n.primary, labels: n.labels } });
    if (n.derive) d.help('consider manually implementing the trait to avoid undesired bounds');
  }
  if (deduped.length > 0) d.note(`the following trait bounds were not satisfied:\n${deduped.map((e) => e.text).join('\n')}`);
  if (ou && trait0) for (const n of ou.notes) d.note(fillOnUnimplemented(fcx, n, trait0.trait, trait0.args));
  suggestDerive(fcx, d, preds);
  if (!words.similar && !customLabel) d.label(span, `method cannot be called ${tyStr.length > 50 ? '' : `on \`${tyStr}\` `}due to unsatisfied trait bounds`);

  // The labels at the types' definitions; the receiver's own says the method was not found.
  let tySpan: Span | null = r.k === 'adt' && !defs[r.def]!.isStd ? defSpan(fcx.sm, defs[r.def]!) : null;
  for (const { span: at, bounds } of [...boundSpans.values()].sort((a, b) => a.span.lo - b.span.lo || a.span.hi - b.span.hi)) {
    const list = [...new Set(bounds)].sort();
    let pre = '';
    if (tySpan && tySpan.lo === at.lo && tySpan.hi === at.hi) {
      tySpan = null;
      pre = `method \`${name}\` not found for this ${words.kind} because it `;
    }
    const text = list.length === 1 ? `${pre}doesn't satisfy ${list[0]}` : list.length > 4 ? `doesn't satisfy ${list.length} bounds` : `${pre}doesn't satisfy ${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
    d.label(at, text);
  }
  if (tySpan) d.label(tySpan, `method \`${name}\` not found for this ${words.kind}`);
  fcx.report(d.build());
}

/**
 * rustc's `suggest_derive` for a method's unsatisfied bounds: one `#[derive(...)]` per local
 * type, with the traits deriving them needs; traits that cannot be derived are named in a note.
 */
function suggestDerive(fcx: FnCtxt, d: ReturnType<typeof msg.noMethodUnsatisfied>, preds: readonly UnsatisfiedPred[]): void {
  const defs = fcx.ctx.r.table.defs;
  const env = printEnv(fcx.ctx);
  const derives: { self: string; at: Span; trait: string }[] = [];
  const other: DefId[] = [];
  for (const p of preds) {
    const self = p.args[0];
    if (!self || !isTy(self) || self.k !== 'adt' || defs[self.def]!.isStd) continue;
    const derivable = derivableName(fcx, p.trait);
    const isEnum = fcx.ctx.sigs.adts[self.def]?.kind === 'enum';
    if (!derivable || (derivable === 'Default' && isEnum)) {
      other.push(p.trait);
      continue;
    }
    const head = defSpan(fcx.sm, defs[self.def]!);
    const at = mkSpan(head.lo, head.lo);
    const selfName = printTy(env, self);
    for (const t of [derivable, ...(DERIVE_SUPERTRAITS[derivable] ?? [])]) derives.push({ self: selfName, at, trait: t });
  }
  const traits = [...new Set(other)].sort((a, b) => (traitPath(fcx, a, []) < traitPath(fcx, b, []) ? -1 : 1));
  if (traits.length > 0) {
    // rustc's own joining: "`A` and `B`", "`A`, `B`,  and `C`".
    let joined = `\`${traitPath(fcx, traits[0]!, [])}\``;
    for (let i = 1; i < traits.length; i++) {
      if (traits.length > 2) joined += ', ';
      if (i === traits.length - 1) joined += ' and ';
      joined += `\`${traitPath(fcx, traits[i]!, [])}\``;
    }
    d.child({ level: 'note', message: `the trait${traits.length > 1 ? 's' : ''} ${joined} must be implemented`, span: { primary: traits.map((t) => defSpan(fcx.sm, defs[t]!)), labels: [] } });
  }
  derives.sort((a, b) => (a.self < b.self ? -1 : a.self > b.self ? 1 : a.at.lo - b.at.lo || (a.trait < b.trait ? -1 : a.trait > b.trait ? 1 : 0)));
  const groups: { self: string; at: Span; traits: string[] }[] = [];
  for (const e of derives) {
    const last = groups[groups.length - 1];
    if (last && last.self === e.self) {
      if (!last.traits.includes(e.trait)) last.traits.push(e.trait);
    } else groups.push({ self: e.self, at: e.at, traits: [e.trait] });
  }
  for (const g of groups) {
    const list = g.traits.join(', ');
    d.suggest(`consider annotating \`${g.self}\` with \`#[derive(${list})]\``, [{ span: g.at, snippet: `#[derive(${list})]\n` }], 'MaybeIncorrect', 'ShowAlways');
  }
}
