/**
 * Escape sequences in literals, after `rustc_literal_escaper`: validates the contents of a char,
 * byte, string, byte string or C string literal (raw or not) and decodes it. The lexer uses the
 * validation to report rustc's escape errors; later phases use `decodeLiteral` for values.
 *
 * Ranges are UTF-16 indices into the literal's contents (between the quotes).
 *
 * Owns: escape rules per literal mode. Must not: build diagnostics (see lexer.ts).
 */

export type Mode = 'char' | 'byte' | 'str' | 'byteStr' | 'rawStr' | 'rawByteStr' | 'cStr' | 'rawCStr';

export type EscapeError =
  | 'ZeroChars' | 'MoreThanOneChar' | 'LoneSlash' | 'InvalidEscape' | 'BareCarriageReturn' | 'BareCarriageReturnInRawString'
  | 'EscapeOnlyChar' | 'TooShortHexEscape' | 'InvalidCharInHexEscape' | 'OutOfRangeHexEscape' | 'NoBraceInUnicodeEscape'
  | 'InvalidCharInUnicodeEscape' | 'EmptyUnicodeEscape' | 'UnclosedUnicodeEscape' | 'LeadingUnderscoreUnicodeEscape'
  | 'OverlongUnicodeEscape' | 'LoneSurrogateUnicodeEscape' | 'OutOfRangeUnicodeEscape' | 'UnicodeEscapeInByte'
  | 'NonAsciiCharInByte' | 'NulInCStr' | 'UnskippedWhitespaceWarning' | 'MultipleSkippedLinesWarning';

export function isWarning(e: EscapeError): boolean {
  return e === 'UnskippedWhitespaceWarning' || e === 'MultipleSkippedLinesWarning';
}

export function isByteMode(m: Mode): boolean {
  return m === 'byte' || m === 'byteStr' || m === 'rawByteStr';
}

function allowUnicodeChars(m: Mode): boolean {
  return !isByteMode(m);
}
function allowHighBytes(m: Mode): boolean {
  return m === 'byte' || m === 'byteStr' || m === 'cStr';
}
function allowUnicodeEscapes(m: Mode): boolean {
  return m === 'char' || m === 'str' || m === 'cStr';
}

/** One decoded unit: a char (code point) or, for byte and C strings, a byte. */
export interface Unit {
  readonly value: number;
  /** True for a `\xHH` byte in a byte or C string (not a code point). */
  readonly isByte: boolean;
}

/** Receives each unit or error with its range in the contents. */
export type UnescapeCallback = (start: number, end: number, result: Unit | EscapeError) => void;

class Chars {
  constructor(
    readonly s: string,
    public i: number,
  ) {}
  /** Next code point, or -1 at the end. */
  next(): number {
    if (this.i >= this.s.length) return -1;
    const c = this.s.codePointAt(this.i)!;
    this.i += c > 0xffff ? 2 : 1;
    return c;
  }
  peek(): number {
    return this.i >= this.s.length ? -1 : this.s.codePointAt(this.i)!;
  }
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function scanEscape(chars: Chars, mode: Mode): Unit | EscapeError {
  const c = chars.next();
  switch (c) {
    case -1: return 'LoneSlash';
    case 0x22: return { value: 0x22, isByte: false };
    case 0x6e: return { value: 10, isByte: false };
    case 0x72: return { value: 13, isByte: false };
    case 0x74: return { value: 9, isByte: false };
    case 0x5c: return { value: 0x5c, isByte: false };
    case 0x27: return { value: 0x27, isByte: false };
    case 0x30: return { value: 0, isByte: false };
    case 0x78: {
      const hi = chars.next();
      if (hi === -1) return 'TooShortHexEscape';
      const h = hexDigit(hi);
      if (h < 0) return 'InvalidCharInHexEscape';
      const lo = chars.next();
      if (lo === -1) return 'TooShortHexEscape';
      const l = hexDigit(lo);
      if (l < 0) return 'InvalidCharInHexEscape';
      const value = h * 16 + l;
      if (!allowHighBytes(mode) && value > 0x7f) return 'OutOfRangeHexEscape';
      return { value, isByte: mode === 'byteStr' || mode === 'cStr' || mode === 'byte' };
    }
    case 0x75:
      return scanUnicode(chars, allowUnicodeEscapes(mode));
    default:
      return 'InvalidEscape';
  }
}

function scanUnicode(chars: Chars, allowEscapes: boolean): Unit | EscapeError {
  if (chars.next() !== 0x7b) return 'NoBraceInUnicodeEscape';
  const first = chars.next();
  if (first === -1) return 'UnclosedUnicodeEscape';
  if (first === 0x5f) return 'LeadingUnderscoreUnicodeEscape';
  if (first === 0x7d) return 'EmptyUnicodeEscape';
  let value = hexDigit(first);
  if (value < 0) return 'InvalidCharInUnicodeEscape';
  let digits = 1;
  for (;;) {
    const c = chars.next();
    if (c === -1) return 'UnclosedUnicodeEscape';
    if (c === 0x5f) continue;
    if (c === 0x7d) {
      if (digits > 6) return 'OverlongUnicodeEscape';
      if (!allowEscapes) return 'UnicodeEscapeInByte';
      if (value > 0x10ffff) return 'OutOfRangeUnicodeEscape';
      if (value >= 0xd800 && value <= 0xdfff) return 'LoneSurrogateUnicodeEscape';
      return { value, isByte: false };
    }
    const d = hexDigit(c);
    if (d < 0) return 'InvalidCharInUnicodeEscape';
    digits++;
    if (digits > 6) continue;
    value = value * 16 + d;
  }
}

function asciiCheck(c: number, mode: Mode): Unit | EscapeError {
  return allowUnicodeChars(mode) || c < 0x80 ? { value: c, isByte: false } : 'NonAsciiCharInByte';
}

/** Validates (and decodes) a char or byte literal's contents: exactly one unit. */
export function unescapeCharOrByte(src: string, mode: 'char' | 'byte', cb: UnescapeCallback): void {
  const chars = new Chars(src, 0);
  const c = chars.next();
  if (c === -1) {
    cb(0, src.length, 'ZeroChars');
    return;
  }
  let res: Unit | EscapeError;
  if (c === 0x5c) res = scanEscape(chars, mode);
  else if (c === 10 || c === 9 || c === 0x27) res = 'EscapeOnlyChar';
  else if (c === 13) res = 'BareCarriageReturn';
  else res = asciiCheck(c, mode);
  if (typeof res !== 'string' && chars.next() !== -1) res = 'MoreThanOneChar';
  // Like rustc, an error's range ends where scanning stopped (`'\u1234'`: at the `1`).
  cb(0, typeof res === 'string' ? chars.i : src.length, res);
}

/** Validates (and decodes) a non-raw string, byte string or C string literal's contents. */
export function unescapeStr(src: string, mode: 'str' | 'byteStr' | 'cStr', cb: UnescapeCallback): void {
  const chars = new Chars(src, 0);
  while (chars.i < src.length) {
    const start = chars.i;
    const c = chars.next();
    let res: Unit | EscapeError;
    if (c === 0x5c) {
      if (chars.peek() === 10) {
        skipAsciiWhitespace(chars, start, cb);
        continue;
      }
      res = scanEscape(chars, mode);
    } else if (c === 0x22) {
      res = 'EscapeOnlyChar';
    } else if (c === 13) {
      res = 'BareCarriageReturn';
    } else {
      res = asciiCheck(c, mode);
    }
    if (mode === 'cStr' && typeof res !== 'string' && res.value === 0) res = 'NulInCStr';
    cb(start, chars.i, res);
  }
}

function isAsciiWs(c: number): boolean {
  return c === 0x20 || c === 9 || c === 10 || c === 13;
}

function skipAsciiWhitespace(chars: Chars, start: number, cb: UnescapeCallback): void {
  const s = chars.s;
  const tail = chars.i;
  let firstNonSpace = tail;
  while (firstNonSpace < s.length && isAsciiWs(s.charCodeAt(firstNonSpace))) firstNonSpace++;
  if (s.slice(tail + 1, firstNonSpace).includes('\n')) {
    // +1 for the escaping backslash, as rustc counts from it.
    cb(start, firstNonSpace, 'MultipleSkippedLinesWarning');
  }
  if (firstNonSpace < s.length) {
    const c = s.codePointAt(firstNonSpace)!;
    if (isUnicodeWhitespace(c)) cb(start, firstNonSpace + (c > 0xffff ? 2 : 1), 'UnskippedWhitespaceWarning');
  }
  chars.i = firstNonSpace;
}

/** Rust's `char::is_whitespace` (the White_Space property). */
export function isUnicodeWhitespace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 0x20 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Validates a raw literal's contents: only bare CR, non-ASCII in byte strings and NUL in C strings. */
export function checkRaw(src: string, mode: 'rawStr' | 'rawByteStr' | 'rawCStr', cb: UnescapeCallback): void {
  const chars = new Chars(src, 0);
  while (chars.i < src.length) {
    const start = chars.i;
    const c = chars.next();
    let res: Unit | EscapeError;
    if (c === 13) res = 'BareCarriageReturnInRawString';
    else res = asciiCheck(c, mode);
    if (mode === 'rawCStr' && c === 0) res = 'NulInCStr';
    cb(start, chars.i, res);
  }
}

/** Runs the checker for `mode` over a literal's contents. */
export function unescape(src: string, mode: Mode, cb: UnescapeCallback): void {
  switch (mode) {
    case 'char': case 'byte': return unescapeCharOrByte(src, mode, cb);
    case 'str': case 'byteStr': case 'cStr': return unescapeStr(src, mode, cb);
    default: return checkRaw(src, mode, cb);
  }
}

/** The decoded value of a valid literal's contents: a string for text, bytes for byte strings. */
export function decodeText(src: string, mode: Mode): string {
  let out = '';
  unescape(src, mode, (_s, _e, r) => {
    if (typeof r !== 'string') out += String.fromCodePoint(r.value);
  });
  return out;
}

/** The bytes of a valid byte string or C string literal (C strings without the trailing NUL). */
export function decodeBytes(src: string, mode: Mode): number[] {
  const out: number[] = [];
  const enc = new TextEncoder();
  unescape(src, mode, (_s, _e, r) => {
    if (typeof r === 'string') return;
    if (r.isByte || r.value < 0x80) out.push(r.value);
    else out.push(...enc.encode(String.fromCodePoint(r.value)));
  });
  return out;
}
