/**
 * A mutable diagnostic draft for the lexer and parser, shaped after rustc's `Diag`: recovery code
 * often builds an error, adds labels and suggestions on the way up, changes its message or span,
 * and then either emits it or cancels it. `build()` turns the draft into the plain `Diagnostic`.
 *
 * The suggestion helpers are named after rustc's methods so that a port keeps rustc's rendering
 * style: `suggestion` (ShowCode), `suggestionShort` (HideCodeInline), `suggestionVerbose`
 * (ShowAlways), `suggestionHidden` (HideCodeAlways), `toolOnly` (CompletelyHidden).
 *
 * Owns: the draft type. Must not: decide where diagnostics go (the lexer/parser collect them).
 */
import type { Applicability, Diagnostic, Level, SpanLabel, SubDiagnostic, Suggestion, SuggestionStyle, SubstitutionPart, MultiSpan } from '../diagnostics/diagnostic.js';
import type { Span } from './source-map.js';

export class PDiag {
  primary: Span[];
  labels: SpanLabel[] = [];
  children: SubDiagnostic[] = [];
  suggestions: Suggestion[] = [];
  code: string | null = null;
  /** Once sealed (rustc's `seal_suggestions`), further suggestions are dropped. */
  private sealed = false;

  constructor(
    public message: string,
    span: Span | Span[] | null,
    public level: Level = 'error',
  ) {
    this.primary = span === null ? [] : Array.isArray(span) ? sortSpans(span) : [span];
  }

  withCode(code: string): this {
    this.code = code;
    return this;
  }

  /** Replaces the primary spans (rustc's `Diag::span`). */
  setSpan(span: Span | Span[]): this {
    this.primary = Array.isArray(span) ? sortSpans(span) : [span];
    return this;
  }

  label(span: Span, label: string): this {
    this.labels.push({ span, label });
    return this;
  }

  note(message: string, span?: Span | MultiSpan): this {
    this.children.push({ level: 'note', message, span: toMulti(span) });
    return this;
  }

  help(message: string, span?: Span | MultiSpan): this {
    this.children.push({ level: 'help', message, span: toMulti(span) });
    return this;
  }

  warn(message: string, span?: Span | MultiSpan): this {
    this.children.push({ level: 'warning', message, span: toMulti(span) });
    return this;
  }

  hasSuggestions(): boolean {
    return this.suggestions.length > 0;
  }

  sealSuggestions(): void {
    this.sealed = true;
  }

  /**
   * A suggestion with several parts. rustc 1.95 never shows a one-part multipart suggestion as
   * an inline label (observed: `let S { .., a, .. }`'s "remove the starting `..`"), so the
   * default style is the verbose one; for several parts the two styles render alike.
   */
  multipart(message: string, parts: SubstitutionPart[], applicability: Applicability, style: SuggestionStyle = 'ShowAlways'): this {
    if (!this.sealed) this.suggestions.push({ message, substitutions: [{ parts }], applicability, style });
    return this;
  }

  alternatives(message: string, alternatives: SubstitutionPart[][], applicability: Applicability, style: SuggestionStyle = 'ShowCode'): this {
    if (!this.sealed) this.suggestions.push({ message, substitutions: alternatives.map((parts) => ({ parts })), applicability, style });
    return this;
  }

  suggestion(span: Span, message: string, snippet: string, applicability: Applicability): this {
    return this.multipart(message, [{ span, snippet }], applicability, 'ShowCode');
  }

  suggestionShort(span: Span, message: string, snippet: string, applicability: Applicability): this {
    return this.multipart(message, [{ span, snippet }], applicability, 'HideCodeInline');
  }

  suggestionVerbose(span: Span, message: string, snippet: string, applicability: Applicability): this {
    return this.multipart(message, [{ span, snippet }], applicability, 'ShowAlways');
  }

  suggestionHidden(span: Span, message: string, snippet: string, applicability: Applicability): this {
    return this.multipart(message, [{ span, snippet }], applicability, 'HideCodeAlways');
  }

  toolOnly(span: Span, message: string, snippet: string, applicability: Applicability): this {
    return this.multipart(message, [{ span, snippet }], applicability, 'CompletelyHidden');
  }

  build(): Diagnostic {
    return {
      level: this.level,
      message: this.message,
      code: this.code,
      span: { primary: this.primary, labels: this.labels },
      children: this.children,
      suggestions: this.suggestions,
    };
  }
}

/** rustc's `MultiSpan::from_spans` sorts the primary spans. */
function sortSpans(spans: Span[]): Span[] {
  return [...spans].sort((a, b) => a.lo - b.lo || a.hi - b.hi);
}

function toMulti(s: Span | MultiSpan | undefined): MultiSpan {
  if (s === undefined) return { primary: [], labels: [] };
  if ('primary' in s) return s;
  return { primary: [s], labels: [] };
}
