/**
 * Test support: turns the JSON diagnostics rustc printed for a corpus case (see bless.mjs) back
 * into weftc `Diagnostic` values over a `SourceMap` holding the same sources, so that the tests can
 * render them and compare with what rustc printed.
 *
 * What rustc's JSON does not carry is reconstructed, and documented here:
 * - Files without source (std, `/rustc/...`): registered by name, with the line starts that the
 *   spans reveal (columns count bytes).
 * - Suggestion styles are not in the JSON: a suggestion whose message appears in `rendered` as
 *   `= help: msg` is `HideCodeAlways`, one that does not appear at all is `CompletelyHidden`, one
 *   shown as a label is `ShowCode` (or `HideCodeInline` when the label has no code), one shown as
 *   code although it could have been a label is `ShowAlways`, and the rest `ShowCode`.
 * - Substitutions are flattened into spans: a span that overlaps (or starts where) a part of the
 *   current alternative starts a new alternative.
 * - `hide_backtrace` is not in the JSON: macros defined in files without source (std) or built in
 *   hide the "this error originates in the macro" note, user macros do not.
 * - The primary span that rustc's `-->` line points at comes first.
 * - A `macro_rules!` definition site is the whole definition (the JSON holds only its head).
 * rustc's explanation texts were replaced by `$EXPLANATION` when blessing.
 *
 * Owns: corpus loading and conversion. Must not: be imported by weftc itself.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceMap, type Span, type SourceFile, type Expansion } from '../../syntax/source-map.js';
import type { Applicability, Diagnostic, Level, MultiSpan, SubDiagnostic, Suggestion, SuggestionStyle, SubstitutionPart } from '../diagnostic.js';

export const CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'cases');

export interface RustcSpan {
  file_name: string;
  byte_start: number;
  byte_end: number;
  line_start: number;
  line_end: number;
  column_start: number;
  column_end: number;
  is_primary: boolean;
  text: unknown[];
  label: string | null;
  suggested_replacement: string | null;
  suggestion_applicability: Applicability | null;
  expansion: { span: RustcSpan; macro_decl_name: string; def_site_span: RustcSpan } | null;
}

export interface RustcDiagnostic {
  message: string;
  code: { code: string; explanation: string | null } | null;
  level: Level;
  spans: RustcSpan[];
  children: RustcDiagnostic[];
  rendered: string | null;
}

export type Mode = 'ui' | 'plain' | 'short' | 'ansi';

export interface Case {
  readonly name: string;
  /** The raw lines rustc printed, per mode. */
  readonly lines: Readonly<Record<Mode, readonly string[]>>;
  /** Human stderr with -Zui-testing. */
  readonly stderr: string;
  /** Extra rustc flags of the case (`//@ flags:`). */
  readonly flags: readonly string[];
}

export function listCases(): string[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.rs'))
    .map((f) => f.slice(0, -3))
    .sort();
}

export function loadCase(name: string): Case {
  const read = (suffix: string) => readFileSync(join(CASES_DIR, `${name}.${suffix}`), 'utf8');
  const lines = (suffix: string) => read(suffix).split('\n').filter((l) => l !== '');
  return {
    name,
    lines: { ui: lines('ui.jsonl'), plain: lines('plain.jsonl'), short: lines('short.jsonl'), ansi: lines('ansi.jsonl') },
    stderr: read('stderr'),
    flags: /^\/\/@ flags:(.*)$/m.exec(readFileSync(join(CASES_DIR, `${name}.rs`), 'utf8'))?.[1]!.trim().split(/\s+/) ?? [],
  };
}

/** Whether a JSON line is one of the closing summary lines rustc's `DiagCtxt` prints. */
export function isSummary(d: RustcDiagnostic): boolean {
  return d.spans.length === 0 && d.children.length === 0 && d.code === null && /^(aborting due to|\d+ warnings? emitted$|Some errors have detailed explanations|For more information about)/.test(d.message);
}

/** Builds one source map for all diagnostics of a case (the main file first, as rustc does). */
export class CorpusSourceMap {
  readonly sm = new SourceMap();
  private readonly files = new Map<string, SourceFile>();
  private readonly expansions = new Map<string, number>();

  constructor(mainFile: string, diagnostics: readonly RustcDiagnostic[]) {
    this.addLocal(mainFile);
    const anchors = new Map<string, { lines: Map<number, number>; end: number }>();
    const visit = (s: RustcSpan) => {
      if (isLocal(s.file_name)) this.addLocal(s.file_name);
      else {
        let a = anchors.get(s.file_name);
        if (!a) anchors.set(s.file_name, (a = { lines: new Map(), end: 0 }));
        a.lines.set(s.line_start, s.byte_start - (s.column_start - 1));
        a.lines.set(s.line_end, s.byte_end - (s.column_end - 1));
        a.end = Math.max(a.end, s.byte_end + 1);
      }
      if (s.expansion) {
        visit(s.expansion.span);
        visit(s.expansion.def_site_span);
      }
    };
    const walk = (d: RustcDiagnostic) => {
      d.spans.forEach(visit);
      d.children.forEach(walk);
    };
    diagnostics.forEach(walk);
    for (const [name, a] of anchors) this.files.set(name, this.sm.addFileWithoutSource(name, a.end, a.lines));
  }

  private addLocal(name: string): void {
    if (this.files.has(name)) return;
    const path = join(CASES_DIR, name);
    this.files.set(name, this.sm.addFile(name, existsSync(path) ? readFileSync(path, 'utf8') : ''));
  }

  span(s: RustcSpan): Span {
    const file = this.files.get(s.file_name)!;
    const ctxt = s.expansion ? this.expansion(s.expansion) : 0;
    return { lo: file.startPos + normalized(file, s.byte_start), hi: file.startPos + normalized(file, s.byte_end), ctxt };
  }

  private expansion(e: NonNullable<RustcSpan['expansion']>): number {
    const key = JSON.stringify(e);
    const known = this.expansions.get(key);
    if (known !== undefined) return known;
    const name = e.macro_decl_name;
    const first = this.sm.files[0]!;
    const d = e.def_site_span;
    const dummy = d.file_name === first.name && d.byte_start === 0 && d.byte_end === 0;
    const defSite = dummy ? null : this.fullDefSite(this.span(d));
    let kind: Expansion['kind'];
    let macroName: string;
    if (name.startsWith('desugaring of ')) [kind, macroName] = ['desugaring', name.slice('desugaring of '.length)];
    else if (name.startsWith('#[derive(')) [kind, macroName] = ['derive', name.slice(9, -2)];
    else if (name.startsWith('#[')) [kind, macroName] = ['macro-attr', name.slice(2, -1)];
    else [kind, macroName] = ['macro-bang', name.endsWith('!') ? name.slice(0, -1) : name];
    const hideBacktrace = defSite === null || !isLocal(d.file_name);
    const ctxt = this.sm.addExpansion({ callSite: this.span(e.span), macroName, kind, defSite, hideBacktrace });
    this.expansions.set(key, ctxt);
    return ctxt;
  }

  /**
   * rustc's JSON holds the head of a macro definition (`macro_rules! name`); its human output under
   * `-Zmacro-backtrace` shows the whole definition, so extend the head to the matching brace.
   */
  private fullDefSite(head: Span): Span {
    const file = this.sm.lookupFile(head.lo);
    if (!file.hasSource || !this.sm.snippet(head).startsWith('macro_rules!')) return head;
    const rel = head.hi - file.startPos;
    const open = file.src.indexOf('{', rel);
    if (open < 0 || !file.isAscii) return head;
    let depth = 0;
    for (let i = open; i < file.src.length; i++) {
      if (file.src[i] === '{') depth++;
      else if (file.src[i] === '}' && --depth === 0) return { lo: head.lo, hi: file.startPos + i + 1, ctxt: head.ctxt };
    }
    return head;
  }

  /** Converts one rustc JSON diagnostic into a weftc `Diagnostic`. */
  diagnostic(d: RustcDiagnostic): Diagnostic {
    const rendered = d.rendered ?? '';
    const children: SubDiagnostic[] = [];
    const suggestions: Suggestion[] = [];
    const suggestionChildren = d.children.filter((c) => c.spans.some((s) => s.suggested_replacement !== null));
    for (const c of d.children) {
      if (suggestionChildren.includes(c)) suggestions.push(this.suggestion(c, rendered, suggestionChildren.length));
      else children.push({ level: c.level as SubDiagnostic['level'], message: c.message, span: this.multiSpan(c.spans, '') });
    }
    return { level: d.level, message: d.message, code: d.code?.code ?? null, span: this.multiSpan(d.spans, rendered), children, suggestions };
  }

  private multiSpan(spans: readonly RustcSpan[], rendered: string): MultiSpan {
    const primary = spans.filter((s) => s.is_primary).map((s) => this.span(s));
    const labels = spans.filter((s) => s.label !== null).map((s) => ({ span: this.span(s), label: s.label }));
    const arrow = / --> (.*):(\d+):(\d+)\n/.exec(rendered) ?? /^(.*?):(\d+):(\d+): /.exec(rendered);
    if (arrow && primary.length > 1) {
      const at = spans.filter((s) => s.is_primary).findIndex((s) => s.file_name === arrow[1] && s.line_start === Number(arrow[2]) && s.column_start === Number(arrow[3]));
      if (at > 0) primary.unshift(...primary.splice(at, 1));
    }
    return { primary, labels };
  }

  private suggestion(c: RustcDiagnostic, rendered: string, count: number): Suggestion {
    const substitutions: { parts: SubstitutionPart[] }[] = [];
    for (const s of c.spans) {
      const span = this.span(s);
      const current = substitutions[substitutions.length - 1];
      const clash = (p: SubstitutionPart) => (p.span.lo < span.hi && span.lo < p.span.hi) || p.span.lo === span.lo;
      if (!current || current.parts.some(clash)) substitutions.push({ parts: [] });
      substitutions[substitutions.length - 1]!.parts.push({ span, snippet: s.suggested_replacement ?? '' });
    }
    const msg = c.message;
    const firstLine = msg.split('\n')[0]!;
    let style: SuggestionStyle;
    if (rendered.includes(`= help: ${firstLine}`)) style = 'HideCodeAlways';
    else if (rendered.includes(`help: ${firstLine}`)) {
      const parts = substitutions.length === 1 ? substitutions[0]!.parts : [];
      const couldInline = count === 1 && parts.length === 1 && msg.split(/\s+/).filter((w) => w).length < 10 && !parts[0]!.snippet.includes('\n');
      const asLabel = new RegExp(`[-^] help: ${escapeRegExp(firstLine)}`).test(rendered) || rendered.includes(`: help: ${firstLine}`);
      if (couldInline && asLabel && parts[0]!.snippet.trim() !== '' && !rendered.includes(`help: ${firstLine}: \``)) style = 'HideCodeInline';
      else if (couldInline && !asLabel) style = 'ShowAlways';
      else style = 'ShowCode';
    } else style = 'CompletelyHidden';
    const applicability = c.spans[0]?.suggestion_applicability ?? 'Unspecified';
    return { message: msg, substitutions, applicability, style };
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isLocal(name: string): boolean {
  return !name.startsWith('/');
}

/** The normalised offset of an offset into the file as it is on disk. */
function normalized(file: SourceFile, original: number): number {
  let removed = 0;
  for (const [pos, total] of file.removed) {
    if (pos + total <= original) removed = total;
    else break;
  }
  return original - removed;
}
