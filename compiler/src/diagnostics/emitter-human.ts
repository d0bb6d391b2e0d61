/**
 * Renders a diagnostic the way rustc 1.95's human emitter (`HumanEmitter`, ASCII theme) does,
 * byte for byte: the header, the `-->` line, the gutter, source lines with `^`/`-` underlines and
 * stacked labels, multi-line spans, `...` elision, `= note:` lines, children with their own
 * snippets, suggestions (inline, as a diff, or hidden), the macro-backtrace note, and the
 * `--error-format=short` form. Under `-Zui-testing` the gutter shows `LL` instead of line numbers.
 *
 * The layout algorithm follows rustc's (`emitter.rs`), including its quirks, because the output
 * must match rustc's; comments name the quirks that look like bugs so nobody "fixes" them.
 *
 * Owns: diagnostic → text. Must not: count or deduplicate diagnostics (diag-ctxt.ts), print, or
 * read files (the source map holds the text).
 */
import type { Diagnostic, Level, MessagePart, SpanLabel, SubDiagnostic, Suggestion } from './diagnostic.js';
import { type CharPos, type Span, type SourceFile, type SourceMap } from '../syntax/source-map.js';
import { StyledBuffer, Style } from './styled-buffer.js';
import { charWidth, normalizeWhitespace, strWidth } from './width.js';
import { spliceLines, isAddition, isDeletion, isDestructiveReplacement, isDifferent, confusionLabel, detectConfusion, type SplicedSuggestion } from './suggestions.js';
import { isDummySpan, macroBacktrace, spanEquals, spanLabels, primarySpanOf } from './spans.js';
import { isErrorCode } from './error-codes.js';

export interface HumanEmitterOptions {
  readonly uiTesting: boolean;
  /** `--error-format=short`: one line per diagnostic. */
  readonly short: boolean;
  /** Colours (ANSI escapes), for `--json diagnostic-rendered-ansi` and `--color always`. */
  readonly ansi: boolean;
  /** `-Zmacro-backtrace`. */
  readonly macroBacktrace?: boolean;
  /** `--diagnostic-width`. */
  readonly diagnosticWidth?: number | null;
  /** Columns of the terminal stderr is attached to; null or absent when it is not a terminal. */
  readonly terminalWidth?: number | null;
}

const DEFAULT_COLUMN_WIDTH = 140;
const MAX_SUGGESTIONS = 4;

/** Renders one diagnostic, ending with the blank line rustc writes after each. */
export function renderHuman(diag: Diagnostic, sm: SourceMap, options: HumanEmitterOptions): string {
  return new HumanRenderer(sm, options).render(diag);
}

// ---------------------------------------------------------------------------------------------
// Annotations (rustc's snippet.rs)

interface Column {
  /** Display column: tabs count 4, wide characters 2. */
  readonly display: number;
  /** Column in chars. */
  readonly file: number;
}

const enum Kind {
  Singleline,
  MultilineStart,
  MultilineEnd,
  MultilineLine,
}

interface Annotation {
  readonly start: Column;
  readonly end: Column;
  readonly isPrimary: boolean;
  readonly label: string | null;
  readonly kind: Kind;
  /** Depth of a multi-line annotation (unused for single-line ones). */
  readonly depth: number;
}

interface Multiline {
  depth: number;
  readonly lineStart: number;
  readonly lineEnd: number;
  readonly start: Column;
  readonly end: Column;
  readonly isPrimary: boolean;
  readonly label: string | null;
  overlapsExactly: boolean;
}

interface Line {
  readonly lineIndex: number;
  readonly annotations: Annotation[];
}

interface AnnotatedFile {
  readonly file: SourceFile;
  readonly lines: Line[];
  multilineDepth: number;
}

function hasLabel(a: Annotation): boolean {
  return a.label !== null && a.label !== '';
}

function takesSpace(a: Annotation): boolean {
  return a.kind === Kind.MultilineStart || a.kind === Kind.MultilineEnd;
}

function annLen(a: Annotation): number {
  return Math.abs(a.end.display - a.start.display);
}

function compareColumn(a: Column, b: Column): number {
  return a.display - b.display || a.file - b.file;
}

function numOverlap(aStart: number, aEnd: number, bStart: number, bEnd: number, inclusive: boolean): boolean {
  const extra = inclusive ? 1 : 0;
  return (bStart <= aStart && aStart < bEnd + extra) || (aStart <= bStart && bStart < aEnd + extra);
}

function overlaps(a1: Annotation, a2: Annotation, padding: number): boolean {
  return numOverlap(a1.start.display, a1.end.display + padding, a2.start.display, a2.end.display, false);
}

function sameSpan(a: Multiline, b: Multiline): boolean {
  return a.lineStart === b.lineStart && a.lineEnd === b.lineEnd && compareColumn(a.start, b.start) === 0 && compareColumn(a.end, b.end) === 0;
}

function multilineEquals(a: Multiline, b: Multiline): boolean {
  return sameSpan(a, b) && a.depth === b.depth && a.isPrimary === b.isPrimary && a.label === b.label && a.overlapsExactly === b.overlapsExactly;
}

function asStart(m: Multiline): Annotation {
  return { start: m.start, end: { display: m.start.display + 1, file: m.start.file + 1 }, isPrimary: m.isPrimary, label: null, kind: Kind.MultilineStart, depth: m.depth };
}

function asEnd(m: Multiline): Annotation {
  return { start: { display: Math.max(0, m.end.display - 1), file: Math.max(0, m.end.file - 1) }, end: m.end, isPrimary: m.isPrimary, label: m.label, kind: Kind.MultilineEnd, depth: m.depth };
}

function asLine(m: Multiline): Annotation {
  return { start: { display: 0, file: 0 }, end: { display: 0, file: 0 }, isPrimary: m.isPrimary, label: null, kind: Kind.MultilineLine, depth: m.depth };
}

/** A line with only whitespace, a lone delimiter or a (non-doc) comment does not count as content. */
function isContentLine(s: string): boolean {
  const t = s.trim();
  if (t.startsWith('//') && !(t.startsWith('///') || t.startsWith('//!'))) return false;
  return !['', '{', '}', '(', ')', '[', ']'].includes(t);
}

/** rustc_lexer::is_whitespace (Pattern_White_Space). */
function isLexerWhitespace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r' || c === '\u0085' || c === '\u200e' || c === '\u200f' || c === '\u2028' || c === '\u2029';
}

/** Rust's `str::lines` count: a trailing newline does not start a new line. */
function rustLines(s: string): string[] {
  if (s === '') return [];
  const parts = s.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** Rust's `[T]::binary_search_by`, reproduced exactly: rustc calls it on an unsorted list. */
function rustBinarySearch<T>(items: readonly T[], cmp: (x: T) => number): { found: boolean; index: number } {
  let size = items.length;
  if (size === 0) return { found: false, index: 0 };
  let base = 0;
  while (size > 1) {
    const half = size >> 1;
    const mid = base + half;
    if (!(cmp(items[mid]!) > 0)) base = mid;
    size -= half;
  }
  const c = cmp(items[base]!);
  if (c === 0) return { found: true, index: base };
  return { found: false, index: base + (c < 0 ? 1 : 0) };
}

/** rustc orders file names as paths (by component); files without source (remapped std paths) last. */
function compareFileNames(a: SourceFile, b: SourceFile): number {
  if (a.hasSource !== b.hasSource) return a.hasSource ? -1 : 1;
  const pa = a.name.split('/').filter((p, i) => p !== '' || i === 0);
  const pb = b.name.split('/').filter((p, i) => p !== '' || i === 0);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) return pa[i]! < pb[i]! ? -1 : 1;
  }
  return pa.length - pb.length;
}

// ---------------------------------------------------------------------------------------------
// Margin: which part of a long line is shown

interface Margin {
  readonly wasCutLeft: boolean;
  readonly computedLeft: number;
  readonly computedRight: number;
  readonly columnWidth: number;
}

/** `a - b <= limit` with Rust's wrapping `usize` subtraction (release rustc): a negative is huge. */
function subFits(a: number, b: number, limit: number): boolean {
  return a >= b && a - b <= limit;
}

function computeMargin(whitespaceLeft0: number, spanLeft0: number, spanRight0: number, labelRight0: number, columnWidth: number, maxLineLen: number): Margin {
  const whitespaceLeft = Math.max(0, whitespaceLeft0 - 6);
  const spanLeft = Math.max(0, spanLeft0 - 6);
  const spanRight = spanRight0 + 6;
  const labelRight = labelRight0 + 6;
  let left = whitespaceLeft > 20 ? whitespaceLeft - 16 : 0;
  let right = Math.max(maxLineLen, left);
  if (right - left > columnWidth) {
    if (subFits(labelRight, whitespaceLeft, columnWidth)) {
      left = whitespaceLeft;
      right = left + columnWidth;
    } else if (subFits(labelRight, spanLeft, columnWidth)) {
      const paddingLeft = Math.floor((columnWidth - (labelRight - spanLeft)) / 2);
      left = Math.max(0, spanLeft - paddingLeft);
      right = left + columnWidth;
    } else if (subFits(spanRight, spanLeft, columnWidth)) {
      const paddingLeft = Math.floor((columnWidth - (spanRight - spanLeft)) / 5) * 2;
      left = Math.max(0, spanLeft - paddingLeft);
      right = left + columnWidth;
    } else {
      left = spanLeft;
      right = spanRight;
    }
  }
  return { wasCutLeft: left > 0, computedLeft: left, computedRight: right, columnWidth };
}

function marginLeft(m: Margin, lineLen: number): number {
  return Math.min(m.computedLeft, lineLen);
}

function marginRight(m: Margin, lineLen: number): number {
  if (Math.max(0, lineLen - m.computedLeft) <= m.columnWidth) return lineLen;
  return Math.min(lineLen, m.computedRight);
}

/** UTF-8 length, as Rust's `str::len`. */
function byteLen(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Display width of the chars [from, to) of `chars`. */
function widthOf(chars: readonly string[], from: number, to: number): number {
  let w = 0;
  for (let i = Math.max(0, from); i < to && i < chars.length; i++) w += charWidth(chars[i]!.codePointAt(0)!);
  return w;
}

// ---------------------------------------------------------------------------------------------
// The renderer

interface MutableMultiSpan {
  primary: Span[];
  labels: SpanLabel[];
}

interface Child {
  readonly level: SubDiagnostic['level'];
  readonly message: string;
  readonly span: MutableMultiSpan;
  readonly parts?: readonly MessagePart[];
}

const enum CodeWindow {
  Open,
  Closed,
}

const enum Display {
  Underline,
  Diff,
  None,
  Add,
}

class HumanRenderer {
  private readonly out: string[] = [];

  constructor(
    private readonly sm: SourceMap,
    private readonly options: HumanEmitterOptions,
  ) {}

  render(diag: Diagnostic): string {
    const span: MutableMultiSpan = { primary: [...diag.span.primary], labels: [...diag.span.labels] };
    const children: Child[] = diag.children.map((c) => ({ level: c.level, message: c.message, parts: c.parts, span: { primary: [...c.span.primary], labels: [...c.span.labels] } }));
    let suggestions = diag.suggestions;
    if (this.primarySpanFormatted(span, suggestions)) suggestions = [];
    this.fixMacroSpans(span, children, diag.level);
    // Lint names travel in `code` for the JSON; the human header only shows error codes.
    const code = diag.code !== null && isErrorCode(diag.code) ? diag.code : null;
    this.emitMessagesDefault(diag.level, diag.message, code, span, children, suggestions);
    return this.out.join('');
  }

  // -- preprocessing ---------------------------------------------------------------------------

  /** Shows a lone short suggestion as a label (`help: try: `x``); returns true when it did. */
  private primarySpanFormatted(span: MutableMultiSpan, suggestions: readonly Suggestion[]): boolean {
    if (suggestions.length !== 1) return false;
    const sugg = suggestions[0]!;
    if (sugg.substitutions.length !== 1) return false;
    const parts = sugg.substitutions[0]!.parts;
    if (parts.length !== 1) return false;
    const part = parts[0]!;
    const words = sugg.message.split(/\s+/).filter((w) => w !== '').length;
    if (words >= 10 || part.snippet.includes('\n')) return false;
    if (sugg.style === 'HideCodeAlways' || sugg.style === 'CompletelyHidden' || sugg.style === 'ShowAlways') return false;
    const snippet = part.snippet.trim();
    let msg: string;
    if (snippet === '' || sugg.style !== 'ShowCode') msg = `help: ${sugg.message}`;
    else msg = `help: ${sugg.message}${confusionLabel(detectConfusion(this.sm, snippet, part.span))}: \`${snippet}\``;
    span.labels.push({ span: part.span, label: msg });
    return true;
  }

  /**
   * rustc's `fix_multispans_in_extern_macros_and_render_macro_backtrace`: spans inside macros of
   * files without source move to their call site, the outermost macro invocation gets an
   * "in this macro invocation" label, and the "this error originates in the macro" note is added.
   */
  private fixMacroSpans(span: MutableMultiSpan, children: Child[], level: Level): void {
    const sm = this.sm;
    const backtrace = this.options.macroBacktrace === true;
    const macroSpans: { kind: string; name: string; hide: boolean }[] = [];
    for (const ms of [span, ...children.map((c) => c.span)]) {
      for (const sp of ms.primary) {
        for (const e of macroBacktrace(sm, sp)) {
          if (e.kind === 'desugaring') continue;
          macroSpans.push({ kind: e.kind, name: e.macroName, hide: e.hideBacktrace === true });
        }
      }
    }
    if (!backtrace) {
      for (const ms of [span, ...children.map((c) => c.span)]) this.fixExternMacros(ms);
    }
    for (const ms of [span, ...children.map((c) => c.span)]) this.renderMacroBacktrace(ms, backtrace);
    if (!backtrace && macroSpans.length > 0 && !macroSpans[macroSpans.length - 1]!.hide) {
      const first = macroSpans[0]!;
      const last = macroSpans[macroSpans.length - 1]!;
      const andThen = last.name !== first.name ? ` which comes from the expansion of the ${macroKindDescr(last.kind)} \`${last.name}\`` : '';
      const levelText = level === 'error: internal compiler error' ? 'error: internal compiler error' : level;
      children.push({
        level: 'note',
        message: `this ${levelText} originates in the ${macroKindDescr(first.kind)} \`${first.name}\`${andThen} (in Nightly builds, run with -Z macro-backtrace for more info)`,
        span: { primary: [], labels: [] },
      });
    }
  }

  private fixExternMacros(ms: MutableMultiSpan): void {
    const sm = this.sm;
    const replacements: [Span, Span][] = [];
    for (const sp of [...ms.primary, ...ms.labels.map((l) => l.span)]) {
      if (this.isDummy(sp) || !this.isImported(sp)) continue;
      let cur = sp;
      for (;;) {
        const e = cur.ctxt === 0 ? null : sm.expansion(cur.ctxt);
        if (!e) break;
        cur = e.callSite;
        if (this.isImported(cur)) continue;
        replacements.push([sp, cur]);
        break;
      }
    }
    for (const [from, to] of replacements) {
      ms.primary = ms.primary.map((s) => (spanEquals(s, from) ? to : s));
      ms.labels = ms.labels.map((l) => (spanEquals(l.span, from) ? { span: to, label: l.label } : l));
    }
  }

  private isDummy(sp: Span): boolean {
    return isDummySpan(this.sm, sp);
  }

  private isImported(sp: Span): boolean {
    return !this.sm.lookupFile(sp.lo).hasSource;
  }

  private renderMacroBacktrace(ms: MutableMultiSpan, always: boolean): void {
    const sm = this.sm;
    const added: SpanLabel[] = [];
    const push = (s: Span, label: string) => {
      if (!added.some((l) => spanEquals(l.span, s) && l.label === label)) added.push({ span: s, label });
    };
    for (const sp of ms.primary) {
      if (this.isDummy(sp)) continue;
      const trace = macroBacktrace(sm, sp);
      for (let i = 0; i < trace.length; i++) {
        const e = trace[trace.length - 1 - i]!;
        if (e.defSite === null || this.isDummy(e.defSite)) continue;
        if (always) push(e.defSite, `in this expansion of \`${expansionDescr(e.kind, e.macroName)}\`${trace.length > 1 ? ` (#${i + 1})` : ''}`);
        const redundant = e.callSite.lo <= sp.lo && sp.hi <= e.callSite.hi;
        if (!redundant || always) {
          const what = e.kind === 'macro-attr' ? 'this attribute macro expansion' : e.kind === 'derive' ? 'this derive macro expansion' : e.kind === 'macro-bang' ? 'this macro invocation' : `this ${e.macroName} desugaring`;
          push(e.callSite, `in ${what}${trace.length > 1 && always ? ` (#${i + 1})` : ''}`);
        }
        if (!always) break;
      }
    }
    ms.labels.push(...added);
  }

  // -- the whole diagnostic --------------------------------------------------------------------

  private emitMessagesDefault(level: Level, message: string, code: string | null, span: MutableMultiSpan, children: readonly Child[], suggestions: readonly Suggestion[]): void {
    const maxLineNumLen = this.options.uiTesting ? 2 : String(Math.max(this.maxLineNum(span, children), this.suggestionsMaxLine(suggestions))).length;
    const visibleSuggestion = suggestions.some((s) => s.style !== 'CompletelyHidden');
    const hasMore = children.length > 0 || visibleSuggestion;
    const status = this.emitMessage(span, message, code, level, maxLineNumLen, false, hasMore);
    if (hasMore) {
      const buffer = new StyledBuffer();
      if (!this.options.short) {
        const first = children[0];
        if (first && first.span.primary.length === 0) this.drawColSeparatorNoSpace(buffer, 0, maxLineNumLen + 1);
        else if (status === CodeWindow.Open) this.drawColSeparatorNoSpace(buffer, 0, maxLineNumLen + 1);
      }
      this.emitBuffer(buffer, level);
    }
    if (!this.options.short) {
      children.forEach((child, i) => {
        const next = children[i + 1];
        const shouldClose = next ? next.span.primary.length > 0 : true;
        this.emitMessage(child.span, child.parts ?? child.message, null, child.level, maxLineNumLen, true, !shouldClose);
      });
      suggestions.forEach((sugg, i) => {
        switch (sugg.style) {
          case 'CompletelyHidden':
            break;
          case 'HideCodeAlways':
            this.emitMessage({ primary: [], labels: [] }, sugg.message, null, 'help', maxLineNumLen, true, i + 1 !== suggestions.length);
            break;
          default:
            this.emitSuggestion(span, sugg, maxLineNumLen);
        }
      });
    }
    this.out.push('\n');
  }

  private maxLineNum(span: MutableMultiSpan, children: readonly Child[]): number {
    let max = this.multispanMaxLine(span);
    for (const c of children) max = Math.max(max, this.multispanMaxLine(c.span));
    return max;
  }

  /** The last line number a shown suggestion prints (its first line plus the lines it has). */
  private suggestionsMaxLine(suggestions: readonly Suggestion[]): number {
    if (this.options.short) return 0;
    let max = 0;
    for (const sugg of suggestions) {
      if (sugg.style === 'CompletelyHidden' || sugg.style === 'HideCodeAlways') continue;
      for (const s of spliceLines(this.sm, sugg).slice(0, MAX_SUGGESTIONS)) {
        const first = this.sm.lookupLoc(s.originalSpans[0]!.lo).line;
        max = Math.max(max, first + Math.max(0, rustLines(s.complete).length - 1));
      }
    }
    return max;
  }

  private multispanMaxLine(ms: MutableMultiSpan): number {
    const sm = this.sm;
    let max = 0;
    const consider = (s: Span) => {
      if (this.isDummy(s)) return;
      const file = sm.lookupFile(s.hi);
      if (!file.hasSource) return;
      max = Math.max(max, sm.lookupLoc(s.hi).line);
    };
    ms.primary.forEach(consider);
    if (!this.options.short) ms.labels.forEach((l) => consider(l.span));
    return max;
  }

  /** Writes a rendered buffer: a newline after each row, except after a failure note's last row. */
  private emitBuffer(buffer: StyledBuffer, level: Level): void {
    const rows = buffer.render(level, this.options.ansi);
    rows.forEach((row, i) => {
      this.out.push(row);
      if (!this.options.short && (level !== 'failure-note' || i !== rows.length - 1)) this.out.push('\n');
    });
  }

  // -- one message with its snippet (rustc's emit_messages_default_inner) ----------------------

  private emitMessage(msp: MutableMultiSpan, message: string | readonly MessagePart[], code: string | null, level: Level, maxLineNumLen: number, isSecondary: boolean, isCont: boolean): CodeWindow {
    const sm = this.sm;
    const short = this.options.short;
    const buffer = new StyledBuffer();
    if (msp.primary.length === 0 && msp.labels.length === 0 && isSecondary && !short) {
      buffer.prepend(0, ' '.repeat(maxLineNumLen), Style.NoStyle);
      buffer.puts(0, maxLineNumLen + 1, '= ', Style.LineNumber);
      if (level !== 'failure-note') {
        buffer.append(0, level, Style.MainHeaderMsg);
        buffer.append(0, ': ', Style.NoStyle);
      }
      this.msgToBuffer(buffer, message, maxLineNumLen, 'note', null);
    } else {
      let labelWidth = 0;
      if (level !== 'failure-note') {
        buffer.append(0, level, Style.Level);
        labelWidth += level.length;
      }
      if (code !== null) {
        buffer.append(0, '[', Style.Level);
        buffer.append(0, code, Style.Level);
        buffer.append(0, ']', Style.Level);
        labelWidth += 2 + code.length;
      }
      const headerStyle = isSecondary ? Style.HeaderMsg : short ? Style.NoStyle : Style.MainHeaderMsg;
      if (level !== 'failure-note') {
        buffer.append(0, ': ', headerStyle);
        labelWidth += 2;
      }
      let line = 0;
      for (const part of toParts(message)) {
        normalizeWhitespace(part.text)
          .split('\n')
          .forEach((text, i) => {
            if (i > 0) line++;
            buffer.append(line, (i > 0 ? ' '.repeat(labelWidth) : '') + text, part.highlight ? Style.Highlight : headerStyle);
          });
      }
      if (short) {
        const labels = spanLabels(msp)
          .filter((l) => l.isPrimary && l.label !== null && l.label.trim() !== '')
          .map((l) => l.label!)
          .join(', ');
        if (labels !== '') {
          buffer.append(line, ': ', Style.NoStyle);
          buffer.append(line, labels, Style.NoStyle);
        }
      }
    }

    const annotatedFiles = this.collectAnnotations(msp);
    let status = CodeWindow.Open;
    const primarySpan = primarySpanOf(msp);
    if (primarySpan === null || this.isDummy(primarySpan)) {
      this.emitBuffer(buffer, level);
      return status;
    }
    const primaryLo = sm.lookupCharPos(primarySpan.lo);
    const found = rustBinarySearch(annotatedFiles, (x) => compareFileNames(x.file, primaryLo.file));
    if (found.found) {
      const tmp = annotatedFiles[0]!;
      annotatedFiles[0] = annotatedFiles[found.index]!;
      annotatedFiles[found.index] = tmp;
    }

    let colSepBeforeNoSource = false;
    annotatedFiles.forEach((annotated, fileIdx) => {
      if (!annotated.file.hasSource) {
        if (!short) {
          if (colSepBeforeNoSource) this.drawColSeparatorNoSpace(buffer, buffer.numLines(), maxLineNumLen + 1);
          colSepBeforeNoSource = false;
          annotated.lines.forEach((line, annotationId) => {
            const annotations = [...line.annotations].sort((a, b) => compareColumn(b.start, a.start));
            let lineIdx = buffer.numLines();
            const labels = annotations.filter((a) => a.label !== null && a.label !== '').map((a) => a.label!);
            if (annotationId === 0 || labels.length > 0) {
              // rustc 1.95 prints the 0-based column here (unlike the `-->` line of a shown file);
              // for the last line of a multi-line span, the 0-based column of its end.
              const first = annotations[0]!;
              const col = first.kind === Kind.MultilineEnd ? first.end.file : first.start.file;
              buffer.append(lineIdx, `${annotated.file.name}:${line.lineIndex}:${col}`, Style.LineAndColumn);
              buffer.prepend(lineIdx, annotationId === 0 ? '--> ' : '::: ', Style.LineNumber);
              buffer.prepend(lineIdx, ' '.repeat(maxLineNumLen), Style.NoStyle);
              lineIdx++;
            }
            if (isCont && fileIdx === annotatedFiles.length - 1 && annotationId === annotated.lines.length - 1 && labels.length > 0) status = CodeWindow.Closed;
            labels.forEach((label) => {
              this.drawColSeparatorNoSpace(buffer, lineIdx, maxLineNumLen + 1);
              lineIdx++;
              buffer.puts(lineIdx, maxLineNumLen + 1, '= ', Style.LineNumber);
              buffer.append(lineIdx, 'note', Style.MainHeaderMsg);
              buffer.append(lineIdx, ': ', Style.NoStyle);
              buffer.append(lineIdx, label, Style.NoStyle);
              lineIdx++;
            });
          });
        }
        return;
      }
      colSepBeforeNoSource = true;
      const isPrimaryFile = primaryLo.file === annotated.file;
      if (isPrimaryFile) {
        if (!short) {
          const at = buffer.numLines();
          buffer.prepend(at, '--> ', Style.LineNumber);
          buffer.append(at, `${primaryLo.file.name}:${primaryLo.line}:${primaryLo.col + 1}`, Style.LineAndColumn);
          buffer.prepend(at, ' '.repeat(maxLineNumLen), Style.NoStyle);
        } else {
          buffer.prepend(0, `${primaryLo.file.name}:${primaryLo.line}:${primaryLo.col + 1}: `, Style.LineAndColumn);
        }
      } else if (!short) {
        const at = buffer.numLines();
        this.drawColSeparatorNoSpace(buffer, at, maxLineNumLen + 1);
        buffer.prepend(at + 1, '::: ', Style.LineNumber);
        const first = annotated.lines[0];
        let loc: string;
        if (first) {
          const col = first.annotations[0] ? `:${first.annotations[0].start.file + 1}` : '';
          loc = `${annotated.file.name}:${first.lineIndex}${col}`;
        } else loc = annotated.file.name;
        buffer.append(at + 1, loc, Style.LineAndColumn);
        buffer.prepend(at + 1, ' '.repeat(maxLineNumLen), Style.NoStyle);
      }
      if (!short) this.renderFileLines(buffer, annotated, maxLineNumLen, !isCont && fileIdx + 1 === annotatedFiles.length);
    });
    this.emitBuffer(buffer, level);
    return status;
  }

  private msgToBuffer(buffer: StyledBuffer, message: string | readonly MessagePart[], padding: number, label: string, override: Style | null): number {
    const pad = ' '.repeat(padding + label.length + 5);
    let line = 0;
    for (const part of toParts(message)) {
      const style = part.highlight ? Style.Highlight : (override ?? Style.NoStyle);
      normalizeWhitespace(part.text)
        .split('\n')
        .forEach((text, i) => {
          if (i > 0) {
            line++;
            buffer.append(line, pad, Style.NoStyle);
          }
          buffer.append(line, text, style);
        });
    }
    return line;
  }

  /** The source lines of one file with their annotations, multi-line bars and `...` elisions. */
  private renderFileLines(buffer: StyledBuffer, annotated: AnnotatedFile, maxLineNumLen: number, lastFile: boolean): void {
    const sm = this.sm;
    this.drawColSeparatorNoSpace(buffer, buffer.numLines(), maxLineNumLen + 1);
    const lineText = (index: number) => sm.getLine(annotated.file, index);

    let whitespaceMargin = Infinity;
    for (const line of annotated.lines) {
      const text = lineText(line.lineIndex);
      if (text === null) continue;
      const chars = [...text];
      let leading = 0;
      while (leading < chars.length && isLexerWhitespace(chars[leading]!)) leading++;
      if (leading < chars.length) whitespaceMargin = Math.min(whitespaceMargin, leading);
    }
    if (whitespaceMargin === Infinity) whitespaceMargin = 0;
    let spanLeftMargin = Infinity;
    for (const line of annotated.lines) {
      for (const a of line.annotations) spanLeftMargin = Math.min(spanLeftMargin, a.start.file, a.end.file);
    }
    if (spanLeftMargin === Infinity) spanLeftMargin = 0;
    let spanRightMargin = 0;
    let labelRightMargin = 0;
    let maxLineLen = 0;
    for (const line of annotated.lines) {
      const text = lineText(line.lineIndex);
      maxLineLen = Math.max(maxLineLen, text === null ? 0 : byteLen(text));
      for (const a of line.annotations) {
        spanRightMargin = Math.max(spanRightMargin, a.start.file, a.end.file);
        labelRightMargin = Math.max(labelRightMargin, a.end.file + (a.label === null ? 0 : byteLen(a.label) + 1));
      }
    }
    const widthOffset = 3 + maxLineNumLen;
    const codeOffset = annotated.multilineDepth === 0 ? widthOffset : widthOffset + annotated.multilineDepth + 1;
    const margin = computeMargin(whitespaceMargin, spanLeftMargin, spanRightMargin, labelRightMargin, this.columnWidth(codeOffset), maxLineLen);

    // Depth → style of the multi-line spans whose vertical bar is open.
    const multilines = new Map<number, Style>();
    const lines = annotated.lines;
    for (let lineIdx = 0; lineIdx < lines.length; lineIdx++) {
      const previousBufferLine = buffer.numLines();
      const line = lines[lineIdx]!;
      const depths = this.renderSourceLine(buffer, annotated.file, line, widthOffset, codeOffset, margin, lastFile && lineIdx + 1 === lines.length);
      const toAdd = new Map<number, Style>();
      for (const [depth, style] of depths) {
        if (!multilines.delete(depth)) toAdd.set(depth, style);
      }
      for (const [depth, style] of multilines) {
        for (let l = previousBufferLine; l < buffer.numLines(); l++) this.drawMultilineLine(buffer, l, widthOffset, depth, style);
      }
      if (lineIdx < lines.length - 1) {
        const delta = lines[lineIdx + 1]!.lineIndex - line.lineIndex;
        if (delta > 2) {
          const at = buffer.numLines();
          buffer.puts(at, 0, '...', Style.LineNumber);
          this.drawOpenBars(buffer, at, widthOffset, multilines, line);
        } else if (delta === 2) {
          const at = buffer.numLines();
          const unannotated = normalizeWhitespace(lineText(line.lineIndex + 1) ?? '');
          this.drawLine(buffer, unannotated, lines[lineIdx + 1]!.lineIndex - 1, at, widthOffset, codeOffset, margin);
          this.drawOpenBars(buffer, at, widthOffset, multilines, line);
        }
      }
      for (const [depth, style] of toAdd) multilines.set(depth, style);
    }
  }

  /** Bars of open multi-line spans on an elision or context line (including spans starting on `line`). */
  private drawOpenBars(buffer: StyledBuffer, at: number, widthOffset: number, multilines: ReadonlyMap<number, Style>, line: Line): void {
    for (const [depth, style] of multilines) this.drawMultilineLine(buffer, at, widthOffset, depth, style);
    for (const a of line.annotations) {
      if (a.kind === Kind.MultilineStart) this.drawMultilineLine(buffer, at, widthOffset, a.depth, a.isPrimary ? Style.UnderlinePrimary : Style.UnderlineSecondary);
    }
  }

  private columnWidth(codeOffset: number): number {
    const o = this.options;
    if (o.diagnosticWidth !== undefined && o.diagnosticWidth !== null) return Math.max(0, o.diagnosticWidth - codeOffset);
    if (o.uiTesting) return Math.max(0, DEFAULT_COLUMN_WIDTH - codeOffset);
    return Math.max(0, (o.terminalWidth ?? DEFAULT_COLUMN_WIDTH) - codeOffset);
  }

  /** Draws a source line (cut to the margin) with its line number; returns the cut on the left. */
  private drawLine(buffer: StyledBuffer, source: string, lineIndex: number, lineOffset: number, widthOffset: number, codeOffset: number, margin: Margin): number {
    // Quirk kept from rustc: the margin is computed on the byte length, then applied to chars.
    const lineLen = byteLen(source);
    const left = marginLeft(margin, lineLen);
    const right = marginRight(margin, lineLen);
    const chars = [...source];
    const code = normalizeWhitespace(chars.slice(left, Math.max(left, right)).join(''));
    const wasCutRight = chars.length > right;
    buffer.puts(lineOffset, codeOffset, code, Style.Quotation);
    if (margin.wasCutLeft) buffer.puts(lineOffset, codeOffset, '...', Style.LineNumber);
    if (wasCutRight) buffer.puts(lineOffset, codeOffset + strWidth(code) - 3, '...', Style.LineNumber);
    this.drawLineNum(buffer, lineIndex, lineOffset, widthOffset - 3);
    this.drawColSeparatorNoSpace(buffer, lineOffset, widthOffset - 2);
    return left;
  }

  /** One annotated source line and the rows of underlines and labels below it. */
  private renderSourceLine(buffer: StyledBuffer, file: SourceFile, line: Line, widthOffset: number, codeOffset: number, margin: Margin, closeWindow: boolean): [number, Style][] {
    if (line.lineIndex === 0) return [];
    const source = this.sm.getLine(file, line.lineIndex);
    if (source === null) return [];
    const chars = [...source];
    const lineOffset = buffer.numLines();
    const left = this.drawLine(buffer, source, line.lineIndex, lineOffset, widthOffset, codeOffset, margin);

    // A line where only multi-line spans start, each at the first non-blank: draw `/` instead.
    const ops: [number, number, Style][] = [];
    const starts: [number, Style][] = [];
    let shortStart = true;
    for (const a of line.annotations) {
      if (a.kind === Kind.MultilineStart) {
        if (chars.slice(0, a.start.file).every((c) => /\s/u.test(c))) {
          const style = a.isPrimary ? Style.UnderlinePrimary : Style.UnderlineSecondary;
          starts.push([a.depth, style]);
          ops.push([lineOffset, widthOffset + a.depth - 1, style]);
        } else {
          shortStart = false;
          break;
        }
      } else if (a.kind !== Kind.MultilineLine) {
        shortStart = false;
        break;
      }
    }
    if (shortStart) {
      for (const [y, x, s] of ops) buffer.putc(y, x, '/', s);
      return starts;
    }

    const annotations = [...line.annotations].sort((a, b) => compareColumn(b.start, a.start));
    const overlap = annotations.map(() => false);
    const positions: [number, Annotation][] = [];
    let lineLen = 0;
    let p = 0;
    annotations.forEach((annotation, i) => {
      for (let j = 0; j < annotations.length; j++) {
        const next = annotations[j]!;
        if (overlaps(next, annotation, 0) && j > i) {
          overlap[i] = true;
          overlap[j] = true;
        }
        if (overlaps(next, annotation, 0) && hasLabel(annotation) && j > i && p === 0) {
          if (compareColumn(next.start, annotation.start) === 0 && compareColumn(next.end, annotation.end) === 0 && !hasLabel(next)) continue;
          p += 1;
          break;
        }
      }
      positions.push([p, annotation]);
      for (let j = i + 1; j < annotations.length; j++) {
        const next = annotations[j]!;
        const l = next.label === null ? 0 : byteLen(next.label) + 2;
        if (
          (overlaps(next, annotation, l) && hasLabel(annotation) && hasLabel(next)) ||
          (takesSpace(annotation) && hasLabel(next)) ||
          (hasLabel(annotation) && takesSpace(next)) ||
          (takesSpace(annotation) && takesSpace(next)) ||
          (overlaps(next, annotation, l) && next.end.display <= annotation.end.display && hasLabel(next) && p === 0)
        ) {
          p += 1;
          break;
        }
      }
      lineLen = Math.max(lineLen, p);
    });
    if (lineLen !== 0) lineLen += 1;
    if (line.annotations.every((a) => a.kind === Kind.MultilineLine)) return [];
    if (positions.every(([, a]) => a.kind === Kind.MultilineStart) && positions.length > 0) {
      const maxPos = Math.max(...positions.map(([pos]) => pos));
      for (const entry of positions) entry[0] = maxPos - entry[0];
      lineLen = Math.max(0, lineLen - 1);
    }

    for (let pos = 0; pos <= lineLen; pos++) this.drawColSeparatorNoSpace(buffer, lineOffset + pos + 1, widthOffset - 2);
    if (closeWindow) this.drawColSeparatorNoSpace(buffer, lineOffset + lineLen + 1, widthOffset - 2);

    for (const [pos0, a] of positions) {
      if (a.kind !== Kind.MultilineStart && a.kind !== Kind.MultilineEnd) continue;
      const style = a.isPrimary ? Style.UnderlinePrimary : Style.UnderlineSecondary;
      const pre = widthOf(chars, left, a.start.file);
      for (let col = widthOffset + a.depth; col < codeOffset + pre; col++) buffer.putc(lineOffset + pos0 + 1, col, '_', style);
    }

    for (const [pos0, a] of positions) {
      const style = a.isPrimary ? Style.UnderlinePrimary : Style.UnderlineSecondary;
      const pos = pos0 + 1;
      const col = codeOffset + widthOf(chars, left, a.start.file);
      if (pos > 1 && (hasLabel(a) || takesSpace(a))) {
        for (let r = lineOffset + 1; r <= lineOffset + pos; r++) buffer.putc(r, col, '|', style);
        if (a.kind === Kind.MultilineStart || (a.kind === Kind.MultilineEnd && hasLabel(a))) buffer.putc(lineOffset + pos, col, '|', style);
      }
      if (a.kind === Kind.MultilineStart) {
        buffer.putc(lineOffset + pos, widthOffset + a.depth - 1, ' ', style);
        for (let r = lineOffset + pos + 1; r < lineOffset + lineLen + 2; r++) buffer.putc(r, widthOffset + a.depth - 1, '|', style);
      } else if (a.kind === Kind.MultilineEnd) {
        for (let r = lineOffset; r < lineOffset + pos; r++) buffer.putc(r, widthOffset + a.depth - 1, '|', style);
        buffer.putc(lineOffset + pos, widthOffset + a.depth - 1, '|', style);
      }
    }

    for (const [pos, a] of positions) {
      const style = a.isPrimary ? Style.LabelPrimary : Style.LabelSecondary;
      let row: number;
      let col: number;
      if (pos === 0) {
        const pre = widthOf(chars, left, a.end.file);
        row = pos + 1;
        col = a.end.file === 0 ? pre + 2 : pre + (a.end.file - a.start.file === 0 ? 2 : 1);
      } else {
        row = pos + 2;
        col = widthOf(chars, left, a.start.file);
      }
      if (a.label !== null) buffer.puts(lineOffset + row, codeOffset + col, a.label, style);
    }

    // Longest first (then secondary before primary), so that shorter spans are drawn on top.
    const byLength = positions.map((e, i) => ({ e, i })).sort((x, y) => annLen(y.e[1]) - annLen(x.e[1]) || Number(x.e[1].isPrimary) - Number(y.e[1].isPrimary) || x.i - y.i).map((x) => x.e);
    for (const [pos, a] of byLength) {
      const style = a.isPrimary ? Style.UnderlinePrimary : Style.UnderlineSecondary;
      const ch = a.isPrimary ? '^' : '-';
      const width = a.end.file - a.start.file;
      const col = codeOffset + widthOf(chars, left, a.start.file);
      let annWidth = widthOf(chars, a.start.file, a.start.file + width);
      if (annWidth === 0 && a.kind === Kind.Singleline) annWidth = 1;
      for (let q = 0; q < annWidth; q++) buffer.putc(lineOffset + 1, col + q, ch, style);
      if (a.kind === Kind.MultilineStart || a.kind === Kind.MultilineEnd || (pos !== 0 && hasLabel(a))) buffer.putc(lineOffset + 1, col, ch, style);
    }

    // Elide the middle of very long single-line spans. Quirk kept from rustc: `overlap` is
    // indexed in the start-column order but read in this length order, and the columns ignore the
    // gutter.
    byLength.forEach(([, a], i) => {
      if (overlap[i] || a.kind !== Kind.Singleline) return;
      const width = a.end.display - a.start.display;
      if (width > margin.columnWidth * 2 && width > 10) {
        const pad = Math.max(Math.floor(margin.columnWidth / 3), 5);
        buffer.replace(lineOffset, a.start.file + pad, a.end.file - pad, '...');
        buffer.replace(lineOffset + 1, a.start.file + pad, a.end.file - pad, '...');
      }
    });

    const out: [number, Style][] = [];
    for (const [, a] of byLength) {
      if (a.kind === Kind.MultilineStart || a.kind === Kind.MultilineEnd) out.push([a.depth, a.isPrimary ? Style.LabelPrimary : Style.LabelSecondary]);
    }
    return out;
  }

  // -- annotations -----------------------------------------------------------------------------

  private collectAnnotations(msp: MutableMultiSpan): AnnotatedFile[] {
    const sm = this.sm;
    const output: AnnotatedFile[] = [];
    const add = (file: SourceFile, lineIndex: number, ann: Annotation) => {
      let slot = output.find((f) => f.file === file);
      if (!slot) {
        slot = { file, lines: [], multilineDepth: 0 };
        output.push(slot);
      }
      const line = slot.lines.find((l) => l.lineIndex === lineIndex);
      if (line) line.annotations.push(ann);
      else {
        slot.lines.push({ lineIndex, annotations: [ann] });
        slot.lines.sort((a, b) => a.lineIndex - b.lineIndex);
      }
    };
    const multilines: { file: SourceFile; ml: Multiline }[] = [];
    const primary = primarySpanOf(msp);
    for (const { span: sp0, isPrimary, label: label0 } of spanLabels(msp)) {
      const sp = this.isDummy(sp0) && primary !== null ? primary : sp0;
      const lo = this.charPos(sp.lo);
      const hi0 = this.charPos(sp.hi);
      const hi = lo.colDisplay === hi0.colDisplay && lo.line === hi0.line ? { ...hi0, colDisplay: hi0.colDisplay + 1 } : hi0;
      const label = label0 === null ? null : normalizeWhitespace(label0);
      const start = { display: lo.colDisplay, file: lo.col };
      const end = { display: hi.colDisplay, file: hi.col };
      if (lo.line !== hi.line) {
        multilines.push({ file: lo.file, ml: { depth: 1, lineStart: lo.line, lineEnd: hi.line, start, end, isPrimary, label, overlapsExactly: false } });
      } else {
        add(lo.file, lo.line, { start, end, isPrimary, label, kind: Kind.Singleline, depth: 0 });
      }
    }

    multilines.sort((a, b) => a.ml.lineStart - b.ml.lineStart || b.ml.lineEnd - a.ml.lineEnd);
    const snapshot = multilines.map((m) => ({ ...m.ml }));
    for (const ann of snapshot) {
      for (const { ml: a } of multilines) {
        if (!sameSpan(ann, a) && numOverlap(ann.lineStart, ann.lineEnd, a.lineStart, a.lineEnd, true)) a.depth += 1;
        else if (sameSpan(ann, a) && !multilineEquals(ann, a)) a.overlapsExactly = true;
        else break;
      }
    }
    let maxDepth = 0;
    for (const { ml } of multilines) maxDepth = Math.max(maxDepth, ml.depth);
    for (const { ml } of multilines) ml.depth = maxDepth - ml.depth + 1;
    for (const { file, ml } of multilines) {
      let endAnn = asEnd(ml);
      if (!ml.overlapsExactly) {
        add(file, ml.lineStart, asStart(ml));
        const middle = Math.min(ml.lineStart + 4, ml.lineEnd);
        let until = ml.lineStart;
        for (let line = middle - 1; line >= ml.lineStart; line--) {
          const text = sm.getLine(file, line);
          if (text !== null && isContentLine(text)) {
            until = line + 1;
            break;
          }
        }
        for (let line = ml.lineStart + 1; line < until; line++) add(file, line, asLine(ml));
        const lineEnd = ml.lineEnd - 1;
        const before = sm.getLine(file, lineEnd);
        const endIsEmpty = before !== null && !isContentLine(before);
        if (middle < lineEnd && !endIsEmpty) add(file, lineEnd, asLine(ml));
      } else {
        endAnn = { ...endAnn, kind: Kind.Singleline };
      }
      add(file, ml.lineEnd, endAnn);
    }
    for (const f of output) f.multilineDepth = maxDepth;
    return output;
  }

  private charPos(pos: number): CharPos {
    return this.sm.lookupCharPos(pos === 0 && this.sm.files.length > 0 ? this.sm.files[0]!.startPos : pos);
  }

  // -- suggestions -----------------------------------------------------------------------------

  private emitSuggestion(span: MutableMultiSpan, suggestion: Suggestion, maxLineNumLen: number): void {
    const sm = this.sm;
    const spliced = spliceLines(sm, suggestion);
    if (spliced.length === 0) return;
    const buffer = new StyledBuffer();
    buffer.append(0, 'help', Style.Level);
    buffer.append(0, ': ', Style.HeaderMsg);
    let msg = suggestion.message;
    const confusion = spliced.slice(0, MAX_SUGGESTIONS).find((s) => s.confusion !== 'none');
    if (confusion) msg += confusionLabel(confusion.confusion);
    this.msgToBuffer(buffer, msg, maxLineNumLen, 'suggestion', Style.HeaderMsg);

    const otherSuggestions = Math.max(0, spliced.length - MAX_SUGGESTIONS);
    let rowNum = 2;
    spliced.slice(0, MAX_SUGGESTIONS).forEach((s: SplicedSuggestion, i) => {
      const { complete, parts, highlights } = s;
      const hasDeletion = parts.some((p) => isDeletion(sm, p) || isDestructiveReplacement(sm, p));
      const completeLines = rustLines(complete);
      const isMultiline = completeLines.length > 1;
      if (i === 0) this.drawColSeparatorNoSpace(buffer, rowNum - 1, maxLineNumLen + 1);
      else buffer.puts(rowNum - 1, maxLineNumLen + 1, '|', Style.LineNumber);
      const primary = primarySpanOf(span);
      if (primary !== null) {
        const loc = sm.lookupCharPos(parts[0]!.span.lo);
        if ((this.isDummy(primary) || loc.file !== sm.lookupFile(primary.lo)) && loc.file.hasSource) {
          buffer.puts(rowNum - 1, 0, '--> ', Style.LineNumber);
          const message = `${loc.file.name}:${loc.line}:${loc.col + 1}`;
          if (rowNum === 2) buffer.puts(1, Math.max(maxLineNumLen + 1, 4), message, Style.LineAndColumn);
          else buffer.append(rowNum - 1, message, Style.LineAndColumn);
          buffer.prepend(rowNum - 1, ' '.repeat(maxLineNumLen), Style.NoStyle);
          this.drawColSeparatorNoSpace(buffer, rowNum, maxLineNumLen + 1);
          rowNum += 1;
        }
      }
      let show: Display;
      if (hasDeletion && !isMultiline) show = Display.Diff;
      else if (parts.length === 1 && parts[0]!.snippet.endsWith('\n') && parts[0]!.snippet.trim() === complete.trim()) show = Display.Add;
      else if ((parts.length !== 1 || parts[0]!.snippet.trim() !== complete.trim()) && !isMultiline) show = Display.Underline;
      else show = Display.None;
      if (show === Display.Diff) rowNum += 1;
      // In a diff, the row of the first `-` line (the line of the first edit).
      const firstDiffRow = rowNum - 1;

      const first = parts[0]!;
      // rustc 1.95 shows every line from the first edit to the last one as removed in a diff.
      const fileLines = spanToLines(sm, { lo: first.span.lo, hi: Math.max(...parts.map((p) => p.span.hi)), ctxt: 0 });
      const lineStart = sm.lookupLoc(s.originalSpans[0]!.lo).line;
      if (completeLines.length === 0) {
        // The whole suggestion removes lines.
        const lineEnd = sm.lookupLoc(s.originalSpans[0]!.hi).line;
        for (let line = lineStart; line <= lineEnd; line++) {
          this.drawLineNum(buffer, line, rowNum - 1 + line - lineStart, maxLineNumLen);
          buffer.puts(rowNum - 1 + line - lineStart, maxLineNumLen + 1, '- ', Style.Removal);
          buffer.puts(rowNum - 1 + line - lineStart, maxLineNumLen + 3, normalizeWhitespace(sm.getLine(fileLines.file, line) ?? ''), Style.Removal);
        }
        rowNum += lineEnd - lineStart;
      }
      const row = { n: rowNum };
      let unhighlighted: [number, string][] = [];
      let lastPos = 0;
      let isItemAttribute = false;
      const count = Math.min(completeLines.length, highlights.length);
      for (let linePos = 0; linePos < count; linePos++) {
        const text = completeLines[linePos]!;
        const hl = highlights[linePos]!;
        lastPos = linePos;
        if (hl.length === 0) {
          unhighlighted.push([linePos, text]);
          continue;
        }
        if (hl.length === 1 && text.trim().startsWith('#[') && text.trim().endsWith(']') && completeLines.length === 1) isItemAttribute = true;
        if (unhighlighted.length > 0 && unhighlighted.length <= 3) {
          for (const [p, l] of unhighlighted) this.drawCodeLine(buffer, row, [], p + lineStart, l, show, maxLineNumLen, fileLines, isMultiline);
        } else if (unhighlighted.length > 3) {
          const [firstP, firstL] = unhighlighted[0]!;
          const [lastP, lastL] = unhighlighted[unhighlighted.length - 1]!;
          this.drawCodeLine(buffer, row, [], firstP + lineStart, firstL, show, maxLineNumLen, fileLines, isMultiline);
          buffer.puts(row.n, Math.max(0, maxLineNumLen - 3), '...', Style.LineNumber);
          row.n += 1;
          this.drawCodeLine(buffer, row, [], lastP + lineStart, lastL, show, maxLineNumLen, fileLines, isMultiline);
        }
        unhighlighted = [];
        this.drawCodeLine(buffer, row, hl, linePos + lineStart, text, show, maxLineNumLen, fileLines, isMultiline);
      }
      if (show === Display.Add && isItemAttribute) {
        const lineNum = sm.lookupLoc(first.span.lo).line;
        const text = sm.getLine(fileLines.file, lineNum);
        // rustc 1.95 draws this context line like a line of a multi-line suggestion: `|` alone
        // in the line-number style (the difference shows only in colour output).
        if (text !== null) this.drawCodeLine(buffer, row, [], lineNum + lastPos + 1, normalizeWhitespace(text), Display.None, maxLineNumLen, fileLines, true);
      }
      rowNum = row.n;

      if (show === Display.Diff || show === Display.Underline || show === Display.Add) {
        const offsets: [number, number][] = [];
        for (const part of parts) {
          const startPos = sm.lookupCharPos(part.span.lo).colDisplay;
          const endPos = sm.lookupCharPos(part.span.hi).colDisplay;
          const isWhitespaceAddition = part.snippet.trim() === '';
          const start = isWhitespaceAddition ? 0 : byteLen(part.snippet) - byteLen(part.snippet.trimStart());
          const subLen = strWidth(isWhitespaceAddition ? part.snippet : part.snippet.trim());
          let offset = 0;
          for (const [s0, v] of offsets) if (startPos >= s0) offset += v;
          const underlineStart = startPos + start + offset;
          const underlineEnd = underlineStart + subLen;
          const padding = maxLineNumLen + 3;
          if (show === Display.Underline && isDifferent(sm, part.snippet, part.span)) {
            const ch = isAddition(sm, part) ? '+' : '~';
            for (let q = underlineStart; q < underlineEnd; q++) buffer.putc(rowNum, padding + q, ch, Style.Addition);
          }
          if (show === Display.Diff) {
            const snippet = sm.snippet(part.span);
            const newlines = rustLines(snippet).length;
            if (newlines > 0 && rowNum > newlines) {
              const partLine = sm.lookupLoc(part.span.lo).line;
              rustLines(snippet).forEach((l, k) => {
                const text = normalizeWhitespace(l);
                const r = Math.max(2, firstDiffRow + partLine - lineStart + k);
                const from = k === 0 ? padding + startPos : padding;
                const to = k === 0 ? padding + startPos + byteLen(text) : k === newlines - 1 ? padding + endPos : padding + byteLen(text);
                buffer.setStyleRange(r, from, to, Style.Removal, true);
              });
            } else {
              buffer.setStyleRange(rowNum - 2, padding + startPos, padding + endPos, Style.Removal, true);
            }
          }
          offsets.push([endPos, strWidth(part.snippet) - (endPos - startPos)]);
        }
        rowNum += 1;
      }

      if (completeLines.length > count) {
        buffer.puts(rowNum, Math.max(0, maxLineNumLen - 3), '...', Style.LineNumber);
      } else {
        const r = show === Display.None ? rowNum : rowNum - 1;
        this.drawColSeparatorNoSpace(buffer, r, maxLineNumLen + 1);
        rowNum = r + 1;
      }
    });
    if (otherSuggestions > 0) {
      buffer.puts(rowNum, maxLineNumLen + 1, '= ', Style.LineNumber);
      buffer.append(rowNum, `and ${otherSuggestions} other candidate${otherSuggestions === 1 ? '' : 's'}`, Style.NoStyle);
    }
    this.emitBuffer(buffer, 'help');
  }

  private drawCodeLine(buffer: StyledBuffer, row: { n: number }, highlights: readonly { start: number; end: number }[], lineNum: number, lineToAdd: string, show: Display, maxLineNumLen: number, fileLines: FileLines, isMultiline: boolean): void {
    const sm = this.sm;
    if (show === Display.Diff) {
      const toRemove = fileLines.lines.slice(0, fileLines.lines.length - 1);
      toRemove.forEach((lineIndex, index) => {
        this.drawLineNum(buffer, lineNum + index, row.n - 1, maxLineNumLen);
        buffer.puts(row.n - 1, maxLineNumLen + 1, '- ', Style.Removal);
        buffer.puts(row.n - 1, maxLineNumLen + 3, normalizeWhitespace(sm.getLine(fileLines.file, lineIndex) ?? ''), Style.NoStyle);
        row.n += 1;
      });
      const lastLine = sm.getLine(fileLines.file, fileLines.lines[fileLines.lines.length - 1]!) ?? '';
      if (lastLine !== lineToAdd) {
        this.drawLineNum(buffer, lineNum + fileLines.lines.length - 1, row.n - 1, maxLineNumLen);
        buffer.puts(row.n - 1, maxLineNumLen + 1, '- ', Style.Removal);
        buffer.puts(row.n - 1, maxLineNumLen + 3, normalizeWhitespace(lastLine), Style.NoStyle);
        if (lineToAdd.trim() !== '') {
          this.drawLineNum(buffer, lineNum, row.n, maxLineNumLen);
          buffer.puts(row.n, maxLineNumLen + 1, '+ ', Style.Addition);
          buffer.append(row.n, normalizeWhitespace(lineToAdd), Style.NoStyle);
        } else {
          row.n -= 1;
        }
      } else {
        row.n -= 2;
      }
    } else if (isMultiline) {
      this.drawLineNum(buffer, lineNum, row.n, maxLineNumLen);
      const only = highlights.length === 1 ? highlights[0]! : null;
      if (only && only.start === 0 && only.end === byteLen(lineToAdd)) buffer.puts(row.n, maxLineNumLen + 1, '+ ', Style.Addition);
      else if (highlights.length === 0 || (only && only.start === 0 && only.end === 0)) this.drawColSeparatorNoSpace(buffer, row.n, maxLineNumLen + 1);
      else buffer.puts(row.n, maxLineNumLen + 1, '~ ', Style.Addition);
      buffer.puts(row.n, maxLineNumLen + 3, normalizeWhitespace(lineToAdd), Style.NoStyle);
    } else if (show === Display.Add) {
      this.drawLineNum(buffer, lineNum, row.n, maxLineNumLen);
      buffer.puts(row.n, maxLineNumLen + 1, '+ ', Style.Addition);
      buffer.append(row.n, normalizeWhitespace(lineToAdd), Style.NoStyle);
    } else {
      this.drawLineNum(buffer, lineNum, row.n, maxLineNumLen);
      buffer.puts(row.n, maxLineNumLen + 1, '| ', Style.LineNumber);
      buffer.append(row.n, normalizeWhitespace(lineToAdd), Style.NoStyle);
    }
    const chars = [...lineToAdd];
    for (const { start, end } of highlights) {
      if (start === end) continue;
      let tabs = 0;
      for (let k = 0; k < start && k < chars.length; k++) if (chars[k] === '\t') tabs += 3;
      buffer.setStyleRange(row.n, maxLineNumLen + 3 + start + tabs, maxLineNumLen + 3 + end + tabs, Style.Addition, true);
    }
    row.n += 1;
  }

  // -- small drawing helpers -------------------------------------------------------------------

  private drawColSeparatorNoSpace(buffer: StyledBuffer, line: number, col: number): void {
    buffer.putc(line, col, '|', Style.LineNumber);
  }

  private drawMultilineLine(buffer: StyledBuffer, line: number, offset: number, depth: number, style: Style): void {
    buffer.putc(line, offset + depth - 1, '|', style);
  }

  private drawLineNum(buffer: StyledBuffer, lineNum: number, lineOffset: number, maxLineNumLen: number): void {
    const text = this.options.uiTesting ? 'LL' : String(lineNum);
    buffer.puts(lineOffset, Math.max(0, maxLineNumLen - text.length), text, Style.LineNumber);
  }
}

export interface FileLines {
  readonly file: SourceFile;
  /** 1-based line numbers covered by the span. */
  readonly lines: readonly number[];
}

function toParts(message: string | readonly MessagePart[]): readonly MessagePart[] {
  return typeof message === 'string' ? [{ text: message, highlight: false }] : message;
}

function spanToLines(sm: SourceMap, s: Span): FileLines {
  const lo = sm.lookupLoc(s.lo);
  const hi = sm.lookupLoc(s.hi);
  const lines: number[] = [];
  for (let l = lo.line; l <= hi.line; l++) lines.push(l);
  return { file: lo.file, lines };
}

function macroKindDescr(kind: string): string {
  return kind === 'macro-attr' ? 'attribute macro' : kind === 'derive' ? 'derive macro' : 'macro';
}

/** rustc's `ExpnKind::descr`: `name!`, `#[name]`, `#[derive(name)]`, `desugaring of ...`. */
export function expansionDescr(kind: string, name: string): string {
  switch (kind) {
    case 'macro-bang':
      return `${name}!`;
    case 'macro-attr':
      return `#[${name}]`;
    case 'derive':
      return `#[derive(${name})]`;
    default:
      return `desugaring of ${name}`;
  }
}

