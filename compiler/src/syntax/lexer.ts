/**
 * The lexer: source text → tokens, after `rustc_lexer` (raw tokens) and rustc_parse's `lexer`
 * (cooking: keywords stay identifiers, literals are validated, doc comments kept, adjacent
 * punctuation glued into `::`, `>>=`...). Lexing a file is one pass; its errors come before any
 * parse error of the file, as in rustc. Fatal lexer errors (unterminated literals and block
 * comments, raw string errors) stop lexing, and rustc stops the whole compilation after them.
 *
 * Delimiter matching (`token-trees.ts`) runs on the result; the parser sees a flat token array
 * in which every delimiter is matched.
 *
 * Owns: tokenization and lexical diagnostics. Must not: parse or know the AST.
 */
import { type Token, type TokenKind, type LitKind, type DocStyle, type Spacing, canBeRaw, isPunctKind } from './token.js';
import type { Edition } from './edition.js';
import { atLeast2021, atLeast2024 } from './edition.js';
import { span, type Span } from './source-map.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { PDiag } from './diag.js';
import { unescape, isByteMode, isWarning, type Mode, type EscapeError } from './unescape.js';
import type { SourceText } from './source-text.js';
import { ASCII_NAMES, CONFUSABLES, INVISIBLE_CHARS } from './unicode-chars.js';

/** An identifier with emoji (`🦀`, `a🙂`): lexed as an identifier, reported after expansion. */
export interface BadUnicodeIdent {
  readonly name: string;
  readonly span: Span;
  /** For Ferris (`🦀`): the name rustc suggests, from the word before it (`struct 🦀` → `Ferris`). */
  readonly ferrisFix: string;
}

export interface LexOutput {
  readonly tokens: Token[];
  readonly diagnostics: Diagnostic[];
  readonly badUnicodeIdents: BadUnicodeIdent[];
  /** A fatal error was reported: rustc aborts the compilation right after it. */
  readonly fatal: boolean;
}

class LexFatal {}

const ID_START = /[\p{XID_Start}_]/u;
const ID_CONTINUE = /\p{XID_Continue}/u;

function isIdStart(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
  return ID_START.test(String.fromCodePoint(c));
}

const EMOJI = /\p{Emoji}/u;

/** rustc_lexer's `!c.is_ascii() && c.is_emoji_char()`. */
function isNonAsciiEmoji(c: number): boolean {
  return c >= 0x80 && EMOJI.test(String.fromCodePoint(c));
}

function isIdContinue(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  return ID_CONTINUE.test(String.fromCodePoint(c));
}

/** Pattern_White_Space, as rustc_lexer's `is_whitespace`. */
function isWhitespace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0x200e || c === 0x200f || c === 0x2028 || c === 0x2029;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** Rust's `char::escape_default`. */
export function escapeDefault(c: number): string {
  switch (c) {
    case 9: return '\\t';
    case 13: return '\\r';
    case 10: return '\\n';
    case 0x27: return "\\'";
    case 0x22: return '\\"';
    case 0x5c: return '\\\\';
  }
  if (c >= 0x20 && c <= 0x7e) return String.fromCharCode(c);
  return `\\u{${c.toString(16)}}`;
}

/** rustc's `escaped_char`: printable ASCII as is, anything else escaped. */
export function escapedChar(c: number): string {
  return c >= 0x20 && c <= 0x7e ? String.fromCharCode(c) : escapeDefault(c);
}

/** Rust's `{:?}` of a char. */
function debugChar(c: number): string {
  if (c === 0x22) return `'"'`;
  if (c >= 0x20 && c <= 0x7e) return `'${escapeDefault(c)}'`;
  // Debug prints printable non-ASCII characters as themselves.
  if (c >= 0xa0 && !/[\p{C}\p{Z}]/u.test(String.fromCodePoint(c))) return `'${String.fromCodePoint(c)}'`;
  return `'${escapeDefault(c)}'`;
}

/** Length of a shebang line to skip, as `rustc_lexer::strip_shebang`. */
function shebangLength(src: string): number {
  if (!src.startsWith('#!')) return 0;
  // `#![` followed (after whitespace and comments) by `[` is an inner attribute, not a shebang.
  let i = 2;
  for (;;) {
    while (i < src.length && isWhitespace(src.charCodeAt(i))) i++;
    if (src.startsWith('//', i)) {
      while (i < src.length && src.charCodeAt(i) !== 10) i++;
      continue;
    }
    if (src.startsWith('/*', i)) {
      const end = src.indexOf('*/', i + 2);
      if (end < 0) break;
      i = end + 2;
      continue;
    }
    break;
  }
  if (src.charCodeAt(i) === 0x5b) return 0;
  const nl = src.indexOf('\n');
  return nl < 0 ? src.length : nl;
}

type RawKind =
  | { k: 'ws' }
  | { k: 'lineComment'; doc: DocStyle | null }
  | { k: 'blockComment'; doc: DocStyle | null; terminated: boolean }
  | { k: 'ident' }
  | { k: 'rawIdent' }
  | { k: 'unknownPrefix' }
  | { k: 'unknownPrefixLifetime' }
  | { k: 'lifetime'; startsWithNumber: boolean }
  | { k: 'rawLifetime' }
  | { k: 'literal'; lit: RawLit; suffixStart: number }
  | { k: 'guardedStrPrefix' }
  | { k: 'punct'; p: TokenKind }
  | { k: 'invalidIdent' }
  | { k: 'unknown' }
  | { k: 'eof' };

type RawLit =
  | { k: 'int'; base: number; emptyInt: boolean }
  | { k: 'float'; base: number; emptyExponent: boolean }
  | { k: 'char'; terminated: boolean }
  | { k: 'byte'; terminated: boolean }
  | { k: 'str'; terminated: boolean }
  | { k: 'byteStr'; terminated: boolean }
  | { k: 'cStr'; terminated: boolean }
  | { k: 'rawStr'; hashes: number | RawStrError }
  | { k: 'rawByteStr'; hashes: number | RawStrError }
  | { k: 'rawCStr'; hashes: number | RawStrError };

type RawStrError =
  | { e: 'invalidStarter'; badChar: number }
  | { e: 'noTerminator'; expected: number; found: number; possibleOffset: number | null }
  | { e: 'tooManyDelimiters'; found: number };

const SINGLE_PUNCT: Record<string, TokenKind> = {
  ';': ';', ',': ',', '.': '.', '(': '(', ')': ')', '{': '{', '}': '}', '[': '[', ']': ']', '@': '@', '#': '#', '~': '~',
  '?': '?', ':': ':', '$': '$', '=': '=', '!': '!', '<': '<', '>': '>', '-': '-', '&': '&', '|': '|', '+': '+', '*': '*',
  '/': '/', '^': '^', '%': '%',
};

// The raw kinds without data are shared: the lexer makes one per token.
const WS_RAW: RawKind = { k: 'ws' };
const IDENT_RAW: RawKind = { k: 'ident' };
const PUNCT_RAW = new Map<TokenKind, RawKind>(Object.values(SINGLE_PUNCT).map((p) => [p, { k: 'punct', p }]));

/** rustc's `Token::glue`: the glued kind of two adjacent punctuation tokens, if any. */
function glue(a: TokenKind, b: TokenKind): TokenKind | null {
  switch (a) {
    case '=': return b === '=' ? '==' : b === '>' ? '=>' : null;
    case '<': return b === '=' ? '<=' : b === '<' ? '<<' : b === '<=' ? '<<=' : b === '-' ? '<-' : null;
    case '>': return b === '=' ? '>=' : b === '>' ? '>>' : b === '>=' ? '>>=' : null;
    case '!': return b === '=' ? '!=' : null;
    case '<<': return b === '=' ? '<<=' : null;
    case '>>': return b === '=' ? '>>=' : null;
    case '+': case '*': case '/': case '%': case '^':
      return b === '=' ? ((a + '=') as TokenKind) : null;
    case '-': return b === '=' ? '-=' : b === '>' ? '->' : null;
    case '&': return b === '=' ? '&=' : b === '&' ? '&&' : null;
    case '|': return b === '=' ? '|=' : b === '|' ? '||' : null;
    case '.': return b === '.' ? '..' : b === '..' ? '...' : null;
    case '..': return b === '.' ? '...' : b === '=' ? '..=' : null;
    case ':': return b === ':' ? '::' : null;
    default: return null;
  }
}

interface Cooked {
  kind: TokenKind;
  lo: number; // utf16 index
  hi: number;
  sym: string;
  raw: boolean;
  lit: LitKind | null;
  hashes: number;
  suffix: string | null;
  doc: DocStyle | null;
  spacing: Spacing;
}

export class Lexer {
  private i = 0;
  private readonly diagnostics: Diagnostic[] = [];
  private readonly badUnicodeIdents: BadUnicodeIdent[] = [];
  private readonly src: string;
  private nbspIsWhitespace = false;
  /** The span of the `'` of the last lifetime, for "unterminated char" suggestions. */
  private lastLifetime: Span | null = null;

  constructor(
    private readonly text: SourceText,
    private readonly edition: Edition,
  ) {
    this.src = text.src;
  }

  /** Global byte position of a utf16 index. */
  pos(i: number): number {
    return this.text.pos(i);
  }

  sp(lo: number, hi: number): Span {
    return span(this.pos(lo), this.pos(hi));
  }

  private emit(d: PDiag): void {
    this.diagnostics.push(d.build());
  }

  private fatal(d: PDiag): never {
    this.emit(d);
    throw new LexFatal();
  }

  private cp(i: number): number {
    if (i >= this.src.length) return -1;
    return this.src.codePointAt(i)!;
  }

  private first(): number {
    return this.cp(this.i);
  }

  private second(): number {
    const c = this.cp(this.i);
    if (c < 0) return -1;
    return this.cp(this.i + (c > 0xffff ? 2 : 1));
  }

  private third(): number {
    const c = this.cp(this.i);
    if (c < 0) return -1;
    const j = this.i + (c > 0xffff ? 2 : 1);
    const d = this.cp(j);
    if (d < 0) return -1;
    return this.cp(j + (d > 0xffff ? 2 : 1));
  }

  private bump(): number {
    const c = this.cp(this.i);
    if (c < 0) return -1;
    this.i += c > 0xffff ? 2 : 1;
    return c;
  }

  private eatWhile(pred: (c: number) => boolean): void {
    for (;;) {
      const c = this.first();
      if (c < 0 || !pred(c)) return;
      this.bump();
    }
  }

  /** Lexes the whole file. */
  lex(): LexOutput {
    const tokens: Token[] = [];
    let fatal = false;
    try {
      this.i = shebangLength(this.src);
      let pending: Cooked | null = null;
      for (;;) {
        const tok = this.nextToken();
        const ws = this.precededByWs;
        if (pending !== null) {
          // Glue adjacent punctuation (rustc's `TokenTreesReader::bump`).
          if (!ws && isPunctKind(pending.kind) && isPunctKind(tok.kind)) {
            const g = glue(pending.kind, tok.kind);
            if (g !== null) {
              pending.kind = g;
              pending.hi = tok.hi;
              continue;
            }
          }
          let spacing: Spacing = 'alone';
          if (!ws) spacing = isPunctKind(tok.kind) ? 'joint' : tok.kind === 'eof' ? 'alone' : 'jointHidden';
          tokens.push(this.finish(pending, spacing));
        }
        pending = tok;
        if (tok.kind === 'eof') {
          tokens.push(this.finish(tok, 'alone'));
          break;
        }
      }
    } catch (e) {
      if (!(e instanceof LexFatal)) throw e;
      fatal = true;
    }
    return { tokens, diagnostics: this.diagnostics, badUnicodeIdents: this.badUnicodeIdents, fatal };
  }

  /** Turns a cooked token (utf16 indices) into the final token (global positions), in place. */
  private finish(c: Cooked, spacing: Spacing): Token {
    c.lo = this.pos(c.lo);
    c.hi = this.pos(c.hi);
    c.spacing = spacing;
    return c;
  }

  private cooked(kind: TokenKind, lo: number, hi: number, sym = ''): Cooked {
    return { kind, lo, hi, sym, raw: false, lit: null, hashes: 0, suffix: null, doc: null, spacing: 'alone' };
  }

  /** Whether whitespace preceded the token `nextToken` returned last. */
  private precededByWs = false;

  private ret(c: Cooked, ws: boolean): Cooked {
    this.precededByWs = ws;
    return c;
  }

  /** rustc_parse's `next_token_from_cursor`: the next cooked token and whether whitespace preceded it. */
  private nextToken(): Cooked {
    let ws = false;
    let swallow = 0;
    for (;;) {
      const start = this.i;
      let raw = this.advanceToken();
      const end = this.i;
      // A lone emoji that looks like an operator (`➖`) is an unknown token with a suggestion.
      if (raw.k === 'invalidIdent' && this.isLoneConfusable(start, end)) raw = { k: 'unknown' };
      switch (raw.k) {
        case 'punct':
          if (raw.p === ';' || raw.p === ')' || raw.p === '}' || raw.p === ']') this.lastLifetime = null;
          return this.ret(this.cooked(raw.p, start, end), ws);
        case 'ws':
          ws = true;
          continue;
        case 'lineComment':
          this.lastLifetime = null;
          if (raw.doc === null) {
            ws = true;
            continue;
          }
          this.reportCrInDocComment(start + 3, end, false);
          return this.ret({ ...this.cooked('docComment', start, end, this.src.slice(start + 3, end)), doc: raw.doc }, ws);
        case 'blockComment': {
          this.lastLifetime = null;
          if (!raw.terminated) this.reportUnterminatedBlockComment(start, raw.doc !== null);
          if (raw.doc === null) {
            ws = true;
            continue;
          }
          this.reportCrInDocComment(start + 3, raw.terminated ? end - 2 : end, true);
          return this.ret({ ...this.cooked('docComment', start, end, this.src.slice(start + 3, raw.terminated ? end - 2 : end)), doc: raw.doc }, ws);
        }
        case 'ident':
          return this.ret(this.cooked('ident', start, end, nfc(this.src.slice(start, end))), ws);
        case 'invalidIdent': {
          const sym = nfc(this.src.slice(start, end));
          this.badUnicodeIdents.push({ name: sym, span: this.sp(start, end), ferrisFix: this.ferrisFix(start) });
          return this.ret(this.cooked('ident', start, end, sym), ws);
        }
        case 'rawIdent': {
          const sym = nfc(this.src.slice(start + 2, end));
          if (!canBeRaw(sym)) this.emit(new PDiag(`\`${sym}\` cannot be a raw identifier`, this.sp(start, end)));
          return this.ret({ ...this.cooked('ident', start, end, sym), raw: true }, ws);
        }
        case 'unknownPrefix':
          this.reportUnknownPrefix(start, end);
          return this.ret(this.cooked('ident', start, end, nfc(this.src.slice(start, end))), ws);
        case 'unknownPrefixLifetime':
          this.reportUnknownPrefix(start, end);
          this.lastLifetime = this.sp(start, start + 1);
          return this.ret(this.cooked('lifetime', start, end, this.src.slice(start, end)), ws);
        case 'lifetime':
          this.lastLifetime = this.sp(start, start + 1);
          if (raw.startsWithNumber) this.emit(new PDiag('lifetimes cannot start with a number', this.sp(start, end)));
          return this.ret(this.cooked('lifetime', start, end, this.src.slice(start, end)), ws);
        case 'rawLifetime': {
          this.lastLifetime = this.sp(start, start + 1);
          if (atLeast2021(this.edition)) {
            const name = this.src.slice(start + 3, end);
            if (!canBeRaw(name)) this.emit(new PDiag(`\`${name}\` cannot be a raw lifetime`, this.sp(start, end)));
            return this.ret({ ...this.cooked('lifetime', start, end, `'${name}`), raw: true }, ws);
          }
          // Before 2021, `'r#a` is the lifetime `'r` followed by `#a`.
          this.i = start + 2;
          return this.ret(this.cooked('lifetime', start, start + 2, this.src.slice(start, start + 2)), ws);
        }
        case 'literal': {
          const lit = raw.lit;
          if ((lit.k === 'cStr' || lit.k === 'rawCStr') && !atLeast2021(this.edition)) {
            // Before 2021, `c"..."` is the identifier `c` followed by a string.
            const prefixLen = lit.k === 'cStr' ? 1 : 2;
            this.i = start + prefixLen;
            return this.ret(this.cooked('ident', start, start + prefixLen, this.src.slice(start, start + prefixLen)), ws);
          }
          return this.ret(this.cookLiteral(start, raw.suffixStart, end, lit), ws);
        }
        case 'guardedStrPrefix': {
          if (atLeast2024(this.edition)) {
            const c = this.cookGuardedStr(start);
            if (c) return this.ret(c, ws);
          }
          // Before 2024, `#"` and `##` are a `#` followed by the rest.
          this.i = start + 1;
          return this.ret(this.cooked('#', start, start + 1), ws);
        }
        case 'unknown': {
          if (swallow > 0) {
            swallow--;
            continue;
          }
          const c = this.cp(start);
          if (c === 0xa0) {
            if (this.nbspIsWhitespace) {
              ws = true;
              continue;
            }
            this.nbspIsWhitespace = true;
          }
          let repeats = 0;
          let j = end;
          const clen = c > 0xffff ? 2 : 1;
          while (this.cp(j) === c) {
            repeats++;
            j += clen;
          }
          swallow = repeats;
          const tok = this.reportUnknownStart(start, end, c, repeats, j);
          if (tok) return this.ret(tok, ws);
          ws = true;
          continue;
        }
        case 'eof':
          return this.ret(this.cooked('eof', start, start), ws);
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Raw tokens (rustc_lexer).

  private advanceToken(): RawKind {
    const c = this.bump();
    if (c < 0) return { k: 'eof' };
    switch (c) {
      case 0x2f: // '/'
        if (this.first() === 0x2f) return this.lineComment();
        if (this.first() === 0x2a) return this.blockComment();
        return PUNCT_RAW.get('/')!;
      case 0x72: { // 'r'
        const f = this.first();
        const s = this.second();
        if (f === 0x23 && s >= 0 && isIdStart(s)) {
          this.bump();
          this.eatWhile(isIdContinue);
          return { k: 'rawIdent' };
        }
        if (f === 0x23 || f === 0x22) {
          const hashes = this.rawDoubleQuotedString(1);
          const suffixStart = this.i;
          if (typeof hashes === 'number') this.eatLiteralSuffix();
          return { k: 'literal', lit: { k: 'rawStr', hashes }, suffixStart };
        }
        return this.identOrUnknownPrefix();
      }
      case 0x62: // 'b'
        return this.cOrByteString('b');
      case 0x63: // 'c'
        return this.cOrByteString('c');
      case 0x27: // '\''
        return this.lifetimeOrChar();
      case 0x22: { // '"'
        const terminated = this.doubleQuotedString();
        const suffixStart = this.i;
        if (terminated) this.eatLiteralSuffix();
        return { k: 'literal', lit: { k: 'str', terminated }, suffixStart };
      }
      case 0x23: // '#'
        if (this.first() === 0x22 || this.first() === 0x23) {
          this.bump();
          return { k: 'guardedStrPrefix' };
        }
        return PUNCT_RAW.get('#')!;
    }
    if (isWhitespace(c)) {
      // Fast path for ASCII whitespace, the common case.
      const src = this.src;
      let i = this.i;
      for (let ch = src.charCodeAt(i); ch === 32 || (ch >= 9 && ch <= 13); ch = src.charCodeAt(++i)) {
        // skip
      }
      this.i = i;
      this.eatWhile(isWhitespace);
      return WS_RAW;
    }
    if (isIdStart(c)) return this.identOrUnknownPrefix();
    if (isDigit(c)) {
      const lit = this.number(c);
      const suffixStart = this.i;
      this.eatLiteralSuffix();
      return { k: 'literal', lit, suffixStart };
    }
    if (c < 0x80) {
      const p = SINGLE_PUNCT[String.fromCharCode(c)];
      if (p) return PUNCT_RAW.get(p)!;
    }
    if (isNonAsciiEmoji(c)) return this.invalidIdent();
    return { k: 'unknown' };
  }

  private invalidIdent(): RawKind {
    this.eatWhile((c) => isIdContinue(c) || isNonAsciiEmoji(c) || c === 0x200d);
    return { k: 'invalidIdent' };
  }

  private isLoneConfusable(start: number, end: number): boolean {
    const c = this.cp(start);
    return end - start === (c > 0xffff ? 2 : 1) && CONFUSABLES.has(c);
  }

  /** rustc's Ferris fix: `Ferris` after `struct`/`enum`/..., `FERRIS` after `const`/`static`. */
  private ferrisFix(start: number): string {
    const words = this.src.slice(0, start).trimEnd().split(/\s+/);
    const last = words[words.length - 1];
    if (last === 'struct' || last === 'trait' || last === 'mod' || last === 'union' || last === 'type' || last === 'enum') return 'Ferris';
    if (last === 'const' || last === 'static' || (last === 'mut' && words[words.length - 2] === 'static')) return 'FERRIS';
    return 'ferris';
  }

  /** rustc's `cook_doc_comment`: a bare CR in a doc comment is an error. */
  private reportCrInDocComment(contentStart: number, contentEnd: number, block: boolean): void {
    for (let j = contentStart; j < contentEnd; j++) {
      if (this.src.charCodeAt(j) === 13) this.emit(new PDiag(`bare CR not allowed in ${block ? 'block doc-comment' : 'doc-comment'}`, this.sp(j, j + 1)));
    }
  }

  private lineComment(): RawKind {
    this.bump(); // second '/'
    let doc: DocStyle | null = null;
    const f = this.first();
    if (f === 0x21) doc = 'lineInner';
    else if (f === 0x2f && this.second() !== 0x2f) doc = 'lineOuter';
    while (this.i < this.src.length && this.src.charCodeAt(this.i) !== 10) this.i++;
    return { k: 'lineComment', doc };
  }

  private blockComment(): RawKind {
    this.bump(); // '*'
    let doc: DocStyle | null = null;
    const f = this.first();
    if (f === 0x21) doc = 'blockInner';
    else if (f === 0x2a && this.second() !== 0x2a && this.second() !== 0x2f) doc = 'blockOuter';
    let depth = 1;
    const s = this.src;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i++);
      if (c === 0x2f && s.charCodeAt(this.i) === 0x2a) {
        this.i++;
        depth++;
      } else if (c === 0x2a && s.charCodeAt(this.i) === 0x2f) {
        this.i++;
        depth--;
        if (depth === 0) break;
      }
    }
    return { k: 'blockComment', doc, terminated: depth === 0 };
  }

  private identOrUnknownPrefix(): RawKind {
    // Fast path for ASCII identifier characters, the common case.
    const src = this.src;
    let i = this.i;
    for (let ch = src.charCodeAt(i); (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57) || ch === 95; ch = src.charCodeAt(++i)) {
      // skip
    }
    this.i = i;
    this.eatWhile(isIdContinue);
    const f = this.first();
    if (f === 0x23 || f === 0x22 || f === 0x27) return { k: 'unknownPrefix' };
    if (f >= 0 && isNonAsciiEmoji(f)) return this.invalidIdent();
    return IDENT_RAW;
  }

  private cOrByteString(prefix: 'b' | 'c'): RawKind {
    const f = this.first();
    const s = this.second();
    if (f === 0x27 && prefix === 'b') {
      this.bump();
      const terminated = this.singleQuotedString();
      const suffixStart = this.i;
      if (terminated) this.eatLiteralSuffix();
      return { k: 'literal', lit: { k: 'byte', terminated }, suffixStart };
    }
    if (f === 0x22) {
      this.bump();
      const terminated = this.doubleQuotedString();
      const suffixStart = this.i;
      if (terminated) this.eatLiteralSuffix();
      return { k: 'literal', lit: prefix === 'b' ? { k: 'byteStr', terminated } : { k: 'cStr', terminated }, suffixStart };
    }
    if (f === 0x72 && (s === 0x22 || s === 0x23)) {
      this.bump();
      const hashes = this.rawDoubleQuotedString(2);
      const suffixStart = this.i;
      if (typeof hashes === 'number') this.eatLiteralSuffix();
      return { k: 'literal', lit: prefix === 'b' ? { k: 'rawByteStr', hashes } : { k: 'rawCStr', hashes }, suffixStart };
    }
    return this.identOrUnknownPrefix();
  }

  private number(firstDigit: number): RawLit {
    let base = 10;
    if (firstDigit === 0x30) {
      const f = this.first();
      if (f === 0x62 || f === 0x6f) {
        base = f === 0x62 ? 2 : 8;
        this.bump();
        if (!this.eatDecimalDigits()) return { k: 'int', base, emptyInt: true };
      } else if (f === 0x78) {
        base = 16;
        this.bump();
        if (!this.eatHexDigits()) return { k: 'int', base, emptyInt: true };
      } else if (isDigit(f) || f === 0x5f) {
        this.eatDecimalDigits();
      } else if (f === 0x2e || f === 0x65 || f === 0x45) {
        // fall through to the fraction/exponent check
      } else {
        return { k: 'int', base, emptyInt: false };
      }
    } else {
      this.eatDecimalDigits();
    }
    const f = this.first();
    if (f === 0x2e && this.second() !== 0x2e && !isIdStart(this.second())) {
      this.bump();
      let emptyExponent = false;
      if (isDigit(this.first())) {
        this.eatDecimalDigits();
        const g = this.first();
        if (g === 0x65 || g === 0x45) {
          this.bump();
          emptyExponent = !this.eatFloatExponent();
        }
      }
      return { k: 'float', base, emptyExponent };
    }
    if (f === 0x65 || f === 0x45) {
      this.bump();
      const emptyExponent = !this.eatFloatExponent();
      return { k: 'float', base, emptyExponent };
    }
    return { k: 'int', base, emptyInt: false };
  }

  private eatDecimalDigits(): boolean {
    let has = false;
    for (;;) {
      const c = this.first();
      if (c === 0x5f) this.bump();
      else if (isDigit(c)) {
        has = true;
        this.bump();
      } else return has;
    }
  }

  private eatHexDigits(): boolean {
    let has = false;
    for (;;) {
      const c = this.first();
      if (c === 0x5f) this.bump();
      else if (isHexDigit(c)) {
        has = true;
        this.bump();
      } else return has;
    }
  }

  private eatFloatExponent(): boolean {
    if (this.first() === 0x2d || this.first() === 0x2b) this.bump();
    return this.eatDecimalDigits();
  }

  private eatLiteralSuffix(): void {
    const c = this.first();
    if (c >= 0 && isIdStart(c)) {
      this.bump();
      this.eatWhile(isIdContinue);
    }
  }

  private lifetimeOrChar(): RawKind {
    const canBeLifetime = this.second() === 0x27 ? false : isIdStart(this.first()) || isDigit(this.first());
    if (!canBeLifetime) {
      const terminated = this.singleQuotedString();
      const suffixStart = this.i;
      if (terminated) this.eatLiteralSuffix();
      return { k: 'literal', lit: { k: 'char', terminated }, suffixStart };
    }
    if (this.first() === 0x72 && this.second() === 0x23 && isIdStart(this.third())) {
      this.bump();
      this.bump();
      this.bump();
      this.eatWhile(isIdContinue);
      return { k: 'rawLifetime' };
    }
    const startsWithNumber = isDigit(this.first());
    this.bump();
    this.eatWhile(isIdContinue);
    if (this.first() === 0x27) {
      this.bump();
      return { k: 'literal', lit: { k: 'char', terminated: true }, suffixStart: this.i };
    }
    if (this.first() === 0x23 && !startsWithNumber) return { k: 'unknownPrefixLifetime' };
    return { k: 'lifetime', startsWithNumber };
  }

  private singleQuotedString(): boolean {
    if (this.second() === 0x27 && this.first() !== 0x5c) {
      this.bump();
      this.bump();
      return true;
    }
    for (;;) {
      const c = this.first();
      if (c === 0x27) {
        this.bump();
        return true;
      }
      if (c === 0x2f) break;
      if (c === 10 && this.second() !== 0x27) break;
      if (c < 0) break;
      if (c === 0x5c) {
        this.bump();
        this.bump();
      } else {
        this.bump();
      }
    }
    return false;
  }

  private doubleQuotedString(): boolean {
    const s = this.src;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i++);
      if (c === 0x22) return true;
      if (c === 0x5c) {
        const n = s.charCodeAt(this.i);
        if (n === 0x5c || n === 0x22) this.i++;
      }
    }
    return false;
  }

  /** `r#*"..."#*` after the prefix; the number of hashes or an error (rustc's `raw_double_quoted_string`). */
  private rawDoubleQuotedString(prefixLen: number): number | RawStrError {
    const start = this.i - prefixLen;
    void start;
    let hashes = 0;
    while (this.first() === 0x23) {
      hashes++;
      this.bump();
    }
    const open = this.bump();
    if (open !== 0x22) {
      return { e: 'invalidStarter', badChar: open };
    }
    let maxHashes = 0;
    let possibleOffset: number | null = null;
    const tokenStart = this.i - 1 - hashes - prefixLen;
    for (;;) {
      // Skip to the next `"`.
      const s = this.src;
      let j = this.i;
      while (j < s.length && s.charCodeAt(j) !== 0x22) j++;
      if (j >= s.length) {
        this.i = s.length;
        if (hashes > 255) return { e: 'tooManyDelimiters', found: hashes };
        return { e: 'noTerminator', expected: hashes, found: maxHashes, possibleOffset };
      }
      this.i = j + 1;
      let n = 0;
      while (this.first() === 0x23 && n < hashes) {
        n++;
        this.bump();
      }
      if (n === hashes) {
        if (hashes > 255) return { e: 'tooManyDelimiters', found: hashes };
        return hashes;
      }
      if (n > maxHashes) {
        // Offset of the `#`s after the quote, from the token start (rustc counts bytes).
        maxHashes = n;
        possibleOffset = this.i - n - tokenStart;
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Cooking and lexical errors (rustc_parse::lexer).

  private cookLiteral(start: number, suffixStart: number, end: number, lit: RawLit): Cooked {
    const sp = (lo: number, hi: number) => this.sp(lo, hi);
    let kind: LitKind;
    let sym: string;
    let hashes = 0;
    switch (lit.k) {
      case 'char':
        if (!lit.terminated) {
          const d = new PDiag('unterminated character literal', sp(start, suffixStart)).withCode('E0762');
          if (this.lastLifetime) {
            d.multipart('if you meant to write a string literal, use double quotes', [
              { span: this.lastLifetime, snippet: '"' },
              { span: sp(start, start + 1), snippet: '"' },
            ], 'MaybeIncorrect');
          }
          this.fatal(d);
        }
        [kind, sym] = this.cookUnicode('char', 'char', start, suffixStart, 1, 1);
        break;
      case 'byte':
        if (!lit.terminated) this.fatal(new PDiag('unterminated byte constant', sp(start + 1, suffixStart)).withCode('E0763'));
        [kind, sym] = this.cookUnicode('byte', 'byte', start, suffixStart, 2, 1);
        break;
      case 'str':
        if (!lit.terminated) this.fatal(new PDiag('unterminated double quote string', sp(start, suffixStart)).withCode('E0765'));
        [kind, sym] = this.cookUnicode('str', 'str', start, suffixStart, 1, 1);
        break;
      case 'byteStr':
        if (!lit.terminated) this.fatal(new PDiag('unterminated double quote byte string', sp(start + 1, suffixStart)).withCode('E0766'));
        [kind, sym] = this.cookUnicode('byteStr', 'byteStr', start, suffixStart, 2, 1);
        break;
      case 'cStr':
        if (!lit.terminated) this.fatal(new PDiag('unterminated C string', sp(start + 1, suffixStart)).withCode('E0767'));
        [kind, sym] = this.cookUnicode('cStr', 'cStr', start, suffixStart, 2, 1);
        break;
      case 'rawStr': case 'rawByteStr': case 'rawCStr': {
        const prefixLen = lit.k === 'rawStr' ? 1 : 2;
        if (typeof lit.hashes !== 'number') this.reportRawStrError(start, prefixLen, lit.hashes);
        hashes = lit.hashes as number;
        const mode: Mode = lit.k === 'rawStr' ? 'rawStr' : lit.k === 'rawByteStr' ? 'rawByteStr' : 'rawCStr';
        const litKind: LitKind = lit.k === 'rawStr' ? 'strRaw' : lit.k === 'rawByteStr' ? 'byteStrRaw' : 'cStrRaw';
        [kind, sym] = this.cookUnicode(litKind, mode, start, suffixStart, prefixLen + 1 + hashes, 1 + hashes);
        break;
      }
      case 'int': {
        kind = 'integer';
        if (lit.emptyInt) {
          this.emit(new PDiag('no valid digits found for number', sp(start, suffixStart)).withCode('E0768'));
          kind = 'err';
        } else if (lit.base === 2 || lit.base === 8) {
          for (let j = start + 2; j < suffixStart; j++) {
            const c = this.src.charCodeAt(j);
            if (c !== 0x5f && !(c >= 48 && c < 48 + lit.base)) {
              this.emit(new PDiag(`invalid digit for a base ${lit.base} literal`, sp(j, j + 1)));
              kind = 'err';
            }
          }
        }
        sym = this.src.slice(start, suffixStart);
        break;
      }
      case 'float': {
        kind = 'float';
        if (lit.emptyExponent) {
          // rustc's span here runs to the end of the token, suffix included.
          this.emit(new PDiag('expected at least one digit in exponent', sp(start, end)));
          kind = 'err';
        }
        const baseName = lit.base === 16 ? 'hexadecimal' : lit.base === 8 ? 'octal' : lit.base === 2 ? 'binary' : null;
        if (baseName) {
          this.emit(new PDiag(`${baseName} float literal is not supported`, sp(start, suffixStart)));
          kind = 'err';
        }
        sym = this.src.slice(start, suffixStart);
        break;
      }
    }
    let suffix: string | null = null;
    if (suffixStart < end) {
      const s = this.src.slice(suffixStart, end);
      if (s === '_') this.emit(new PDiag('underscore literal suffix is not allowed', sp(suffixStart, end)));
      else suffix = nfc(s);
    }
    return { kind: 'literal', lo: start, hi: end, sym, raw: false, lit: kind, hashes, suffix, doc: null, spacing: 'alone' };
  }

  private cookUnicode(kind: LitKind, mode: Mode, start: number, end: number, prefixLen: number, postfixLen: number): [LitKind, string] {
    const contentStart = start + prefixLen;
    const contentEnd = end - postfixLen;
    const content = this.src.slice(contentStart, contentEnd);
    // Fast path: nothing to check in plain ASCII text without escapes, quotes or CRs.
    if (!/[\\\r"'\u0080-\uffff\0]/.test(content) && content.length > 0 && mode !== 'char' && mode !== 'byte') return [kind, content];
    let error = false;
    unescape(content, mode, (s, e, res) => {
      if (typeof res === 'string') {
        const fatal = this.reportEscapeError(content, start, end, contentStart, s, e, mode, res);
        if (fatal) error = true;
      }
    });
    if (error) return ['err', this.src.slice(start, end)];
    return [kind, content];
  }

  /** rustc's `emit_unescape_error`; returns whether the error makes the literal an error literal. */
  private reportEscapeError(lit: string, litStart: number, litEnd: number, contentStart: number, s: number, e: number, mode: Mode, err: EscapeError): boolean {
    const errSpan = this.sp(contentStart + s, contentStart + e);
    const fullSpan = this.sp(litStart, litEnd);
    const lastChar = (): [number, Span] => {
      const cps = [...lit.slice(s, e)];
      const c = cps[cps.length - 1]!.codePointAt(0)!;
      const clen = c > 0xffff ? 2 : 1;
      return [c, this.sp(contentStart + e - clen, contentStart + e)];
    };
    const isByte = mode === 'byte';
    let d: PDiag;
    switch (err) {
      case 'LoneSurrogateUnicodeEscape':
      case 'OutOfRangeUnicodeEscape':
        d = new PDiag('invalid unicode character escape', errSpan).label(errSpan, 'invalid escape')
          .help(err === 'LoneSurrogateUnicodeEscape' ? 'unicode escape must not be a surrogate' : 'unicode escape must be at most 10FFFF');
        break;
      case 'MoreThanOneChar': {
        d = new PDiag('character literal may only contain one codepoint', fullSpan);
        const prefix = isByte ? 'b' : '';
        let escaped = '';
        let inEscape = false;
        for (const ch of lit) {
          if (ch === '\\') inEscape = !inEscape;
          else if (ch === '"' && !inEscape) escaped += '\\';
          else inEscape = false;
          escaped += ch;
        }
        const msg = `if you meant to write a ${isByte ? 'byte string' : 'string'} literal, use double quotes`;
        if (escaped.length !== lit.length) {
          d.suggestionVerbose(fullSpan, msg, `${prefix}"${escaped}"`, 'MachineApplicable');
        } else {
          d.multipart(msg, [
            { span: this.sp(litStart, litStart + prefix.length + 1), snippet: `${prefix}"` },
            { span: this.sp(litEnd - 1, litEnd), snippet: '"' },
          ], 'MachineApplicable');
        }
        break;
      }
      case 'EscapeOnlyChar': {
        const [c, charSpan] = lastChar();
        d = new PDiag(`${isByte ? 'byte' : 'character'} constant must be escaped: \`${escapedChar(c)}\``, errSpan)
          .suggestionVerbose(charSpan, 'escape the character', escapeDefault(c), 'MachineApplicable');
        break;
      }
      case 'BareCarriageReturn':
        d = new PDiag(mode === 'char' || mode === 'byte' ? 'character constant must be escaped: `\\r`' : 'bare CR not allowed in string, use `\\r` instead', errSpan)
          .suggestionVerbose(errSpan, 'escape the character', '\\r', 'MachineApplicable');
        break;
      case 'BareCarriageReturnInRawString':
        d = new PDiag('bare CR not allowed in raw string', errSpan);
        break;
      case 'InvalidEscape': {
        const [c, sp] = lastChar();
        const label = mode === 'byte' || mode === 'byteStr' ? 'unknown byte escape' : 'unknown character escape';
        d = new PDiag(`${label}: \`${escapedChar(c)}\``, sp).label(sp, label);
        if (c === 0x7b || (c === 0x7d && (mode === 'str' || mode === 'rawStr'))) {
          d.help('if used in a formatting string, curly braces are escaped with `{{` and `}}`');
        } else if (c === 13) {
          d.help('this is an isolated carriage return; consider checking your editor and version control settings');
        } else {
          if (mode === 'str' || mode === 'char') {
            d.suggestion(fullSpan, 'if you meant to write a literal backslash (perhaps escaping in a regular expression), consider a raw string literal', `r"${lit}"`, 'MaybeIncorrect');
          }
          d.help('for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>');
        }
        break;
      }
      case 'TooShortHexEscape':
        d = new PDiag('numeric character escape is too short', errSpan);
        break;
      case 'InvalidCharInHexEscape':
      case 'InvalidCharInUnicodeEscape': {
        const [c, sp] = lastChar();
        const what = err === 'InvalidCharInHexEscape' ? 'numeric character' : 'unicode';
        d = new PDiag(`invalid character in ${what} escape: \`${escapedChar(c)}\``, sp).label(sp, `invalid character in ${what} escape`);
        break;
      }
      case 'NonAsciiCharInByte': {
        const [c, sp] = lastChar();
        const desc = mode === 'byte' ? 'byte literal' : mode === 'byteStr' ? 'byte string literal' : 'raw byte string literal';
        d = new PDiag(`non-ASCII character in ${desc}`, sp);
        const zeroWidth = /[\p{Mn}\p{Me}\p{Cf}]/u.test(String.fromCodePoint(c));
        d.label(sp, `must be ASCII${zeroWidth ? ` but is ${debugChar(c)}` : ''}`);
        if (c <= 0xff && mode !== 'rawByteStr') {
          d.suggestion(sp, `if you meant to use the unicode code point for ${debugChar(c)}, use a \\xHH escape`, `\\x${c.toString(16).toUpperCase()}`, 'MaybeIncorrect');
        } else if (mode === 'byte') {
          d.label(sp, 'this multibyte character does not fit into a single byte');
        } else if (mode !== 'rawByteStr') {
          const bytes = new TextEncoder().encode(String.fromCodePoint(c));
          d.suggestion(sp, `if you meant to use the UTF-8 encoding of ${debugChar(c)}, use \\xHH escapes`, [...bytes].map((b) => `\\x${b.toString(16).toUpperCase()}`).join(''), 'MaybeIncorrect');
        }
        break;
      }
      case 'OutOfRangeHexEscape': {
        d = new PDiag('out of range hex escape', errSpan).label(errSpan, 'must be a character in the range [\\x00-\\x7f]');
        // `"\xFF"` alone: perhaps a byte or a Unicode character was meant.
        const esc = lit.slice(s, e);
        if (new TextEncoder().encode(lit).length <= 4 && esc.length === 4 && esc.startsWith('\\x') && (mode === 'char' || mode === 'str')) {
          const value = parseInt(esc.slice(2), 16);
          d.help(`if you want to write a byte literal, use \`b'${esc}'\``).help(`if you want to write a Unicode character, use \`'\\u{${value.toString(16).toUpperCase()}}'\``);
        }
        break;
      }
      case 'LeadingUnderscoreUnicodeEscape': {
        const [c, sp] = lastChar();
        d = new PDiag(`invalid start of unicode escape: \`${escapedChar(c)}\``, sp).label(sp, 'invalid start of unicode escape');
        break;
      }
      case 'OverlongUnicodeEscape':
        d = new PDiag('overlong unicode escape', errSpan).label(errSpan, 'must have at most 6 hex digits');
        break;
      case 'UnclosedUnicodeEscape':
        d = new PDiag('unterminated unicode escape', errSpan).label(errSpan, 'missing a closing `}`')
          .suggestionVerbose(span(errSpan.hi, errSpan.hi), 'terminate the unicode escape', '}', 'MaybeIncorrect');
        break;
      case 'NoBraceInUnicodeEscape': {
        const [c, charSpan] = lastChar();
        let sugg = '\\u{';
        let len = 0;
        const rest = [c, ...[...lit.slice(e)].map((x) => x.codePointAt(0)!)];
        for (const ch of rest.slice(0, 6)) {
          if (!isHexDigit(ch)) break;
          sugg += String.fromCodePoint(ch);
          len++;
        }
        d = new PDiag('incorrect unicode escape sequence', errSpan);
        if (len > 0) {
          sugg += '}';
          d.suggestionVerbose(span(errSpan.lo, charSpan.lo + len), 'format of unicode escape sequences uses braces', sugg, 'MaybeIncorrect');
        } else {
          d.label(errSpan, 'incorrect unicode escape sequence').help('format of unicode escape sequences is `\\u{...}`');
        }
        break;
      }
      case 'UnicodeEscapeInByte':
        d = new PDiag('unicode escape in byte string', errSpan).label(errSpan, 'unicode escape in byte string')
          .help('unicode escape sequences cannot be used as a byte or in a byte string');
        break;
      case 'EmptyUnicodeEscape':
        d = new PDiag('empty unicode escape', errSpan).label(errSpan, 'this escape must have at least 1 hex digit');
        break;
      case 'ZeroChars':
        d = new PDiag('empty character literal', errSpan).label(errSpan, 'empty character literal');
        break;
      case 'LoneSlash':
        d = new PDiag('invalid trailing slash in literal', errSpan).label(errSpan, 'invalid trailing slash in literal');
        break;
      case 'NulInCStr':
        d = new PDiag('null characters in C string literals are not supported', errSpan);
        break;
      case 'UnskippedWhitespaceWarning': {
        const [c, charSpan] = lastChar();
        d = new PDiag(`whitespace symbol '${escapedChar(c)}' is not skipped`, errSpan, 'warning')
          .label(charSpan, `whitespace symbol '${escapedChar(c)}' is not skipped`);
        break;
      }
      case 'MultipleSkippedLinesWarning':
        d = new PDiag('multiple lines skipped by escaped newline', errSpan, 'warning').label(errSpan, 'skipping everything up to and including this point');
        break;
    }
    this.emit(d);
    return !isWarning(err);
  }

  private reportUnterminatedBlockComment(start: number, doc: boolean): never {
    const msg = doc ? 'unterminated block doc-comment' : 'unterminated block comment';
    const d = new PDiag(msg, this.sp(start, this.i)).withCode('E0758');
    const text = this.src.slice(start, this.i);
    const opens: number[] = [];
    let last: [number, number] | null = null;
    for (let k = 0; k < text.length; k++) {
      const c = text[k];
      const n = text[k + 1];
      if (c === '/' && n === '*') opens.push(k);
      else if (c === '*' && n === '/') {
        const o = opens.pop();
        last = o === undefined ? null : [o, k];
      }
    }
    if (last) {
      d.label(this.sp(start, start + 2), msg)
        .label(this.sp(start + last[0], start + last[0] + 2), '...as last nested comment starts here, maybe you want to close this instead?')
        .label(this.sp(start + last[1], start + last[1] + 2), '...and last nested comment terminates here.');
    }
    this.fatal(d);
  }

  private reportUnknownPrefix(start: number, end: number): void {
    if (!atLeast2021(this.edition)) return; // a lint before 2021 (allowed by default)
    const prefix = this.src.slice(start, end);
    const prefixSpan = this.sp(start, end);
    const d = new PDiag(`prefix \`${prefix}\` is unknown`, prefixSpan).label(prefixSpan, 'unknown prefix');
    d.note('prefixed identifiers and literals are reserved since Rust 2021');
    if (prefix === 'rb') {
      d.suggestionVerbose(prefixSpan, 'use `br` for a raw byte string', 'br', 'MaybeIncorrect');
    } else if (this.first() === 0x27 && this.lastLifetime && this.third() !== 0x27 && this.text.line(this.lastLifetime.lo) === this.text.line(this.pos(end))) {
      d.multipart('if you meant to write a string literal, use double quotes', [
        { span: this.lastLifetime, snippet: '"' },
        { span: this.sp(end, end + 1), snippet: '"' },
      ], 'MaybeIncorrect', 'ShowAlways');
    } else {
      d.suggestionVerbose(span(prefixSpan.hi, prefixSpan.hi), 'consider inserting whitespace here', ' ', 'MaybeIncorrect');
    }
    this.emit(d);
  }

  private cookGuardedStr(start: number): Cooked | null {
    // `#"..."#` or `##...`: reserved in 2024.
    const s = this.src;
    let j = start;
    let n = 0;
    while (s.charCodeAt(j) === 0x23) {
      n++;
      j++;
    }
    const spaceSpan = span(this.pos(start + 1), this.pos(start + 1));
    if (s.charCodeAt(j) === 0x22) {
      // A guarded string: find `"` followed by n `#`.
      let k = j + 1;
      let terminated = false;
      while (k < s.length) {
        const c = s.charCodeAt(k++);
        if (c === 0x5c) {
          k++;
          continue;
        }
        if (c === 0x22) {
          let m = 0;
          while (m < n && s.charCodeAt(k + m) === 0x23) m++;
          if (m === n) {
            k += m;
            terminated = true;
            break;
          }
        }
      }
      this.i = k;
      if (!terminated) this.fatal(new PDiag('unterminated double quote string', this.sp(start + n, this.i)).withCode('E0765'));
      const d = new PDiag('invalid string literal', this.sp(start, this.i)).note('unprefixed guarded string literals are reserved for future use since Rust 2024')
        .suggestionVerbose(spaceSpan, 'consider inserting whitespace here', ' ', 'MaybeIncorrect');
      this.emit(d);
      return { kind: 'literal', lo: start, hi: this.i, sym: s.slice(start, this.i), raw: false, lit: 'err', hashes: 0, suffix: null, doc: null, spacing: 'alone' };
    }
    if (n < 2) return null;
    this.i = start + 2;
    const d = new PDiag('reserved multi-hash token is forbidden', this.sp(start, start + 2)).note('sequences of two or more # are reserved for future use since Rust 2024')
      .suggestionVerbose(spaceSpan, 'consider inserting whitespace here', ' ', 'MaybeIncorrect');
    this.emit(d);
    return { kind: 'literal', lo: start, hi: this.i, sym: '##', raw: false, lit: 'err', hashes: 0, suffix: null, doc: null, spacing: 'alone' };
  }

  private reportRawStrError(start: number, prefixLen: number, err: RawStrError): never {
    switch (err.e) {
      case 'invalidStarter':
        this.fatal(new PDiag(`found invalid character; only \`#\` is allowed in raw string delimitation: ${escapedChar(err.badChar)}`, this.sp(start, this.i)));
        break;
      case 'noTerminator': {
        const at = this.sp(start, start);
        const d = new PDiag('unterminated raw string', at).withCode('E0748').label(at, 'unterminated raw string');
        if (err.expected > 0) d.note(`this raw string should be terminated with \`"${'#'.repeat(err.expected)}\``);
        if (err.possibleOffset !== null) {
          const lo = start + err.possibleOffset;
          d.suggestion(this.sp(lo, lo + err.found), 'consider terminating the string here', '#'.repeat(err.expected), 'MaybeIncorrect');
        }
        this.fatal(d);
        break;
      }
      case 'tooManyDelimiters':
        this.fatal(new PDiag(`too many \`#\` symbols: raw strings may be delimited by up to 255 \`#\` symbols, but found ${err.found}`, this.sp(start, this.i)));
    }
    void prefixLen;
    throw new LexFatal();
  }

  /** "unknown start of token"; returns the token the character is recovered as, if any. */
  private reportUnknownStart(start: number, end: number, c: number, repeats: number, repeatEnd: number): Cooked | null {
    const d = new PDiag(`unknown start of token: ${escapedChar(c)}`, this.sp(start, repeatEnd));
    let token: Cooked | null = null;
    const confusable = CONFUSABLES.get(c);
    if (confusable) {
      const [uName, ascii] = confusable;
      const info = ASCII_NAMES.get(ascii)!;
      const chStr = String.fromCodePoint(c);
      // Directed double quotes with a closing one: suggest replacing the whole quote.
      const closeIdx = c === 0x201c ? this.src.indexOf('\u201d', end) : -1;
      if (closeIdx >= 0) {
        const inner = this.src.slice(end, closeIdx);
        d.suggestionVerbose(this.sp(start, closeIdx + 1),
          `Unicode characters '${chStr}' (${uName}) and '\u201d' (Right Double Quotation Mark) look like '${ascii}' (${info.name}), but are not`,
          `"${inner}"`, 'MaybeIncorrect');
      } else {
        const n = repeats + 1;
        d.suggestionVerbose(this.sp(start, repeatEnd), `Unicode character '${chStr.repeat(n)}' (${uName}) looks like '${ascii}' (${info.name}), but it is not`, ascii.repeat(n), 'MaybeIncorrect');
      }
      if (info.token !== null) {
        token = this.cooked(info.token, start, end, info.token === 'ident' ? '_' : '');
      }
    } else if (INVISIBLE_CHARS.has(c)) {
      d.help(`invisible characters like '${escapeDefault(c)}' are not usually visible in text editors`);
    }
    if (c === 0) d.help('source files must contain UTF-8 encoded text, unexpected null bytes might occur when a different encoding is used');
    if (repeats > 0) d.note(repeats === 1 ? 'character appears once more' : `character appears ${repeats} more times`);
    this.emit(d);
    return token;
  }
}


function nfc(s: string): string {
  // ASCII is always in NFC; skip the call on the hot path.
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return s.normalize('NFC');
  return s;
}

/** Lexes a file's text (already normalised by the source map). */
export function lex(text: SourceText, edition: Edition): LexOutput {
  return new Lexer(text, edition).lex();
}

export { isByteMode };
