/**
 * The smallest diff that shows how a variant differs from the serial output: for a reordering, the
 * sequence of item headlines (one line per diagnostic); otherwise only the items that differ
 * (a changed item as a line diff against its counterpart, a missing or extra one whole), plus the
 * exit status. Capped, so a 200-diagnostic reshuffle stays readable. Pure; no colour.
 */
import { structuredPatch } from 'diff';
import { canonicalText, type CanonicalItem, type CanonicalRun } from './canonical.js';
import { multisetMinus, type RunClass } from './classify.js';

export const DIFF_MAX_LINES = 60;

function unified(a: string, b: string, context: number): string[] {
  const patch = structuredPatch('serial', 'variant', a, b, undefined, undefined, { context });
  const out: string[] = [];
  for (const h of patch.hunks) {
    out.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`);
    out.push(...h.lines.filter((l) => !l.startsWith('\\')));
  }
  return out;
}

function cap(lines: string[], max: number): string {
  if (lines.length <= max) return lines.join('\n');
  return [...lines.slice(0, max), `… (${lines.length - max} more lines)`].join('\n');
}

function whole(sign: '-' | '+', item: CanonicalItem): string[] {
  return item.text.replace(/\n$/, '').split('\n').map((l) => `${sign}${l}`);
}

/** The diff of `variant` against the serial reference `ref`, for a run of class `cls`. */
export function variantDiff(ref: CanonicalRun, variant: CanonicalRun, cls: RunClass, max: number = DIFF_MAX_LINES): string {
  if (cls === 'identical') return '';
  const out: string[] = [];
  if (variant.timedOut) out.push('(timed out: no complete output)');
  if (variant.status.code !== ref.status.code || variant.status.signal !== ref.status.signal) {
    const st = (s: CanonicalRun['status']) => (s.signal ? `signal ${s.signal}` : `exit status ${s.code}`);
    out.push(`-${st(ref.status)}`, `+${st(variant.status)}`);
  }
  if (cls === 'order-only') {
    const heads = (r: CanonicalRun) => `${r.items.map((i) => i.headline).join('\n')}\n`;
    out.push('(the same items in another order; one line per item)');
    out.push(...unified(heads(ref), heads(variant), 1));
    return cap(out, max);
  }
  const removed = multisetMinus(ref.items, variant.items);
  const added = multisetMinus(variant.items, ref.items);
  const unpaired = [...added];
  for (const r of removed) {
    const at = unpaired.findIndex((a) => a.anchor === r.anchor);
    if (at >= 0) {
      out.push(`@@ changed: ${r.headline} @@`);
      out.push(...unified(r.text, unpaired[at]!.text, 2).filter((l) => !l.startsWith('@@')));
      unpaired.splice(at, 1);
    } else {
      out.push(`@@ missing: ${r.headline} @@`, ...whole('-', r));
    }
  }
  for (const a of unpaired) out.push(`@@ extra: ${a.headline} @@`, ...whole('+', a));
  if (variant.stdout !== ref.stdout) out.push('@@ stdout @@', ...unified(ref.stdout, variant.stdout, 1).filter((l) => !l.startsWith('@@')));
  if (out.length === 0) out.push(...unified(canonicalText(ref), canonicalText(variant), 2));
  return cap(out, max);
}
