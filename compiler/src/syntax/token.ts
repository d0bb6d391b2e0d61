/**
 * Tokens, after rustc_ast's `token.rs`: what the lexer produces and the parser consumes. A token is
 * plain data (it crosses worker boundaries inside `MacCall` arguments). Multi-character operators
 * are already glued (`::`, `>>=`); the parser breaks them when it needs half of one (`>>` closing
 * two generic lists). Keywords are identifiers whose name is a keyword: whether a name is reserved
 * depends on the edition (`async` is an identifier in 2015), so the checks take the edition.
 *
 * Owns: token shapes, keyword tables, the token predicates rustc's parser uses (`can_begin_expr`,
 * `can_begin_type`, ...) and rustc's token descriptions for messages. Must not: lex or parse.
 */
import type { Edition } from './edition.js';

/** Punctuation, spelled as in source. */
export type Punct =
  | '=' | '<' | '<=' | '==' | '!=' | '>=' | '>' | '&&' | '||' | '!' | '~'
  | '+' | '-' | '*' | '/' | '%' | '^' | '&' | '|' | '<<' | '>>'
  | '+=' | '-=' | '*=' | '/=' | '%=' | '^=' | '&=' | '|=' | '<<=' | '>>='
  | '@' | '.' | '..' | '...' | '..=' | ',' | ';' | ':' | '::' | '->' | '<-' | '=>' | '#' | '$' | '?';

export type OpenDelim = '(' | '[' | '{';
export type CloseDelim = ')' | ']' | '}';
export type Delimiter = 'paren' | 'bracket' | 'brace';

export type TokenKind = Punct | OpenDelim | CloseDelim | 'ident' | 'lifetime' | 'literal' | 'docComment' | 'eof';

/** rustc's `token::LitKind`; `err` is a literal the lexer already reported. */
export type LitKind = 'bool' | 'byte' | 'char' | 'integer' | 'float' | 'str' | 'strRaw' | 'byteStr' | 'byteStrRaw' | 'cStr' | 'cStrRaw' | 'err';

/** Doc comment styles: line outer (three slashes), line inner (slashes and bang), block outer, block inner. */
export type DocStyle = 'lineOuter' | 'lineInner' | 'blockOuter' | 'blockInner';

/** rustc's `Spacing`: whether the next token follows without whitespace, and if it is punctuation. */
export type Spacing = 'alone' | 'joint' | 'jointHidden';

export interface Token {
  readonly kind: TokenKind;
  /** Global byte positions (see source-map.ts). */
  readonly lo: number;
  readonly hi: number;
  /**
   * The symbol: an identifier's name (without `r#`), a lifetime with its `'`, a literal's text
   * between its quotes (or the digits of a number), a doc comment's text; '' otherwise.
   */
  readonly sym: string;
  /** A raw identifier (`r#match`) or raw lifetime (`'r#a`). */
  readonly raw: boolean;
  /** For literals: the kind and the number of `#` of raw strings. */
  readonly lit: LitKind | null;
  readonly hashes: number;
  readonly suffix: string | null;
  readonly doc: DocStyle | null;
  readonly spacing: Spacing;
}

export function makeToken(kind: TokenKind, lo: number, hi: number, sym = '', spacing: Spacing = 'alone'): Token {
  return { kind, lo, hi, sym, raw: false, lit: null, hashes: 0, suffix: null, doc: null, spacing };
}

// ---------------------------------------------------------------------------------------------
// Keywords (rustc_span::symbol::kw).

/** Keywords used in every edition. */
const STRICT_KEYWORDS = new Set([
  'as', 'break', 'const', 'continue', 'crate', 'else', 'enum', 'extern', 'false', 'fn', 'for', 'if', 'impl', 'in',
  'let', 'loop', 'match', 'mod', 'move', 'mut', 'pub', 'ref', 'return', 'self', 'Self', 'static', 'struct', 'super',
  'trait', 'true', 'type', 'unsafe', 'use', 'where', 'while',
]);
/** Reserved for future use in every edition. */
const RESERVED_KEYWORDS = new Set(['abstract', 'become', 'box', 'do', 'final', 'macro', 'override', 'priv', 'typeof', 'unsized', 'virtual', 'yield']);
/** Used keywords from 2018 on. */
const USED_2018 = new Set(['async', 'await', 'dyn']);

/** `_` and the internal path-root symbols are "special" (rustc's `is_special`). */
export function isSpecialIdent(name: string): boolean {
  return name === '_' || name === '{{root}}' || name === '$crate';
}

export function isUsedKeyword(name: string, edition: Edition): boolean {
  return STRICT_KEYWORDS.has(name) || (edition !== '2015' && USED_2018.has(name));
}

export function isUnusedKeyword(name: string, edition: Edition): boolean {
  return RESERVED_KEYWORDS.has(name) || (edition !== '2015' && name === 'try') || (edition === '2024' && name === 'gen');
}

/** rustc's `Ident::is_reserved`: special identifiers and (edition-dependent) keywords. */
export function isReservedName(name: string, edition: Edition): boolean {
  return isSpecialIdent(name) || isUsedKeyword(name, edition) || isUnusedKeyword(name, edition);
}

/** Keywords that may be path segments: `self`, `Self`, `super`, `crate`. */
export function isPathSegmentKeyword(name: string): boolean {
  return name === 'self' || name === 'Self' || name === 'super' || name === 'crate' || name === '{{root}}' || name === '$crate';
}

/** Whether `r#name` is allowed (rustc's `Symbol::can_be_raw`). */
export function canBeRaw(name: string): boolean {
  return name !== '' && name !== '_' && !isPathSegmentKeyword(name);
}

/** Every keyword that is in use in `edition`, for the misspelled-keyword suggestion. */
export function usedKeywords(edition: Edition): string[] {
  const all = [...STRICT_KEYWORDS, ...(edition === '2015' ? [] : USED_2018)];
  // rustc lists them in symbol order; the order only matters for ties in edit distance.
  return all;
}

// ---------------------------------------------------------------------------------------------
// Predicates (rustc_ast::token::Token).

export function isIdent(t: Token): boolean {
  return t.kind === 'ident';
}

/** `t` is the non-raw identifier `kw` (rustc's `is_keyword`; no edition check, like rustc). */
export function isKeyword(t: Token, kw: string): boolean {
  return t.kind === 'ident' && !t.raw && t.sym === kw;
}

export function isReservedIdent(t: Token, edition: Edition): boolean {
  return t.kind === 'ident' && !t.raw && isReservedName(t.sym, edition);
}

export function isNonReservedIdent(t: Token, edition: Edition): boolean {
  return t.kind === 'ident' && (t.raw || !isReservedName(t.sym, edition));
}

export function isPathSegmentKeywordToken(t: Token): boolean {
  return t.kind === 'ident' && !t.raw && isPathSegmentKeyword(t.sym);
}

export function isBoolLit(t: Token): boolean {
  return t.kind === 'ident' && !t.raw && (t.sym === 'true' || t.sym === 'false');
}

export function isLit(t: Token): boolean {
  return t.kind === 'literal' || isBoolLit(t);
}

/** rustc's `is_path_start`. */
export function isPathStart(t: Token, edition: Edition): boolean {
  return t.kind === '::' || t.kind === '<' || t.kind === '<<' || isPathSegmentKeywordToken(t) || isNonReservedIdent(t, edition);
}

const EXPR_KEYWORDS = new Set([
  'async', 'do', 'box', 'break', 'const', 'continue', 'false', 'for', 'gen', 'if', 'let', 'loop', 'match', 'move',
  'return', 'true', 'try', 'unsafe', 'while', 'yield', 'safe', 'static',
]);

/** rustc's `can_begin_expr`. */
export function canBeginExpr(t: Token, edition: Edition): boolean {
  switch (t.kind) {
    case 'ident':
      return t.raw || !isReservedName(t.sym, edition) || isPathSegmentKeyword(t.sym) || EXPR_KEYWORDS.has(t.sym);
    case '(': case '{': case '[': case 'literal': case '!': case '-': case '*': case '|': case '||': case '&': case '&&':
    case '..': case '...': case '..=': case '<': case '<<': case '::': case 'lifetime': case '#':
      return true;
    default:
      return false;
  }
}

const TYPE_KEYWORDS = new Set(['_', 'for', 'impl', 'fn', 'unsafe', 'extern', 'typeof', 'dyn']);

/** rustc's `can_begin_type`. */
export function canBeginType(t: Token, edition: Edition): boolean {
  switch (t.kind) {
    case 'ident':
      return t.raw || !isReservedName(t.sym, edition) || isPathSegmentKeyword(t.sym) || TYPE_KEYWORDS.has(t.sym);
    case '(': case '[': case '!': case '*': case '&': case '&&': case '?': case 'lifetime': case '<': case '<<': case '::':
      return true;
    default:
      return false;
  }
}

/** rustc's `can_begin_const_arg`. */
export function canBeginConstArg(t: Token): boolean {
  return t.kind === '{' || t.kind === 'literal' || t.kind === '-' || isBoolLit(t);
}

const ITEM_KEYWORDS = new Set(['fn', 'use', 'struct', 'enum', 'pub', 'trait', 'extern', 'impl', 'unsafe', 'const', 'safe', 'static', 'union', 'macro', 'mod', 'type']);

/** rustc's `can_begin_item`. */
export function canBeginItem(t: Token): boolean {
  return t.kind === 'ident' && ITEM_KEYWORDS.has(t.sym);
}

/** rustc's `can_begin_pattern` (used by closures and `let` recovery). */
export function canBeginPattern(t: Token, edition: Edition): boolean {
  switch (t.kind) {
    case 'ident':
      return t.raw || !isReservedName(t.sym, edition) || isPathSegmentKeyword(t.sym) || ['_', 'ref', 'mut', 'box', 'true', 'false', 'const'].includes(t.sym);
    case '(': case '[': case '&': case '&&': case '-': case '..': case '...': case '..=': case '<': case '<<': case '::':
    case 'literal': case 'lifetime': case '|': case '!':
      return true;
    default:
      return false;
  }
}

export function isPunct(t: Token): boolean {
  return isPunctKind(t.kind);
}

/** Whether a token kind is an operator or other punctuation (not a delimiter, word or literal). */
export function isPunctKind(kind: TokenKind): boolean {
  switch (kind) {
    case 'ident': case 'lifetime': case 'literal': case 'docComment': case 'eof':
    case '(': case ')': case '[': case ']': case '{': case '}':
      return false;
    default:
      return true;
  }
}

export function isOpenDelim(kind: TokenKind): kind is OpenDelim {
  return kind === '(' || kind === '[' || kind === '{';
}

export function isCloseDelim(kind: TokenKind): kind is CloseDelim {
  return kind === ')' || kind === ']' || kind === '}';
}

export function closeOf(open: OpenDelim): CloseDelim {
  return open === '(' ? ')' : open === '[' ? ']' : '}';
}

export function delimOf(t: OpenDelim | CloseDelim): Delimiter {
  return t === '(' || t === ')' ? 'paren' : t === '[' || t === ']' ? 'bracket' : 'brace';
}

/** Splits a glued operator whose first part is `first` (rustc's `break_two_token_op`). */
export function breakTwoTokenOp(kind: TokenKind): [Punct, Punct] | null {
  switch (kind) {
    case '>=': return ['>', '='];
    case '<=': return ['<', '='];
    case '!=': return ['!', '='];
    case '>>': return ['>', '>'];
    case '<<': return ['<', '<'];
    case '&&': return ['&', '&'];
    case '||': return ['|', '|'];
    case '..': return ['.', '.'];
    case '..=': return ['..', '='];
    case '...': return ['..', '.'];
    case '::': return [':', ':'];
    case '==': return ['=', '='];
    case '+=': return ['+', '='];
    case '-=': return ['-', '='];
    case '*=': return ['*', '='];
    case '/=': return ['/', '='];
    case '%=': return ['%', '='];
    case '^=': return ['^', '='];
    case '&=': return ['&', '='];
    case '|=': return ['|', '='];
    case '<<=': return ['<', '<='];
    case '>>=': return ['>', '>='];
    case '->': return ['-', '>'];
    case '<-': return ['<', '-'];
    case '=>': return ['=', '>'];
    default: return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Printing (rustc_ast_pretty::pprust::token_to_string and the parser's `token_descr`).

/** The literal as written: quotes, prefix, hashes and suffix around the symbol. */
export function literalToString(lit: LitKind, sym: string, hashes: number, suffix: string | null): string {
  const h = '#'.repeat(hashes);
  let s: string;
  switch (lit) {
    case 'byte': s = `b'${sym}'`; break;
    case 'char': s = `'${sym}'`; break;
    case 'str': s = `"${sym}"`; break;
    case 'strRaw': s = `r${h}"${sym}"${h}`; break;
    case 'byteStr': s = `b"${sym}"`; break;
    case 'byteStrRaw': s = `br${h}"${sym}"${h}`; break;
    case 'cStr': s = `c"${sym}"`; break;
    case 'cStrRaw': s = `cr${h}"${sym}"${h}`; break;
    default: s = sym;
  }
  return suffix === null ? s : s + suffix;
}

export function docCommentToString(style: DocStyle, text: string): string {
  switch (style) {
    case 'lineOuter': return `///${text}`;
    case 'lineInner': return `//!${text}`;
    case 'blockOuter': return `/**${text}*/`;
    case 'blockInner': return `/*!${text}*/`;
  }
}

/** rustc's `token_to_string`. */
export function tokenToString(t: Token): string {
  switch (t.kind) {
    case 'ident': return t.raw ? `r#${t.sym}` : t.sym;
    case 'lifetime': return t.raw ? `'r#${t.sym.slice(1)}` : t.sym;
    case 'literal': return literalToString(t.lit!, t.sym, t.hashes, t.suffix);
    case 'docComment': return docCommentToString(t.doc!, t.sym);
    case 'eof': return '<eof>';
    default: return t.kind;
  }
}

/** The text of a token kind without a value (rustc's `token_kind_to_string`). */
export function tokenKindToString(kind: TokenKind): string {
  switch (kind) {
    case 'eof': return '<eof>';
    default: return kind;
  }
}

/** rustc's `token_descr`: "keyword `fn`", "reserved identifier `_`", "`;`", ... */
export function tokenDescr(t: Token, edition: Edition): string {
  const s = tokenToString(t);
  if (t.kind === 'ident' && !t.raw) {
    if (isSpecialIdent(t.sym)) return `reserved identifier \`${s}\``;
    if (isUsedKeyword(t.sym, edition)) return `keyword \`${s}\``;
    if (isUnusedKeyword(t.sym, edition)) return `reserved keyword \`${s}\``;
  }
  if (t.kind === 'docComment') return `doc comment \`${s}\``;
  return `\`${s}\``;
}
