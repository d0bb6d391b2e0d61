/**
 * Checks of items after their signatures are known (rustc's wfcheck and impl checks), in
 * definition order: trait impls implement every required item (E0046), recursive types without
 * indirection (E0072).
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

export function checkItems(ctx: SemaContext, sigs: SigCollector): Diagnostic[] {
  const out: Diagnostic[] = [];
  const defs = ctx.r.table.defs;
  const sm = sourceMapView(ctx.sources);
  const recursive = checkRecursiveTypes(ctx);
  for (let i = ctx.r.table.stdCount; i < defs.length; i++) {
    const d = defs[i]!;
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
  const missing = traitItems.filter((t) => !t.hasDefault && !implItems.some((ii) => ii.name === t.name));
  if (missing.length === 0) return;
  const head = mkSpan(node.span.lo, node.selfTy.span.hi);
  const names = missing.map((m) => m.name);
  const d = msg.missingTraitItems(names, head);
  for (const m of missing) {
    const data = ctx.r.table.defs[m.def]!;
    d.label(data.isStd ? data.span : traitItemSpan(sm, data), msg.fromTrait(m.name));
  }
  d.label(head, msg.missingInImpl(names));
  out.push(d.build());
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
