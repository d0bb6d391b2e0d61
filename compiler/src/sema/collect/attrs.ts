/**
 * Reading the std model's `#[rustc_on_unimplemented(...)]` attributes: the E0277 message, label
 * and notes std gives a trait, with the `on(crate_local, ...)`,
 * `on(from_desugaring = "FormatLiteral", ...)` and `on(all(Self = "{integer}", Rhs = "{float}"), ...)`
 * variants.
 *
 * Owns: attribute → OnUnimplemented. Must not: format the texts (typeck fills `{Self}`...).
 */
import type { MetaItem, MetaItemInner } from '../../syntax/ast.js';
import type { OnUnimplemented } from './types.js';
import { decodeStr } from './sigs.js';

function strOf(m: MetaItemInner): string | null {
  if (m.kind !== 'meta' || m.meta.kind.kind !== 'nameValue') return null;
  return decodeStr(m.meta.kind.lit.symbol);
}

function nameOf(m: MetaItemInner): string {
  return m.kind === 'meta' ? m.meta.path.segments.map((s) => s.ident.name).join('::') : '';
}

/** `Self = "{integer}"` or `all(Self = "..", Rhs = "..")`: the (parameter, printed type) pairs; null otherwise. */
function typeConditions(cond: MetaItemInner): [string, string][] | null {
  const parts = nameOf(cond) === 'all' && cond.kind === 'meta' && cond.meta.kind.kind === 'list' ? cond.meta.kind.items : [cond];
  const out: [string, string][] = [];
  for (const p of parts) {
    const name = nameOf(p);
    const value = strOf(p);
    if ((name !== 'Self' && name !== 'Rhs') || value === null) return null;
    out.push([name, value]);
  }
  return out.length > 0 ? out : null;
}

export function readOnUnimplemented(meta: MetaItem): OnUnimplemented {
  const out = { message: null as string | null, label: null as string | null, notes: [] as string[], on: [] as OnUnimplemented['on'][number][] };
  if (meta.kind.kind !== 'list') return out;
  for (const item of meta.kind.items) {
    const n = nameOf(item);
    if (n === 'message') out.message = strOf(item);
    else if (n === 'label') out.label = strOf(item);
    else if (n === 'note') {
      const s = strOf(item);
      if (s !== null) out.notes.push(s);
    } else if (n === 'on' && item.kind === 'meta' && item.meta.kind.kind === 'list') {
      const parts = item.meta.kind.items;
      const cond = parts[0];
      if (!cond) continue;
      const types = typeConditions(cond);
      const c = nameOf(cond) === 'crate_local' ? 'crate_local' : nameOf(cond) === 'from_desugaring' ? 'format_literal' : types ? 'types' : null;
      if (c === null) continue;
      const v = { cond: c as 'crate_local' | 'format_literal' | 'types', ...(types ? { types } : {}), message: null as string | null, label: null as string | null, notes: [] as string[] };
      for (const p of parts.slice(1)) {
        const pn = nameOf(p);
        if (pn === 'message') v.message = strOf(p);
        else if (pn === 'label') v.label = strOf(p);
        else if (pn === 'note') {
          const s = strOf(p);
          if (s !== null) v.notes.push(s);
        }
      }
      out.on.push(v);
    }
  }
  return out;
}
