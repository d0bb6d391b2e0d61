/**
 * Checks of items after their signatures are known (rustc's wfcheck and impl checks), in
 * definition order: trait impl methods match the trait's signatures (E0053, compare-impl.ts) and
 * trait impls implement every required item (E0046), recursive types without indirection (E0072).
 *
 * Owns: these item-level errors. Must not: check bodies.
 */
import type * as A from '../../syntax/ast.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DefId } from '../defs.js';
import type { SemaContext } from '../context.js';
import type { SigCollector } from './sigs.js';
import { items as msg } from '../../diagnostics/messages.js';
import { guessHeadSpan } from '../spans.js';
import { sourceMapView } from '../source-map-data.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import { checkRecursiveTypes } from './recursive-types.js';
import type { AssocItemData } from './types.js';
import type { GenericArg, Ty } from '../ty/ty.js';
import { subst } from '../ty/ty.js';
import { printTy } from '../ty/print.js';
import { printEnv } from '../context.js';
import { indentationBefore } from '../patterns/check-match.js';
import { compareImplMethods } from './compare-impl.js';

export function checkItems(ctx: SemaContext, sigs: SigCollector): Diagnostic[] {
  const out: Diagnostic[] = [];
  const defs = ctx.r.table.defs;
  const sm = sourceMapView(ctx.sources);
  const recursive = checkRecursiveTypes(ctx);
  const superCycles = checkSupertraitCycles(ctx, sm);
  for (let i = ctx.r.table.stdCount; i < defs.length; i++) {
    const d = defs[i]!;
    const cyc = superCycles.get(i as DefId);
    if (cyc) out.push(cyc);
    const rec = recursive.get(i as DefId);
    if (rec) out.push(rec);
    if (d.kind === 'impl' && d.node && !d.derive) checkImplItems(ctx, sigs, i as DefId, d.node as A.ImplItem, out, sm);
  }
  return out;
}

function checkImplItems(ctx: SemaContext, sigs: SigCollector, def: DefId, node: A.ImplItem, out: Diagnostic[], sm: ReturnType<typeof sourceMapView>): void {
  if (!node.ofTrait) return;
  const r = ctx.resolutions.get(node.ofTrait.id);
  if (!r || r.res.kind !== 'def' || r.res.defKind !== 'trait') return;
  const trait = r.res.def;
  const traitItems = sigs.assocItems(trait);
  const implItems = sigs.assocItems(def);
  // rustc compares each impl item with the trait's (E0053), then looks for missing ones.
  out.push(...compareImplMethods(ctx, def, node, trait, traitItems));
  const missing = traitItems.filter((t) => !t.hasDefault && !implItems.some((ii) => ii.name === t.name));
  if (missing.length === 0) return;
  const head = mkSpan(node.span.lo, node.selfTy.span.hi);
  const names = missing.map((m) => m.name);
  const d = msg.missingTraitItems(names, head);
  const defs = ctx.r.table.defs;
  for (const m of missing) {
    const data = defs[m.def]!;
    if (!data.isStd) d.label(traitItemSpan(sm, data), msg.fromTrait(m.name));
  }
  d.label(head, msg.missingInImpl(names));
  // A std trait's items are not in a source weftc shows (nor rustc, without rust-src): rustc then
  // suggests the item's signature, as a hidden suggestion before the impl's closing brace.
  // `Self` stays `Self`; the trait's other parameters are the impl's (`Rhs` of `impl PartialEq for E` is `E`).
  const implIndex = ctx.sigs.implOfDef.get(def);
  const traitArgs = implIndex !== undefined ? ctx.sigs.impls[implIndex]!.traitRef?.args : undefined;
  const implArgs: GenericArg[] = [{ k: 'param', index: 0, name: 'Self' }, ...(traitArgs ?? []).slice(1)];
  const text = sm.snippet(node.span);
  const at = text.endsWith('}') ? mkSpan(node.span.hi - 1, node.span.hi - 1, node.span.ctxt) : mkSpan(node.span.hi, node.span.hi, node.span.ctxt);
  const padding = indentationBefore({ sm }, at);
  for (const m of missing) {
    if (!defs[m.def]!.isStd) continue;
    const snippet = itemSignature(ctx, sigs, m, implArgs);
    d.suggest(msg.implementMissingItem(snippet), [{ span: at, snippet: `${padding}${snippet}\n${padding}` }], 'HasPlaceholders', 'HideCodeAlways');
  }
  out.push(d.build());
}

/**
 * rustc's `suggestion_signature`: the item as an impl would write it, with the impl's trait
 * arguments but `Self` kept: `fn fmt(&self, _: &mut Formatter<'_>) -> Result<(), std::fmt::Error> { todo!() }`,
 * and for an associated type, `type Item = ` with a placeholder comment.
 */
function itemSignature(ctx: SemaContext, sigs: SigCollector, item: AssocItemData, implArgs: readonly GenericArg[]): string {
  const env = printEnv(ctx);
  if (item.kind === 'type') return `type ${item.name} = /* Type */;`;
  if (item.kind === 'const') return `const ${item.name}: ${printTy(env, subst(sigs.typeOf(item.def), implArgs), { regions: true })} = value;`;
  const sig = sigs.fnSig(item.def);
  const show = (t: Ty) => printTy(env, subst(t, implArgs), { regions: true });
  const isSelf = (t: Ty) => t.k === 'param' && t.index === 0;
  const args = sig.inputs.map((t, i) => {
    if (i === 0 && item.hasSelf) {
      if (isSelf(t)) return 'self';
      if (t.k === 'ref' && isSelf(t.ty)) return `&${t.region.name !== null && t.region.name !== "'_" ? `${t.region.name} ` : ''}${t.mut ? 'mut ' : ''}self`;
      return `self: ${show(t)}`;
    }
    return `_: ${show(t)}`;
  });
  const output = sig.output.k === 'tuple' && sig.output.elems.length === 0 ? '' : ` -> ${show(sig.output)}`;
  return `fn ${item.name}(${args.join(', ')})${output} { todo!() }`;
}

/** rustc's `def_span` of a trait item: a fn's head, a const to its type, a type to its name. */
function traitItemSpan(sm: ReturnType<typeof sourceMapView>, data: import('../defs.js').DefData): import('../../syntax/source-map.js').Span {
  const node = data.node as A.AssocItem | null;
  if (node && node.kind === 'const') return mkSpan(data.itemSpan.lo, node.ty.span.hi, data.itemSpan.ctxt);
  if (node && node.kind === 'tyAlias') {
    const g = node.generics;
    const hi = g.params.length > 0 && g.span.hi > node.ident.span.hi ? g.span.hi : node.ident.span.hi;
    return mkSpan(data.itemSpan.lo, hi, data.itemSpan.ctxt);
  }
  return guessHeadSpan(sm, data.itemSpan);
}

/**
 * E0391 for supertraits that form a cycle (`trait A: B {}`, `trait B: A {}`), as rustc's
 * `super_predicates_of` query cycle: reported once, at the first trait of the cycle met in
 * definition order, with the bound that leads on in each member.
 */
function checkSupertraitCycles(ctx: SemaContext, sm: ReturnType<typeof sourceMapView>): Map<DefId, Diagnostic> {
  const defs = ctx.r.table.defs;
  const out = new Map<DefId, Diagnostic>();
  const edges = (d: DefId): { to: DefId; span: import('../../syntax/source-map.js').Span }[] => {
    const data = defs[d]!;
    if (data.isStd || data.kind !== 'trait' || !data.node) return [];
    const node = data.node as A.TraitItem;
    const es: { to: DefId; span: import('../../syntax/source-map.js').Span }[] = [];
    for (const b of node.bounds) {
      if (b.kind !== 'trait') continue;
      const r = ctx.resolutions.get(b.traitRef.id);
      if (!r || r.unresolved > 0 || r.res.kind !== 'def' || r.res.defKind !== 'trait' || defs[r.res.def]!.isStd) continue;
      es.push({ to: r.res.def, span: b.traitRef.path.span });
    }
    return es;
  };
  const reported = new Set<DefId>();
  const done = new Set<DefId>();
  // The trait's path from the crate root, as rustc's `def_path_str` prints a local item.
  const pathOf = (d: DefId): string => {
    const names: string[] = [];
    for (let cur: DefId | null = d; cur !== null && defs[cur]!.parent !== null; cur = defs[cur]!.parent) names.unshift(defs[cur]!.name);
    return names.join('::');
  };
  const describe = (d: DefId) => `computing the super predicates of \`${pathOf(d)}\``;
  const visit = (d: DefId, stack: DefId[], spans: import('../../syntax/source-map.js').Span[]): boolean => {
    stack.push(d);
    for (const e of edges(d)) {
      const at = stack.indexOf(e.to);
      if (at >= 0) {
        const members = stack.slice(at);
        const sp = [...spans.slice(at), e.span];
        if (!members.some((m) => reported.has(m))) {
          const first = members[0]!;
          const diag = msg.cycleDetected(describe(first), sp[0]!);
          for (let k = 1; k < members.length; k++) diag.child({ level: 'note', message: msg.cycleRequires(describe(members[k]!)), span: { primary: [sp[k]!], labels: [] } });
          diag.note(members.length === 1 ? `...which immediately requires ${describe(first)} again` : msg.cycleCompletes(describe(first)));
          diag.child({ level: 'note', message: msg.cycleUsedWhen(`checking that \`${pathOf(first)}\` is well-formed`), span: { primary: [guessHeadSpan(sm, defs[first]!.itemSpan)], labels: [] } });
          diag.note('see https://rustc-dev-guide.rust-lang.org/overview.html#queries and https://rustc-dev-guide.rust-lang.org/query.html for more information');
          for (const m of members) reported.add(m);
          out.set(first, diag.build());
        }
        stack.pop();
        return true;
      }
      if (done.has(e.to)) continue;
      spans.push(e.span);
      const found = visit(e.to, stack, spans);
      spans.pop();
      if (found) {
        stack.pop();
        return true;
      }
    }
    stack.pop();
    done.add(d);
    return false;
  };
  for (let i = ctx.r.table.stdCount; i < defs.length; i++) {
    if (defs[i]!.kind !== 'trait' || done.has(i as DefId)) continue;
    visit(i as DefId, [], []);
  }
  return out;
}
