/**
 * Span helpers sema shares: rustc's `guess_head_span` (an item up to its first `{`), and small
 * span arithmetic. They read the source map only for snippets.
 *
 * Owns: these helpers. Must not: build diagnostics.
 */
import type { Span, SourceMap } from '../syntax/source-map.js';
import { span as mkSpan } from '../syntax/source-map.js';

/** rustc's `guess_head_span`: the span up to its first `{`, trimmed, unless that is empty or spans lines. */
export function guessHeadSpan(sm: SourceMap, s: Span): Span {
  const file = sm.lookupFile(s.lo);
  if (!file.hasSource) return s;
  const text = sm.snippet(s);
  const brace = text.indexOf('{');
  const head = (brace < 0 ? text : text.slice(0, brace)).trimEnd();
  if (head === '' || head.includes('\n')) return s;
  return mkSpan(s.lo, s.lo + utf8Length(head), s.ctxt);
}

export function utf8Length(s: string): number {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s) ? s.length : new TextEncoder().encode(s).length;
}

export function shrinkToLo(s: Span): Span {
  return mkSpan(s.lo, s.lo, s.ctxt);
}

export function shrinkToHi(s: Span): Span {
  return mkSpan(s.hi, s.hi, s.ctxt);
}

export function spanTo(a: Span, b: Span): Span {
  return mkSpan(Math.min(a.lo, b.lo), Math.max(a.hi, b.hi), a.ctxt);
}

/** `a.until(b)`: from the start of `a` to the start of `b`. */
export function until(a: Span, b: Span): Span {
  return mkSpan(a.lo, b.lo, a.ctxt);
}

/** `a.between(b)`: from the end of `a` to the start of `b`. */
export function between(a: Span, b: Span): Span {
  return mkSpan(a.hi, b.lo, a.ctxt);
}

export function sameSpan(a: Span, b: Span): boolean {
  return a.lo === b.lo && a.hi === b.hi;
}

/**
 * rustc's `def_span` for a local definition: a struct, enum, union, trait or type alias from its
 * first token to the end of its name and generics; a const or static to the end of its type; a
 * fn its head (`guess_head_span`); a variant or field its name.
 */
export function defSpan(sm: SourceMap, data: { readonly kind: string; readonly span: Span; readonly itemSpan: Span; readonly node: unknown }): Span {
  const node = data.node as { readonly generics?: { readonly span: Span; readonly params: readonly unknown[] }; readonly ty?: { readonly span: Span } } | null;
  switch (data.kind) {
    case 'struct':
    case 'enum':
    case 'union':
    case 'trait':
    case 'tyAlias': {
      const g = node?.generics;
      const hi = g && g.params.length > 0 && g.span.hi > data.span.hi ? g.span.hi : data.span.hi;
      return mkSpan(data.itemSpan.lo, hi, data.itemSpan.ctxt);
    }
    case 'const':
    case 'static':
      return node?.ty ? mkSpan(data.itemSpan.lo, node.ty.span.hi, data.itemSpan.ctxt) : guessHeadSpan(sm, data.itemSpan);
    case 'variant':
    case 'field':
    case 'tyParam':
    case 'constParam':
      return data.span;
    default:
      return guessHeadSpan(sm, data.itemSpan);
  }
}
