/**
 * Renders a diagnostic as one line of rustc's JSON diagnostic format (`rustc_errors::json`), with
 * the human rendering in `rendered`. Keys come in rustc's order and strings are escaped as
 * serde_json escapes them (JSON.stringify agrees for well-formed strings).
 *
 * The one deliberate difference from rustc: `code.explanation` is weftc's own short text from
 * error-codes.ts, not rustc's error-code documentation (which is rustc's to publish, not ours).
 * It is a string for every code weftc emits and null for lint names, as in rustc.
 *
 * Owns: diagnostic → JSON text. Must not: print, count, or decide what `rendered` looks like
 * (that is emitter-human.ts).
 */
import type { Diagnostic, Suggestion } from './diagnostic.js';
import type { Expansion, Span, SourceMap } from '../syntax/source-map.js';
import { renderHuman, expansionDescr, type HumanEmitterOptions } from './emitter-human.js';
import { explanationOf } from './error-codes.js';
import { isDummySpan, macroBacktrace, spanLabels } from './spans.js';

interface JsonSpan {
  file_name: string;
  byte_start: number;
  byte_end: number;
  line_start: number;
  line_end: number;
  column_start: number;
  column_end: number;
  is_primary: boolean;
  text: { text: string; highlight_start: number; highlight_end: number }[];
  label: string | null;
  suggested_replacement: string | null;
  suggestion_applicability: string | null;
  expansion: { span: JsonSpan; macro_decl_name: string; def_site_span: JsonSpan } | null;
}

interface JsonChild {
  message: string;
  code: null;
  level: string;
  spans: JsonSpan[];
  children: never[];
  rendered: null;
}

export function renderJson(diag: Diagnostic, sm: SourceMap, options: HumanEmitterOptions): string {
  const children: JsonChild[] = diag.children.map((c) => ({
    message: c.message,
    code: null,
    level: c.level,
    spans: spanLabels(c.span).map((l) => jsonSpan(sm, l.span, l.isPrimary, l.label, null)),
    children: [],
    rendered: null,
  }));
  for (const s of diag.suggestions) children.push(suggestionChild(sm, s));
  const value = {
    $message_type: 'diagnostic',
    message: diag.message,
    code: diag.code === null ? null : { code: diag.code, explanation: explanationOf(diag.code) },
    level: diag.level,
    spans: spanLabels(diag.span).map((l) => jsonSpan(sm, l.span, l.isPrimary, l.label, null)),
    children,
    rendered: renderHuman(diag, sm, options),
  };
  return JSON.stringify(value);
}

function suggestionChild(sm: SourceMap, s: Suggestion): JsonChild {
  const spans: JsonSpan[] = [];
  for (const sub of s.substitutions) {
    for (const part of sub.parts) spans.push(jsonSpan(sm, part.span, true, null, { snippet: part.snippet, applicability: s.applicability }));
  }
  return { message: s.message, code: null, level: 'help', spans, children: [], rendered: null };
}

/** rustc's dummy span lies at the start of the first file. */
function resolve(sm: SourceMap, pos: number): number {
  return pos === 0 && sm.files.length > 0 ? sm.files[0]!.startPos : pos;
}

function jsonSpan(sm: SourceMap, s: Span, isPrimary: boolean, label: string | null, suggestion: { snippet: string; applicability: string } | null): JsonSpan {
  return spanWithBacktrace(sm, s, isPrimary, label, suggestion, macroBacktrace(sm, s), 0);
}

function spanWithBacktrace(sm: SourceMap, s: Span, isPrimary: boolean, label: string | null, suggestion: { snippet: string; applicability: string } | null, backtrace: readonly Expansion[], index: number): JsonSpan {
  const loPos = resolve(sm, s.lo);
  const hiPos = resolve(sm, s.hi);
  const lo = sm.lookupLoc(loPos);
  const hi = sm.lookupLoc(hiPos);
  const step = backtrace[index];
  const file = lo.file;
  const text: JsonSpan['text'] = [];
  if (file.hasSource && !isDummySpan(sm, s)) {
    let startCol = lo.col;
    for (let line = lo.line; line < hi.line; line++) {
      const t = sm.getLine(file, line) ?? '';
      text.push({ text: t, highlight_start: startCol + 1, highlight_end: [...t].length + 1 });
      startCol = 0;
    }
    text.push({ text: sm.getLine(file, hi.line) ?? '', highlight_start: startCol + 1, highlight_end: hi.col + 1 });
  }
  return {
    file_name: file.name,
    byte_start: sm.originalOffset(loPos),
    byte_end: sm.originalOffset(hiPos),
    line_start: lo.line,
    line_end: hi.line,
    column_start: lo.col + 1,
    column_end: hi.col + 1,
    is_primary: isPrimary,
    text,
    label,
    suggested_replacement: suggestion ? suggestion.snippet : null,
    suggestion_applicability: suggestion ? suggestion.applicability : null,
    expansion: step
      ? {
          span: spanWithBacktrace(sm, step.callSite, false, null, null, backtrace, index + 1),
          macro_decl_name: expansionDescr(step.kind, step.macroName),
          def_site_span: spanWithBacktrace(sm, guessHeadSpan(sm, step.defSite), false, null, null, [], 0),
        }
      : null,
  };
}

/** rustc's `guess_head_span`: a definition up to its first `{` (trimmed), when on one line. */
function guessHeadSpan(sm: SourceMap, s: Span | null): Span {
  if (s === null) return { lo: 0, hi: 0, ctxt: 0 };
  const file = sm.lookupFile(resolve(sm, s.lo));
  if (!file.hasSource || sm.lookupFile(s.hi) !== file) return s;
  const text = sm.snippet(s);
  const head = (text.split('{')[0] ?? '').trimEnd();
  if (head === '' || head.includes('\n')) return s;
  return { lo: s.lo, hi: s.lo + new TextEncoder().encode(head).length, ctxt: s.ctxt };
}
