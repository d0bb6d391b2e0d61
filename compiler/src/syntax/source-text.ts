/**
 * One file's text as the lexer and parser see it on a worker thread, where there is no
 * `SourceMap`: global byte positions ↔ text, line numbers, snippets and indentation, for the
 * recovery heuristics that look at the source (rustc's `is_multiline`, `span_to_margin`,
 * `span_to_snippet`).
 *
 * Owns: position arithmetic within one file. Must not: hold other files or diagnostics.
 */
import { type Span, lineIndexIn } from './source-map.js';

export class SourceText {
  /** utf16 index → byte offset, or null for ASCII text. */
  private readonly byteOffsets: Uint32Array | null;
  /** Byte offsets (relative) of line starts. */
  private readonly lineStarts: number[];

  constructor(
    readonly src: string,
    readonly startPos: number,
  ) {
    this.byteOffsets = computeByteOffsets(src);
    const starts = [0];
    for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) starts.push(this.rel(i + 1));
    // As rustc's source map: no line starts after a final newline.
    if (starts.length > 1 && starts[starts.length - 1] === this.byteLength()) starts.pop();
    this.lineStarts = starts;
  }

  byteLength(): number {
    return this.byteOffsets ? this.byteOffsets[this.src.length]! : this.src.length;
  }

  /** Relative byte offset of a utf16 index. */
  rel(i: number): number {
    return this.byteOffsets ? this.byteOffsets[i]! : i;
  }

  /** Global position of a utf16 index. */
  pos(i: number): number {
    return this.startPos + this.rel(i);
  }

  /** utf16 index of a global position. */
  index(pos: number): number {
    const rel = pos - this.startPos;
    const b = this.byteOffsets;
    if (!b) return rel;
    let lo = 0;
    let hi = this.src.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (b[mid]! < rel) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** 0-based line index of a global position. */
  line(pos: number): number {
    return lineIndexIn(this.lineStarts, pos - this.startPos);
  }

  /** rustc's `is_multiline`: the span's ends are on different lines. */
  isMultiline(s: Span): boolean {
    return this.line(s.lo) !== this.line(s.hi);
  }

  snippet(s: Span): string {
    return this.src.slice(this.index(s.lo), this.index(s.hi));
  }

  /** rustc's `span_to_margin`: the length of the indentation of the line the span starts on. */
  margin(pos: number): number {
    const i = this.index(pos);
    const lineStart = this.src.lastIndexOf('\n', i - 1) + 1;
    let j = lineStart;
    while (j < i && /\s/.test(this.src[j]!)) j++;
    return j - lineStart;
  }

  /** The character (code point) starting at a global position, or -1. */
  charAt(pos: number): number {
    const i = this.index(pos);
    return i < this.src.length ? this.src.codePointAt(i)! : -1;
  }

  /** rustc's `next_point`/`start_point` helpers: the span of the character at `pos`. */
  charSpanAt(pos: number): Span {
    const c = this.charAt(pos);
    const len = c < 0 ? 0 : c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    return { lo: pos, hi: pos + len, ctxt: 0 };
  }
}

/** utf16 index → UTF-8 byte offset, or null when the text is ASCII (index = offset). */
export function computeByteOffsets(src: string): Uint32Array | null {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(src)) return null;
  const out = new Uint32Array(src.length + 1);
  let b = 0;
  for (let i = 0; i < src.length; i++) {
    out[i] = b;
    const c = src.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      // A surrogate pair is 4 bytes; its second half is never a token boundary.
      out[i + 1] = b;
      b += 4;
      i++;
    } else b += 3;
  }
  out[src.length] = b;
  return out;
}
