/**
 * Reading the std model's `#[rustc_on_unimplemented(...)]` attributes: the E0277 message, label
 * and notes std gives a trait, with the `on(crate_local, ...)`,
 * `on(from_desugaring = "FormatLiteral", ...)` and type conditions (`on(all(Self = "{integer}", Rhs =
 * "{float}"), ...)`, `on(any(T = "str", T = "String"), ...)`) variants.
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

/**
 * `Self = "{integer}"`, `T = "str"`, `all(..)` of such conditions, and `any(..)` of conditions on
 * one parameter: the (parameter, printed types it may be) pairs, all of which must hold; null for
 * anything else.
 */
function typeConditions(cond: MetaItemInner): [string, string[]][] | null {
  const parts = nameOf(cond) === 'all' && cond.kind === 'meta' && cond.meta.kind.kind === 'list' ? cond.meta.kind.items : [cond];
  const out: [string, string[]][] = [];
  for (const p of parts) {
    const alts = nameOf(p) === 'any' && p.kind === 'meta' && p.meta.kind.kind === 'list' ? p.meta.kind.items : [p];
    const names = new Set(alts.map(nameOf));
    const values = alts.map(strOf);
    const name = alts.length > 0 && names.size === 1 ? nameOf(alts[0]!) : '';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || values.some((v) => v === null)) return null;
    out.push([name, values as string[]]);
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
