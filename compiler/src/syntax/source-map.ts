/**
 * Source files and spans. Like rustc's `SourceMap`, every file occupies its own range of one global
 * byte-position space, so a `Span` is two plain numbers (plus a syntax context for macro expansions)
 * that can cross a worker boundary unchanged. Positions are UTF-8 byte offsets, as in rustc's JSON.
 *
 * Owns: file registration, position → (file, line, column) lookup, expansion records.
 * Must not: read the file system (the driver reads files and hands their text in).
 */
import { assert } from '../util/bug.js';
import { strWidth as displayWidth } from '../diagnostics/width.js';

/** A half-open byte range [lo, hi) in the global position space; `ctxt` 0 is the root context. */
export interface Span {
  readonly lo: number;
  readonly hi: number;
  /** Index into `SourceMap.expansions`; 0 = not from a macro expansion. */
  readonly ctxt: number;
}

export const DUMMY_SPAN: Span = Object.freeze({ lo: 0, hi: 0, ctxt: 0 });

export function span(lo: number, hi: number, ctxt = 0): Span {
  return { lo, hi, ctxt };
}

/** The smallest span covering both. Keeps the context of `a`. */
export function spanTo(a: Span, b: Span): Span {
  return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi), ctxt: a.ctxt };
}

export function isDummy(s: Span): boolean {
  return s.lo === 0 && s.hi === 0;
}

/** Where a macro was expanded: rustc's `ExpnData`, as far as diagnostics need it. */
export interface Expansion {
  /** The span of the macro invocation (`println!(...)`). */
  readonly callSite: Span;
  /**
   * `println`, `$crate::format_args_nl`, ... as written at the call site; for a desugaring, what
   * is desugared (`format string literal`, `` `?` operator ``, `for` loop).
   */
  readonly macroName: string;
  readonly kind: 'macro-bang' | 'macro-attr' | 'derive' | 'desugaring';
  /** The macro's definition; null for built-in macros (rustc's dummy def site). */
  readonly defSite: Span | null;
  /**
   * rustc's `ExpnData::hide_backtrace`: no "this error originates in the macro" note when the
   * outermost macro has it (std's macros do).
   */
  readonly hideBacktrace?: boolean;
}

export interface SourceFile {
  /** The name as rustc prints it: the path given on the command line, or `$SRC_DIR/...` for std. */
  readonly name: string;
  readonly src: string;
  /** Global position of the first byte. */
  readonly startPos: number;
  /** Global position one past the last byte. */
  readonly endPos: number;
  /** Byte offsets (relative to the file) at which each line starts. */
  readonly lineStarts: readonly number[];
  /** True when all characters are ASCII: byte offset = char offset, the fast path. */
  readonly isAscii: boolean;
  /** The UTF-8 bytes, kept only for non-ASCII files to convert byte offsets to characters. */
  readonly bytes: Uint8Array | null;
  /**
   * False for a file known by name and line numbers only (std, which weftc models without its
   * sources): `src` is empty, no source line is shown, and rustc calls such a file "imported".
   */
  readonly hasSource: boolean;
  /**
   * For a file without source: the line number of each entry of `lineStarts` (they need not be
   * consecutive). Null when `lineStarts` holds every line.
   */
  readonly lineNumbers: readonly number[] | null;
  /**
   * Bytes removed when normalising (a BOM, the CR of each CRLF): pairs of (position in the
   * normalised text, bytes removed up to and including it), sorted. JSON reports original offsets.
   */
  readonly removed: readonly (readonly [number, number])[];
}

/** A resolved position: 1-based line, 0-based column counted in chars (rustc's `Loc`). */
export interface Loc {
  readonly file: SourceFile;
  readonly line: number;
  readonly col: number;
}

/** A `Loc` plus the display column (tabs are 4 wide, CJK 2...), as the human emitter needs it. */
export interface CharPos extends Loc {
  readonly colDisplay: number;
}

export class SourceMap {
  readonly files: SourceFile[] = [];
  /** Index 0 is a placeholder for the root context. */
  readonly expansions: (Expansion | null)[] = [null];
  private nextPos = 1; // position 0 is reserved for DUMMY_SPAN

  addFile(name: string, src: string): SourceFile {
    // rustc strips a leading BOM and normalises CRLF to LF before lexing; so do we, remembering
    // where bytes went so that JSON can report offsets into the file as it is on disk.
    const removed: [number, number][] = [];
    if (src.charCodeAt(0) === 0xfeff) {
      src = src.slice(1);
      removed.push([0, 3]);
    }
    if (src.includes('\r\n')) src = removeCrs(src, removed);
    // eslint-disable-next-line no-control-regex
    const isAscii = /^[\x00-\x7f]*$/.test(src);
    const bytes = isAscii ? null : new TextEncoder().encode(src);
    const byteLength = bytes ? bytes.length : src.length;
    // As in rustc, a newline at the very end does not start another line: a position at EOF
    // belongs to the last line.
    const lineStarts = [0];
    if (bytes) {
      for (let i = 0; i < bytes.length - 1; i++) if (bytes[i] === 10) lineStarts.push(i + 1);
    } else {
      for (let i = 0; i < src.length - 1; i++) if (src.charCodeAt(i) === 10) lineStarts.push(i + 1);
    }
    const file: SourceFile = { name, src, startPos: this.nextPos, endPos: this.nextPos + byteLength, lineStarts, isAscii, bytes, hasSource: true, lineNumbers: null, removed };
    this.nextPos = file.endPos + 1;
    this.files.push(file);
    return file;
  }

  /**
   * Registers a file whose text weftc does not have (a std source file): spans into it resolve to
   * the given lines, columns count bytes, and the emitters show its name and position only.
   * `lines` maps line numbers to the byte offset where that line starts (any subset of lines).
   */
  addFileWithoutSource(name: string, byteLength: number, lines: ReadonlyMap<number, number>): SourceFile {
    const entries = [...lines].sort((a, b) => a[1] - b[1]);
    if (entries.length === 0 || entries[0]![1] !== 0) entries.unshift([1, 0]);
    const file: SourceFile = {
      name,
      src: '',
      startPos: this.nextPos,
      endPos: this.nextPos + byteLength,
      lineStarts: entries.map((e) => e[1]),
      isAscii: true,
      bytes: null,
      hasSource: false,
      lineNumbers: entries.map((e) => e[0]),
      removed: [],
    };
    this.nextPos = file.endPos + 1;
    this.files.push(file);
    return file;
  }

  addExpansion(e: Expansion): number {
    this.expansions.push(e);
    return this.expansions.length - 1;
  }

  expansion(ctxt: number): Expansion | null {
    return this.expansions[ctxt] ?? null;
  }

  lookupFile(pos: number): SourceFile {
    // Binary search: files are sorted by startPos.
    let lo = 0;
    let hi = this.files.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.files[mid]!.startPos <= pos) lo = mid;
      else hi = mid - 1;
    }
    const file = this.files[lo];
    assert(file && pos >= file.startPos && pos <= file.endPos, () => `position ${pos} is in no file`);
    return file;
  }

  /** 1-based line number and 0-based char column of a global position. */
  lookupLoc(pos: number): Loc {
    const file = this.lookupFile(pos);
    const rel = pos - file.startPos;
    const index = lineIndex(file, rel);
    const lineStart = file.lineStarts[index]!;
    return { file, line: file.lineNumbers ? file.lineNumbers[index]! : index + 1, col: charCount(file, lineStart, rel) };
  }

  /** `lookupLoc` plus the display column (rustc's `lookup_char_pos` with `col_display`). */
  lookupCharPos(pos: number): CharPos {
    const loc = this.lookupLoc(pos);
    const file = loc.file;
    if (!file.hasSource) return { ...loc, colDisplay: loc.col };
    const rel = pos - file.startPos;
    const lineStart = file.lineStarts[lineIndex(file, rel)]!;
    const before = sliceBytes(file, lineStart, rel);
    return { ...loc, colDisplay: displayWidth(before) };
  }

  /** The text of a 1-based line, without its newline. */
  lineText(file: SourceFile, line: number): string {
    const text = this.getLine(file, line);
    assert(text !== null, () => `line ${line} is not in ${file.name}`);
    return text;
  }

  /** The text of a 1-based line, or null when the file has no source or no such line. */
  getLine(file: SourceFile, line: number): string | null {
    if (!file.hasSource || line < 1 || line > file.lineStarts.length) return null;
    const start = file.lineStarts[line - 1]!;
    let end = line < file.lineStarts.length ? file.lineStarts[line]! - 1 : byteLength(file);
    if (line === file.lineStarts.length && end > start && lastByte(file) === 10) end--;
    return sliceBytes(file, start, end);
  }

  /** The offset of a global position in the file as it is on disk (before BOM/CRLF removal). */
  originalOffset(pos: number): number {
    const file = this.lookupFile(pos);
    const rel = pos - file.startPos;
    let add = 0;
    // `removed` is sorted; a linear scan back from the end is fine for the few CRs before `rel`,
    // but files with many CRLFs use a binary search.
    let lo = 0;
    let hi = file.removed.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (file.removed[mid]![0] <= rel) {
        add = file.removed[mid]![1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return rel + add;
  }

  /** The source text covered by a span (must lie within one file). */
  snippet(s: Span): string {
    const file = this.lookupFile(s.lo);
    return sliceBytes(file, s.lo - file.startPos, s.hi - file.startPos);
  }
}

/** Removes the CR of every CRLF, recording (normalised position, total removed) pairs. */
function removeCrs(src: string, removed: [number, number][]): string {
  let out = '';
  let from = 0;
  let total = removed.length > 0 ? removed[removed.length - 1]![1] : 0;
  let bytesOut = 0;
  for (let i = src.indexOf('\r\n'); i >= 0; i = src.indexOf('\r\n', i + 2)) {
    const chunk = src.slice(from, i);
    out += chunk;
    bytesOut += utf8Length(chunk);
    total += 1;
    removed.push([bytesOut, total]);
    from = i + 1;
  }
  return out + src.slice(from);
}

function utf8Length(s: string): number {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s) ? s.length : new TextEncoder().encode(s).length;
}

function lastByte(file: SourceFile): number {
  return file.bytes ? file.bytes[file.bytes.length - 1]! : file.src.charCodeAt(file.src.length - 1);
}

function byteLength(file: SourceFile): number {
  return file.endPos - file.startPos;
}

function lineIndex(file: SourceFile, rel: number): number {
  return lineIndexIn(file.lineStarts, rel);
}

/** The 0-based index of the line (given its sorted `starts`) that holds relative offset `rel`. */
export function lineIndexIn(starts: readonly number[], rel: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= rel) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Number of chars in the byte range [from, to) of a file. */
function charCount(file: SourceFile, from: number, to: number): number {
  if (file.isAscii) return to - from;
  const bytes = file.bytes!;
  let n = 0;
  for (let i = from; i < to; i++) if ((bytes[i]! & 0xc0) !== 0x80) n++;
  return n;
}

const decoder = new TextDecoder();

function sliceBytes(file: SourceFile, from: number, to: number): string {
  if (file.isAscii) return file.src.slice(from, to);
  return decoder.decode(file.bytes!.subarray(from, to));
}
