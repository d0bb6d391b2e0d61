/**
 * Source files and spans. Like rustc's `SourceMap`, every file occupies its own range of one global
 * byte-position space, so a `Span` is two plain numbers (plus a syntax context for macro expansions)
 * that can cross a worker boundary unchanged. Positions are UTF-8 byte offsets, as in rustc's JSON.
 *
 * Owns: file registration, position → (file, line, column) lookup, expansion records.
 * Must not: read the file system (the driver reads files and hands their text in).
 */
import { assert } from '../util/bug.js';

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
  /** `println`, `format_args_nl`, ... */
  readonly macroName: string;
  readonly kind: 'macro-bang' | 'macro-attr' | 'derive' | 'desugaring';
  /** The macro's definition; null for built-in macros and std macros weftc does not show. */
  readonly defSite: Span | null;
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
}

/** A resolved position: 1-based line, 0-based column counted in chars (rustc's `Loc`). */
export interface Loc {
  readonly file: SourceFile;
  readonly line: number;
  readonly col: number;
}

export class SourceMap {
  readonly files: SourceFile[] = [];
  /** Index 0 is a placeholder for the root context. */
  readonly expansions: (Expansion | null)[] = [null];
  private nextPos = 1; // position 0 is reserved for DUMMY_SPAN

  addFile(name: string, src: string): SourceFile {
    // rustc strips a leading BOM and normalises CRLF to LF before lexing; so do we.
    if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
    if (src.includes('\r\n')) src = src.replace(/\r\n/g, '\n');
    // eslint-disable-next-line no-control-regex
    const isAscii = /^[\x00-\x7f]*$/.test(src);
    const bytes = isAscii ? null : new TextEncoder().encode(src);
    const byteLength = bytes ? bytes.length : src.length;
    const lineStarts = [0];
    if (bytes) {
      for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) lineStarts.push(i + 1);
    } else {
      for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) lineStarts.push(i + 1);
    }
    const file: SourceFile = { name, src, startPos: this.nextPos, endPos: this.nextPos + byteLength, lineStarts, isAscii, bytes };
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
    const line = lineIndex(file, rel);
    const lineStart = file.lineStarts[line]!;
    return { file, line: line + 1, col: charCount(file, lineStart, rel) };
  }

  /** The text of a 1-based line, without its newline. */
  lineText(file: SourceFile, line: number): string {
    const start = file.lineStarts[line - 1];
    assert(start !== undefined, () => `line ${line} is not in ${file.name}`);
    const end = line < file.lineStarts.length ? file.lineStarts[line]! - 1 : byteLength(file);
    return sliceBytes(file, start, end);
  }

  /** The source text covered by a span (must lie within one file). */
  snippet(s: Span): string {
    const file = this.lookupFile(s.lo);
    return sliceBytes(file, s.lo - file.startPos, s.hi - file.startPos);
  }
}

function byteLength(file: SourceFile): number {
  return file.endPos - file.startPos;
}

function lineIndex(file: SourceFile, rel: number): number {
  const starts = file.lineStarts;
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
