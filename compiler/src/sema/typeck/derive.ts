/**
 * Checking derived impls: rustc type checks the code a `#[derive(Trait)]` expands to, which
 * requires every field's type to implement the trait (for `Default` on enums, the `#[default]`
 * variant's). weftc checks that requirement directly; an unsatisfied one is E0277 at the field,
 * with the "in this derive macro expansion" label from the derive's expansion context.
 *
 * Owns: derive obligations. Must not: synthesize bodies.
 */
import type { DefData } from '../defs.js';
import type { Ty } from '../ty/ty.js';
import { subst } from '../ty/ty.js';
import type { FnCtxt } from './fcx.js';
import { span as mkSpan } from '../../syntax/source-map.js';

const LANG: Record<string, string> = { Debug: 'Debug', Clone: 'clone', Copy: 'copy', PartialEq: 'eq', Eq: 'Eq', PartialOrd: 'partial_ord', Ord: 'Ord', Default: 'Default', Hash: 'Hash' };

export function checkDerive(fcx: FnCtxt, data: DefData): void {
  const d = data.derive!;
  const trait = fcx.ctx.sigs.lang.get(LANG[d.trait] ?? '');
  const adt = fcx.ctx.sigs.adts[d.adt];
  if (trait === undefined || !adt) return;
  const args = fcx.identityArgs(d.adt);
  const variants = d.trait === 'Default' && adt.kind === 'enum' ? [] : adt.variants;
  for (const v of variants) {
    for (const f of v.fields) {
      const t: Ty = fcx.normalize(subst(f.ty, args), f.span);
      // The obligation's span is the field's type, in the derive's context.
      const span = mkSpan(f.span.lo, f.span.hi, d.span.ctxt);
      const targs = d.trait === 'PartialEq' || d.trait === 'PartialOrd' ? [t, t] : [t];
      fcx.fulfill.register({ kind: 'trait', trait, args: targs, cause: { span, kind: 'derive' } });
    }
  }
}
