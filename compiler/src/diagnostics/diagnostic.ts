/**
 * The diagnostic data model, after rustc_errors' `DiagInner`. A user's program being wrong is a
 * `Diagnostic` value: built by a phase, returned or collected, never thrown. Diagnostics are plain
 * data (spans are numbers), so a worker thread can hand them to the main thread unchanged.
 *
 * Owns: the shape of a diagnostic and small builders. Must not: render (see emitter-human.ts and
 * emitter-json.ts) or decide lint levels (see sema/lints).
 */
import type { Span } from '../syntax/source-map.js';

/** rustc's `Level`, spelled as rustc's JSON spells it. */
export type Level = 'error' | 'warning' | 'note' | 'help' | 'failure-note' | 'error: internal compiler error';

/** A span with an optional label. An empty-string label is drawn like rustc draws `""`: no text. */
export interface SpanLabel {
  readonly span: Span;
  readonly label: string | null;
}

/** rustc's `MultiSpan`: the primary spans plus labelled spans (primary or not). */
export interface MultiSpan {
  readonly primary: readonly Span[];
  /** Labels on any span; a label whose span is also in `primary` is drawn with `^`, others with `-`. */
  readonly labels: readonly SpanLabel[];
}

export const NO_SPAN: MultiSpan = Object.freeze({ primary: Object.freeze([]), labels: Object.freeze([]) }) as MultiSpan;

/** A piece of a message; highlighted pieces are bold magenta in colour output (rustc's `Style::Highlight`). */
export interface MessagePart {
  readonly text: string;
  readonly highlight: boolean;
}

/** A `note:`/`help:` attached to a diagnostic; with no span it renders as `= note: ...`. */
export interface SubDiagnostic {
  readonly level: 'note' | 'help' | 'warning' | 'error';
  readonly message: string;
  readonly span: MultiSpan;
  /**
   * The message in pieces, when some are highlighted (`expected `i32`, found `u8`` notes). Their
   * texts concatenate to `message`; absent means one plain piece.
   */
  readonly parts?: readonly MessagePart[];
}

export type Applicability = 'MachineApplicable' | 'MaybeIncorrect' | 'HasPlaceholders' | 'Unspecified';

/**
 * How a suggestion is shown (rustc's `SuggestionStyle`): inline in the help message
 * (`help: try: `x``), as a code snippet, or not at all (JSON only).
 */
export type SuggestionStyle = 'HideCodeInline' | 'HideCodeAlways' | 'CompletelyHidden' | 'ShowCode' | 'ShowAlways';

export interface SubstitutionPart {
  readonly span: Span;
  readonly snippet: string;
}

/** One way to fix the code: a set of edits applied together. */
export interface Substitution {
  readonly parts: readonly SubstitutionPart[];
}

export interface Suggestion {
  readonly message: string;
  readonly substitutions: readonly Substitution[];
  readonly applicability: Applicability;
  readonly style: SuggestionStyle;
}

export interface Diagnostic {
  readonly level: Level;
  readonly message: string;
  /** `E0308`, or a lint name for lints (rustc's JSON puts lint names in `code` too). */
  readonly code: string | null;
  readonly span: MultiSpan;
  readonly children: readonly SubDiagnostic[];
  readonly suggestions: readonly Suggestion[];
}

/** A diagnostic under construction; `build()` freezes nothing, it only narrows the type. */
export class DiagnosticBuilder {
  private readonly primary: Span[] = [];
  private readonly labels: SpanLabel[] = [];
  private readonly children: SubDiagnostic[] = [];
  private readonly suggestions: Suggestion[] = [];
  private code: string | null = null;

  constructor(
    private readonly level: Level,
    private readonly message: string,
    primarySpan?: Span,
  ) {
    if (primarySpan) this.primary.push(primarySpan);
  }

  withCode(code: string): this {
    this.code = code;
    return this;
  }

  /** Adds a primary span (drawn with `^`). */
  primarySpan(s: Span, label?: string): this {
    this.primary.push(s);
    if (label !== undefined) this.labels.push({ span: s, label });
    return this;
  }

  /** Labels a span; labels on primary spans are drawn with `^`, others with `-`. */
  label(s: Span, label: string): this {
    this.labels.push({ span: s, label });
    return this;
  }

  note(message: string, span?: Span | MultiSpan): this {
    this.children.push({ level: 'note', message, span: toMultiSpan(span) });
    return this;
  }

  help(message: string, span?: Span | MultiSpan): this {
    this.children.push({ level: 'help', message, span: toMultiSpan(span) });
    return this;
  }

  /** A note whose message is made of plain and highlighted pieces. */
  highlightedNote(parts: readonly MessagePart[], span?: Span | MultiSpan): this {
    this.children.push({ level: 'note', message: parts.map((p) => p.text).join(''), span: toMultiSpan(span), parts });
    return this;
  }

  child(sub: SubDiagnostic): this {
    this.children.push(sub);
    return this;
  }

  suggest(message: string, parts: SubstitutionPart[], applicability: Applicability, style: SuggestionStyle = 'ShowCode'): this {
    this.suggestions.push({ message, substitutions: [{ parts }], applicability, style });
    return this;
  }

  suggestAlternatives(message: string, alternatives: SubstitutionPart[][], applicability: Applicability, style: SuggestionStyle = 'ShowCode'): this {
    this.suggestions.push({ message, substitutions: alternatives.map((parts) => ({ parts })), applicability, style });
    return this;
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

export function toMultiSpan(s: Span | MultiSpan | undefined): MultiSpan {
  if (s === undefined) return NO_SPAN;
  if ('primary' in s) return s;
  return { primary: [s], labels: [] };
}

export function error(message: string, span?: Span): DiagnosticBuilder {
  return new DiagnosticBuilder('error', message, span);
}

export function warning(message: string, span?: Span): DiagnosticBuilder {
  return new DiagnosticBuilder('warning', message, span);
}
