/**
 * Test support (used by the syntax tests only): puts rustc's JSON diagnostics and weftc's
 * `Diagnostic` values into one comparable shape, so a test can assert that weftc's parse errors
 * are, as data, what rustc reported: message, code, level, every span with its line/column,
 * primary flag and label, children, and suggestions with their replacements.
 *
 * The rustc side reads committed `.json` files (rustc's output for a sample); nothing here runs
 * rustc.
 */
import type { Diagnostic, MultiSpan } from '../diagnostics/diagnostic.js';
import type { Span, SourceMap } from './source-map.js';
import type { SourceText } from './source-text.js';

export interface NormSpan {
  /** `line:col-line:col`, 1-based, columns in characters (rustc's `column_start`). */
  readonly at: string;
  readonly primary: boolean;
  readonly label: string | null;
  /** For suggestion parts: the replacement and applicability. */
  readonly replacement?: string;
  readonly applicability?: string;
}

export interface NormDiag {
  readonly level: string;
  readonly message: string;
  readonly code: string | null;
  readonly spans: NormSpan[];
  readonly children: NormDiag[];
}

interface RustcSpan {
  line_start: number;
  column_start: number;
  line_end: number;
  column_end: number;
  is_primary: boolean;
  label: string | null;
  suggested_replacement: string | null;
  suggestion_applicability: string | null;
}

interface RustcDiag {
  $message_type?: string;
  message: string;
  level: string;
  code: { code: string } | null;
  spans: RustcSpan[];
  children: RustcDiag[];
}

function normRustc(d: RustcDiag): NormDiag {
  return {
    level: d.level,
    message: d.message,
    code: d.code ? d.code.code : null,
    spans: d.spans.map((s) => {
      const n: NormSpan = { at: `${s.line_start}:${s.column_start}-${s.line_end}:${s.column_end}`, primary: s.is_primary, label: s.label };
      return s.suggested_replacement !== null ? { ...n, replacement: s.suggested_replacement, applicability: s.suggestion_applicability ?? '' } : n;
    }),
    children: d.children.map(normRustc),
  };
}

/** rustc's `--error-format=json` output (one JSON object per line), without the closing summary. */
export function normalizeRustcJson(text: string): NormDiag[] {
  const out: NormDiag[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as RustcDiag;
    if (d.$message_type && d.$message_type !== 'diagnostic') continue;
    if (d.level === 'failure-note') continue;
    if (/^aborting due to/.test(d.message) || /warnings? emitted$/.test(d.message)) continue;
    out.push(normRustc(d));
  }
  return out;
}

/** Line and column (1-based, in characters) of a global position, as rustc's JSON gives them. */
export function lineCol(text: SourceText, pos: number): string {
  const line = text.line(pos);
  const idx = text.index(pos);
  let lineStartIdx = 0;
  for (let n = 0; n < line; n++) lineStartIdx = text.src.indexOf('\n', lineStartIdx) + 1;
  return `${line + 1}:${[...text.src.slice(lineStartIdx, idx)].length + 1}`;
}

/** `line:col` (1-based, columns in characters) of a global position in any file of `sm`. */
export function lineColOfFile(sm: SourceMap, pos: number): string {
  const loc = sm.lookupCharPos(pos);
  return `${loc.line}:${loc.col + 1}`;
}

function at(text: SourceText, s: Span): string {
  return `${lineCol(text, s.lo)}-${lineCol(text, s.hi)}`;
}

function sameSpan(a: Span, b: Span): boolean {
  return a.lo === b.lo && a.hi === b.hi;
}

/** rustc's JSON span order: labelled spans in insertion order, then unlabelled primary spans. */
function normMultiSpan(text: SourceText, m: MultiSpan): NormSpan[] {
  const out: NormSpan[] = [];
  for (const l of m.labels) out.push({ at: at(text, l.span), primary: m.primary.some((p) => sameSpan(p, l.span)), label: l.label });
  for (const p of m.primary) if (!m.labels.some((l) => sameSpan(l.span, p))) out.push({ at: at(text, p), primary: true, label: null });
  return out;
}

/** weftc's diagnostics in the same shape (children first, then suggestions, as rustc's JSON). */
export function normalizeOurs(diags: readonly Diagnostic[], text: SourceText): NormDiag[] {
  return diags.map((d) => ({
    level: d.level,
    message: d.message,
    code: d.code,
    spans: normMultiSpan(text, d.span),
    children: [
      ...d.children.map((c) => ({ level: c.level, message: c.message, code: null, spans: normMultiSpan(text, c.span), children: [] })),
      ...d.suggestions.map((s) => ({
        level: 'help',
        message: s.message,
        code: null,
        spans: s.substitutions.flatMap((sub) => sub.parts.map((p) => ({ at: at(text, p.span), primary: true, label: null, replacement: p.snippet, applicability: s.applicability }))),
        children: [],
      })),
    ],
  }));
}

/** A readable one-diagnostic-per-block rendering, for test failure output. */
export function renderNorm(ds: readonly NormDiag[]): string {
  const lines: string[] = [];
  const rec = (d: NormDiag, ind: string) => {
    lines.push(`${ind}${d.level}: ${d.message}${d.code ? ` [${d.code}]` : ''}`);
    for (const s of d.spans) {
      lines.push(`${ind}   ${s.at}${s.primary ? '*' : ''}${s.label !== null ? ` [${s.label}]` : ''}${s.replacement !== undefined ? ` => ${JSON.stringify(s.replacement)} (${s.applicability})` : ''}`);
    }
    for (const c of d.children) rec(c, ind + '  ');
  };
  for (const d of ds) rec(d, '');
  return lines.join('\n');
}
