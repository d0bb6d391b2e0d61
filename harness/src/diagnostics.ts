/**
 * Reads a compiler's `--error-format json` output (compiletest `json.rs`): the rendered text that
 * becomes `.stderr`, the diagnostics as annotation-matchable records, and the raw diagnostics that
 * rustfix needs. Non-JSON lines (ICE text, linker output) are kept verbatim, as compiletest does.
 * Pure: text in, values out.
 */
import type { AnnotationKind } from './directives/props.js';

export interface JsonSpan {
  file_name: string;
  byte_start: number;
  byte_end: number;
  line_start: number;
  line_end: number;
  column_start: number;
  column_end: number;
  is_primary: boolean;
  label: string | null;
  suggested_replacement: string | null;
  suggestion_applicability: string | null;
  expansion: { span: JsonSpan; macro_decl_name: string } | null;
}

export interface JsonDiagnostic {
  message: string;
  code: { code: string } | null;
  level: string;
  spans: JsonSpan[];
  children: JsonDiagnostic[];
  rendered: string | null;
}

/** One diagnostic line as annotations see it (compiletest `errors::Error`). */
export interface ActualError {
  line: number | null;
  column: number | null;
  kind: AnnotationKind;
  msg: string;
  requireAnnotation: boolean;
}

/** Rust's `str::lines()`: split on `\n`, drop one trailing `\r`, no final empty line. */
export function rustLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isSpan(v: unknown): v is JsonSpan {
  if (!isObject(v)) return false;
  const optStr = (x: unknown) => x === undefined || x === null || typeof x === 'string';
  if (typeof v.file_name !== 'string' || typeof v.line_start !== 'number' || typeof v.column_start !== 'number' || typeof v.is_primary !== 'boolean') return false;
  if (!optStr(v.label) || !optStr(v.suggested_replacement)) return false;
  if (v.expansion !== undefined && v.expansion !== null) {
    if (!isObject(v.expansion) || !isSpan(v.expansion.span) || typeof v.expansion.macro_decl_name !== 'string') return false;
  }
  return true;
}

/** The shape compiletest deserialises (`json::Diagnostic`); anything else is not a diagnostic. */
export function isDiagnostic(v: unknown): v is JsonDiagnostic {
  if (!isObject(v)) return false;
  if (typeof v.message !== 'string' || typeof v.level !== 'string') return false;
  if (!Array.isArray(v.spans) || !v.spans.every(isSpan)) return false;
  if (!Array.isArray(v.children) || !v.children.every(isDiagnostic)) return false;
  if (v.code !== undefined && v.code !== null && !(isObject(v.code) && typeof v.code.code === 'string')) return false;
  if (v.rendered !== undefined && v.rendered !== null && typeof v.rendered !== 'string') return false;
  return true;
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

export interface RenderedItem {
  /** Primary span (file, line, column) of a diagnostic; null for other items. */
  readonly key: readonly [string, number, number] | null;
  readonly text: string;
}

/** compiletest `extract_rendered`: the text of the `.stderr` file, item by item. */
export function renderedItems(output: string): RenderedItem[] {
  const items: RenderedItem[] = [];
  for (const line of rustLines(output)) {
    if (!line.startsWith('{')) {
      items.push({ key: null, text: `${line}\n` });
      continue;
    }
    const v = parseJson(line);
    if (isDiagnostic(v)) {
      if (typeof v.rendered === 'string') {
        const p = v.spans.find((s) => s.is_primary);
        items.push({ key: p ? [p.file_name, p.line_start, p.column_start] : null, text: v.rendered });
      }
    } else if (isObject(v) && Array.isArray(v.future_incompat_report)) {
      const report = v.future_incompat_report as unknown[];
      if (report.length > 0) {
        const parts = report.map((item) => {
          const d = isObject(item) ? item.diagnostic : undefined;
          const r = isObject(d) && typeof d.rendered === 'string' ? d.rendered : 'Not rendered';
          return `Future breakage diagnostic:\n${r}`;
        });
        items.push({ key: null, text: `Future incompatibility report: ${parts.join('')}` });
      }
    } else if (isObject(v) && typeof v.artifact === 'string') {
      // An artifact notification: not part of the output.
    } else if (isObject(v) && typeof v.lint_level === 'string' && Array.isArray(v.unused_extern_names)) {
      // An unused-extern notification: not part of the output.
    } else {
      items.push({ key: null, text: `${line}\n` });
    }
  }
  return items;
}

export function extractRendered(output: string): string {
  return renderedItems(output).map((i) => i.text).join('');
}

/**
 * Lines the compiler meant as JSON but that are not: they start with `{` and do not parse. A
 * real rustc never prints them in `--error-format json` mode, so they point at a compiler bug.
 */
export function malformedJsonLines(output: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  rustLines(output).forEach((line, i) => {
    if (line.startsWith('{') && parseJson(line) === undefined) out.push({ line: i + 1, text: line });
  });
  return out;
}

/** Levels rustc uses; anything else is reported by the caller (compiletest panics). */
export function kindOfLevel(level: string): AnnotationKind | null {
  switch (level) {
    case 'error': case 'error: internal compiler error': return 'ERROR';
    case 'warning': return 'WARN';
    case 'note': case 'failure-note': return 'NOTE';
    case 'help': return 'HELP';
    default: return null;
  }
}

function firstCallsiteInFile(span: JsonSpan, file: string): JsonSpan {
  let s = span;
  while (s.file_name !== file && s.expansion) s = s.expansion.span;
  return s.file_name === file ? s : span;
}

const SUMMARY_RE = /aborting due to \d+ previous errors?|\d+ warnings? emitted/;

function pushActualErrors(out: ActualError[], d: JsonDiagnostic, defaultSpans: readonly JsonSpan[], file: string, badLevels: Set<string>): void {
  const inFile = d.spans.map((s) => ({ primary: s.is_primary, span: firstCallsiteInFile(s, file) })).filter((x) => x.span.file_name === file);
  const ownPrimary = inFile.filter((x) => x.primary).map((x) => x.span).slice(0, 1);
  const primary = ownPrimary.length > 0 ? ownPrimary : defaultSpans;
  const kind = kindOfLevel(d.level);
  if (kind === null) {
    badLevels.add(d.level);
    return;
  }
  const withCode = (text: string) => (d.code ? `${text} [${d.code.code}]` : text);
  const lines = d.message === '' ? [''] : rustLines(d.message);
  const [first, ...rest] = lines.length > 0 ? lines : [d.message];
  if (primary.length === 0) {
    out.push({ line: null, column: null, kind, msg: withCode(first!), requireAnnotation: d.level !== 'failure-note' && !SUMMARY_RE.test(first!) });
    for (const l of rest) out.push({ line: null, column: null, kind, msg: withCode(l), requireAnnotation: false });
  } else {
    for (const s of primary) out.push({ line: s.line_start, column: s.column_start, kind, msg: withCode(first!), requireAnnotation: true });
    for (const l of rest) for (const s of primary) out.push({ line: s.line_start, column: s.column_start, kind, msg: withCode(l), requireAnnotation: false });
  }
  for (const s of primary) {
    if (typeof s.suggested_replacement === 'string') {
      rustLines(s.suggested_replacement).forEach((l, i) => {
        out.push({ line: s.line_start + i, column: s.column_start, kind: 'SUGGESTION', msg: l, requireAnnotation: l !== '' });
      });
    }
  }
  for (const s of primary) {
    let exp = s.expansion;
    while (exp) {
      if (exp.span.file_name === file) {
        out.push({ line: exp.span.line_start, column: exp.span.column_start, kind: 'NOTE', msg: `in this expansion of ${exp.macro_decl_name}`, requireAnnotation: true });
      }
      exp = exp.span.expansion;
    }
  }
  for (const { span } of inFile) {
    if (typeof span.label === 'string') {
      out.push({ line: span.line_start, column: span.column_start, kind: 'NOTE', msg: span.label, requireAnnotation: span.label !== '' });
    }
  }
  for (const c of d.children) pushActualErrors(out, c, primary, file, badLevels);
}

/**
 * compiletest `parse_output`: every diagnostic (with its children, labels, suggestions and macro
 * backtrace) as records against `file`; every other line becomes a RAW record.
 */
export function parseActualErrors(file: string, output: string): { errors: ActualError[]; unknownLevels: string[] } {
  const errors: ActualError[] = [];
  const bad = new Set<string>();
  for (const line of rustLines(output)) {
    const v = line.startsWith('{') ? parseJson(line) : undefined;
    if (isDiagnostic(v)) pushActualErrors(errors, v, [], file, bad);
    else errors.push({ line: null, column: null, kind: 'RAW', msg: line, requireAnnotation: false });
  }
  return { errors, unknownLevels: [...bad] };
}

/** The diagnostics of the output, for rustfix (compiletest `rustfix_diagnostics_only`). */
export function diagnosticsOnly(output: string): JsonDiagnostic[] {
  const out: JsonDiagnostic[] = [];
  for (const line of rustLines(output)) {
    if (!line.startsWith('{')) continue;
    const v = parseJson(line);
    if (isDiagnostic(v)) out.push(v);
  }
  return out;
}
