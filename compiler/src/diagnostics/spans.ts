/**
 * Span helpers the emitters share: rustc's `MultiSpan::span_labels` order, the primary span, and
 * the macro backtrace of a span (`Span::macro_backtrace`).
 *
 * Owns: reading multispans and expansion chains. Must not: render anything.
 */
import type { SpanLabel } from './diagnostic.js';
import type { Expansion, Span, SourceMap } from '../syntax/source-map.js';

/** A label as the emitters see it: every labelled span, then the unlabelled primary spans. */
export interface ResolvedLabel {
  readonly span: Span;
  readonly isPrimary: boolean;
  readonly label: string | null;
}

/**
 * rustc's `Span::is_dummy`: rustc's first file starts at global position 0, so an empty span at
 * the start of the first file *is* its dummy span, and rustc's output treats it as one (no source
 * text in JSON, no macro label...). weftc reserves position 0, so both forms count.
 */
export function isDummySpan(sm: SourceMap, s: Span): boolean {
  if (s.lo === 0 && s.hi === 0) return true;
  const first = sm.files[0];
  return first !== undefined && s.lo === first.startPos && s.hi === first.startPos;
}

export function spanEquals(a: Span, b: Span): boolean {
  return a.lo === b.lo && a.hi === b.hi && a.ctxt === b.ctxt;
}

/** rustc's `span_labels()`: labels in insertion order, then primary spans that have no label. */
export function spanLabels(ms: { readonly primary: readonly Span[]; readonly labels: readonly SpanLabel[] }): ResolvedLabel[] {
  const out: ResolvedLabel[] = ms.labels.map((l) => ({ span: l.span, isPrimary: ms.primary.some((p) => spanEquals(p, l.span)), label: l.label }));
  for (const p of ms.primary) {
    if (!ms.labels.some((l) => spanEquals(l.span, p))) out.push({ span: p, isPrimary: true, label: null });
  }
  return out;
}

export function primarySpanOf(ms: { readonly primary: readonly Span[] }): Span | null {
  return ms.primary[0] ?? null;
}

/**
 * The expansions a span comes from, innermost first, skipping recursive invocations (an
 * expansion whose call site is the span it was reached from), as rustc's `macro_backtrace`.
 */
export function macroBacktrace(sm: SourceMap, s: Span): Expansion[] {
  const out: Expansion[] = [];
  let cur = s;
  let prev: Span | null = null;
  for (let guard = 0; cur.ctxt !== 0 && guard < 10_000; guard++) {
    const e = sm.expansion(cur.ctxt);
    if (!e) break;
    const recursive = prev !== null && e.callSite.lo === prev.lo && e.callSite.hi === prev.hi;
    prev = cur;
    cur = e.callSite;
    if (!recursive) out.push(e);
  }
  return out;
}
