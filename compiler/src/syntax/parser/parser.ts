/**
 * The parser's state and primitives, after rustc_parse's `parser/mod.rs`: the token cursor, the
 * `check`/`eat`/`expect` family with rustc's "expected tokens" bookkeeping (every failed `check`
 * records what would have been accepted, and `expected one of ...` lists them), sequences,
 * snapshots for speculative parsing, and node construction.
 *
 * Error handling mirrors rustc's `PResult`: a parse function that cannot continue throws a
 * `PErr` holding a diagnostic draft; callers either recover (emit it and skip tokens) or let it
 * propagate. Everything is caught at the entry points (`parse.ts`), so a bad program never
 * escapes as an exception. `FatalError` is rustc's `FatalError.raise()`: parsing of the file
 * stops.
 *
 * The construct parsers are functions in sibling files (`expr.ts`, `item.ts`, ...) taking the
 * parser as first argument; this file must not know any construct.
 */
import {
  type Token, type TokenKind, type Punct, breakTwoTokenOp, canBeginConstArg, canBeginType, isIdent, isKeyword,
  isPathStart, isReservedIdent, makeToken, tokenDescr, tokenKindToString, isOpenDelim, isCloseDelim, isPunct,
} from '../token.js';
import type { Edition } from '../edition.js';
import { span, type Span } from '../source-map.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { PDiag } from '../diag.js';
import type { SourceText } from '../source-text.js';
import { type NodeId, type Ident, makeNodeId } from '../ast.js';
// A cycle by design: the error reporters need the parser, the primitives need the reporters.
import { expectedOneOfNotFound, expectedIdentFound, expectedIdentFoundErr, recoverMissingBracesAroundClosureBody } from './diagnostics.js';

/** A parse error on its way up (rustc's `Err(Diag)`). */
export class PErr {
  constructor(readonly diag: PDiag) {}
}

/** rustc's `FatalError.raise()`: stop parsing this file. */
export class FatalError {}

export const R_STMT_EXPR = 1;
export const R_NO_STRUCT_LITERAL = 2;
export const R_CONST_EXPR = 4;
export const R_ALLOW_LET = 8;
export const R_IS_PAT = 16;

/** An expected-token entry, spelled as rustc prints it (`` `;` ``, `identifier`, `type`...). */
export type Expected = string;

const TK_CACHE = new Map<TokenKind, Expected>();
const KW_CACHE = new Map<string, Expected>();

/** The expected-token string for a token kind (cached: `check` runs for every token). */
export function tk(kind: TokenKind): Expected {
  let e = TK_CACHE.get(kind);
  if (e === undefined) {
    e = '`' + tokenKindToString(kind) + '`';
    TK_CACHE.set(kind, e);
  }
  return e;
}

export function kwExp(kw: string): Expected {
  let e = KW_CACHE.get(kw);
  if (e === undefined) {
    e = '`' + kw + '`';
    KW_CACHE.set(kw, e);
  }
  return e;
}

export const EXP_IDENT = 'identifier';
export const EXP_PATH = 'path';
export const EXP_TYPE = 'type';
export const EXP_LIFETIME = 'lifetime';
export const EXP_CONST = 'a const expression';
export const EXP_OPERATOR = 'an operator';

/*
 * Raw expected entries, formatted only when a message needs them (see `Parser.expected`):
 * a token kind (`(`), a keyword (`fn`), or, after a NUL, an entry already spelled out.
 */
const RAW_IDENT = '\0' + EXP_IDENT;
const RAW_PATH = '\0' + EXP_PATH;
const RAW_TYPE = '\0' + EXP_TYPE;
const RAW_LIFETIME = '\0' + EXP_LIFETIME;
const RAW_CONST = '\0' + EXP_CONST;
const TOKEN_KIND_WORDS: ReadonlySet<string> = new Set(['ident', 'lifetime', 'literal', 'docComment', 'eof']);

function formatExpected(raw: string): Expected {
  if (raw.charCodeAt(0) === 0) return raw.slice(1);
  // Punctuation and the word-like token kinds are token kinds; other words are keywords.
  if (TOKEN_KIND_WORDS.has(raw) || !/^[a-zA-Z_]/.test(raw)) return tk(raw as TokenKind);
  return kwExp(raw);
}

export interface Snapshot {
  readonly pos: number;
  readonly token: Token;
  readonly prevToken: Token;
  readonly expected: Expected[];
  readonly restrictions: number;
  readonly diagCount: number;
  readonly lastUnexpected: Span | null;
  readonly unmatchedAngle: number;
  readonly nodeCounter: number;
}

export interface ClosureSpans {
  readonly wholeClosure: Span;
  readonly closingPipe: Span;
  readonly body: Span;
}

export class Parser {
  token: Token;
  prevToken: Token;
  /** Index of the token after `token` in `tokens`. */
  pos: number;
  restrictions = 0;
  readonly diagnostics: Diagnostic[] = [];
  /** Errors rustc stashes for a later phase to improve (`StashKey::ItemNoType`...). */
  readonly stashed: { key: string; span: Span; diag: Diagnostic }[] = [];
  lastUnexpectedTokenSpan: Span | null = null;
  unmatchedAngleBracketCount = 0;
  currentClosure: ClosureSpans | null = null;
  /** Spans of block-like statements followed by an ambiguous operator (rustc's `ambiguous_block_expr_parse`). */
  readonly ambiguousBlockExprParse = new Map<number, Span>();
  private nodeCounter = 0;
  /** Set while parsing macro arguments and other token slices: no recovery, "end of ..." messages. */
  subparserName: string | null = null;

  constructor(
    readonly tokens: readonly Token[],
    readonly text: SourceText,
    readonly edition: Edition,
    readonly fileIndex: number,
  ) {
    this.prevToken = makeToken('eof', text.startPos, text.startPos);
    this.token = tokens[0]!;
    this.pos = 1;
  }

  // -------------------------------------------------------------------------------------------
  // Nodes.

  /** Starts node ids at `base` (for fragments parsed after the file, e.g. macro arguments). */
  skipIds(base: number): void {
    this.nodeCounter = base;
  }

  nextId(): NodeId {
    return makeNodeId(this.fileIndex, this.nodeCounter++);
  }

  ident(name: string, sp: Span): Ident {
    return { name, span: sp };
  }

  // -------------------------------------------------------------------------------------------
  // Spans.

  tokSpan(t: Token = this.token): Span {
    return span(t.lo, t.hi);
  }

  prevSpan(): Span {
    return span(this.prevToken.lo, this.prevToken.hi);
  }

  /** From the start of `lo` to the end of the previous token. */
  spanFrom(lo: Span): Span {
    return span(lo.lo, Math.max(lo.hi, this.prevToken.hi));
  }

  isMultiline(s: Span): boolean {
    return this.text.isMultiline(s);
  }

  snippet(s: Span): string {
    return this.text.snippet(s);
  }

  // -------------------------------------------------------------------------------------------
  // The cursor.

  bump(): void {
    this.prevToken = this.token;
    const next = this.tokens[this.pos] ?? this.tokens[this.tokens.length - 1]!;
    if (this.pos < this.tokens.length) this.pos++;
    // As in rustc, EOF takes the span of the token before it, so errors at the end of a file
    // point at the last token (`bump_with`'s "point at the end of prev token").
    this.token = next.kind === 'eof' && this.prevToken.kind !== 'eof' ? { ...next, lo: this.prevToken.lo, hi: this.prevToken.hi } : next;
    this.clearExpected();
  }

  bumpWith(next: Token): void {
    this.prevToken = this.token;
    this.token = next;
    this.clearExpected();
  }

  /** `lookAhead(0)` is the current token; past the end it is EOF. */
  lookAhead(dist: number): Token {
    if (dist === 0) return this.token;
    const t = this.tokens[this.pos + dist - 1];
    return t ?? this.tokens[this.tokens.length - 1]!;
  }

  isKeywordAhead(dist: number, kws: readonly string[]): boolean {
    const t = this.lookAhead(dist);
    return kws.some((k) => isKeyword(t, k));
  }

  snapshot(): Snapshot {
    return {
      pos: this.pos,
      token: this.token,
      prevToken: this.prevToken,
      expected: [...this.expRaw],
      restrictions: this.restrictions,
      diagCount: this.diagnostics.length,
      lastUnexpected: this.lastUnexpectedTokenSpan,
      unmatchedAngle: this.unmatchedAngleBracketCount,
      nodeCounter: this.nodeCounter,
    };
  }

  /** Rewinds to a snapshot. Diagnostics emitted since stay emitted, as in rustc. */
  restore(s: Snapshot): void {
    this.pos = s.pos;
    this.token = s.token;
    this.prevToken = s.prevToken;
    this.expRaw = [...s.expected];
    this.restrictions = s.restrictions;
    this.lastUnexpectedTokenSpan = s.lastUnexpected;
    this.unmatchedAngleBracketCount = s.unmatchedAngle;
    this.nodeCounter = s.nodeCounter;
  }

  /** Runs `f` speculatively; on error rewinds and returns null (the error is cancelled). */
  attempt<T>(f: () => T): T | null {
    const s = this.snapshot();
    try {
      return f();
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
      this.restore(s);
      return null;
    }
  }

  withRes<T>(r: number, f: () => T): T {
    const old = this.restrictions;
    this.restrictions = r;
    try {
      return f();
    } finally {
      this.restrictions = old;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Diagnostics.

  emit(d: PDiag): void {
    this.diagnostics.push(d.build());
  }

  err(message: string, sp: Span | Span[] | null): PDiag {
    return new PDiag(message, sp);
  }

  /** Creates and emits an error. */
  emitErr(message: string, sp: Span | Span[]): PDiag {
    const d = new PDiag(message, sp);
    this.emit(d);
    return d;
  }

  fail(d: PDiag): never {
    throw new PErr(d);
  }

  /**
   * Runs `f`, which reports a parse error by throwing; returns that error (rustc's `Err(err)`,
   * to be amended and emitted or cancelled) or null when `f` went through.
   */
  caught(f: () => unknown): PErr | null {
    try {
      f();
      return null;
    } catch (e) {
      if (e instanceof PErr) return e;
      throw e;
    }
  }

  descr(t: Token = this.token): string {
    return tokenDescr(t, this.edition);
  }

  // -------------------------------------------------------------------------------------------
  // Checks that record what was expected.

  /**
   * What the failed checks since the last bump would have accepted, spelled as rustc prints them,
   * without duplicates, in the order they were checked. Checks run for nearly every token, so
   * they only push a raw entry; the list is built here, when a message needs it.
   */
  get expected(): Expected[] {
    const out: Expected[] = [];
    for (const raw of this.expRaw) {
      const e = formatExpected(raw);
      if (!out.includes(e)) out.push(e);
    }
    return out;
  }

  private expRaw: string[] = [];

  /** Forgets what was expected (after a bump). */
  private clearExpected(): void {
    if (this.expRaw.length > 0) this.expRaw = [];
  }

  /** Records an entry already spelled out (`` `mut` ``, `an operator`). */
  addExpectedToken(e: Expected): void {
    this.expRaw.push('\0' + e);
  }

  check(kind: TokenKind): boolean {
    if (this.token.kind === kind) return true;
    this.expRaw.push(kind);
    return false;
  }

  /** The current token's kind is `kind` (no expectation recorded; not narrowed by TypeScript). */
  at(kind: TokenKind): boolean {
    return this.token.kind === kind;
  }

  checkNoExpect(kind: TokenKind): boolean {
    return this.token.kind === kind;
  }

  eat(kind: TokenKind): boolean {
    if (this.check(kind)) {
      this.bump();
      return true;
    }
    return false;
  }

  eatNoExpect(kind: TokenKind): boolean {
    if (this.token.kind === kind) {
      this.bump();
      return true;
    }
    return false;
  }

  checkKeyword(kw: string): boolean {
    if (isKeyword(this.token, kw)) return true;
    this.expRaw.push(kw);
    return false;
  }

  eatKeyword(kw: string): boolean {
    if (this.checkKeyword(kw)) {
      this.bump();
      return true;
    }
    return false;
  }

  eatKeywordNoExpect(kw: string): boolean {
    if (isKeyword(this.token, kw)) {
      this.bump();
      return true;
    }
    return false;
  }

  /** `eat_keyword_case` with `Case::Insensitive`: `Fn` is eaten as `fn` with an error. */
  eatKeywordCaseInsensitive(kw: string): boolean {
    if (this.eatKeyword(kw)) return true;
    const t = this.token;
    if (t.kind === 'ident' && !t.raw && t.sym.toLowerCase() === kw.toLowerCase()) {
      const sp = this.tokSpan();
      this.emit(this.err(`keyword \`${kw}\` is written in the wrong case`, sp).suggestionVerbose(sp, 'write it in lowercase', kw, 'MachineApplicable'));
      this.bump();
      return true;
    }
    return false;
  }

  expectKeyword(kw: string): void {
    if (!this.eatKeyword(kw)) this.unexpected();
  }

  isKeywordToken(kw: string): boolean {
    return isKeyword(this.token, kw);
  }

  checkIdent(): boolean {
    if (isIdent(this.token)) return true;
    this.expRaw.push(RAW_IDENT);
    return false;
  }

  checkPath(): boolean {
    if (isPathStart(this.token, this.edition)) return true;
    this.expRaw.push(RAW_PATH);
    return false;
  }

  checkType(): boolean {
    if (canBeginType(this.token, this.edition)) return true;
    this.expRaw.push(RAW_TYPE);
    return false;
  }

  checkConstArg(): boolean {
    if (canBeginConstArg(this.token)) return true;
    this.expRaw.push(RAW_CONST);
    return false;
  }

  checkLifetime(): boolean {
    if (this.token.kind === 'lifetime') return true;
    this.expRaw.push(RAW_LIFETIME);
    return false;
  }

  checkPlus(): boolean {
    if (this.token.kind === '+' || this.token.kind === '+=') return true;
    this.expRaw.push('+');
    return false;
  }

  /** Is the current token `kw` followed by a non-reserved identifier? */
  isKwFollowedByIdent(kw: string): boolean {
    const next = this.lookAhead(1);
    return isKeyword(this.token, kw) && isIdent(next) && !isReservedIdent(next, this.edition);
  }

  /** Eats `kind`, splitting a glued operator (`>>` → `>` `>`) when needed. */
  breakAndEat(kind: Punct): boolean {
    if (this.token.kind === kind) {
      this.bump();
      return true;
    }
    const parts = breakTwoTokenOp(this.token.kind);
    if (parts && parts[0] === kind) {
      const t = this.token;
      const firstLen = kind.length;
      const first: Token = { ...t, kind: parts[0], hi: t.lo + firstLen };
      const second: Token = { ...t, kind: parts[1], lo: t.lo + firstLen };
      this.token = first;
      this.bumpWith(second);
      return true;
    }
    this.expRaw.push(kind);
    return false;
  }

  eatPlus(): boolean {
    return this.breakAndEat('+');
  }

  expectAnd(): void {
    if (!this.breakAndEat('&')) this.unexpected();
  }

  expectOr(): void {
    if (!this.breakAndEat('|')) this.unexpected();
  }

  eatLt(): boolean {
    const ate = this.breakAndEat('<');
    if (ate) this.unmatchedAngleBracketCount++;
    return ate;
  }

  expectLt(): void {
    if (!this.eatLt()) this.unexpected();
  }

  expectGt(): void {
    if (this.breakAndEat('>')) {
      if (this.unmatchedAngleBracketCount > 0) this.unmatchedAngleBracketCount--;
    } else {
      this.unexpected();
    }
  }

  // -------------------------------------------------------------------------------------------
  // Expecting.

  /**
   * Expects and eats `kind`. Returns true when an error was reported and recovered from (rustc's
   * `Recovered::Yes`); throws when it cannot recover.
   */
  expect(kind: TokenKind): boolean {
    if (this.expRaw.length === 0) {
      if (this.token.kind === kind) {
        this.bump();
        return false;
      }
      this.fail(this.unexpectedTryRecover(kind));
    }
    return this.expectOneOf([kind], []);
  }

  expectOneOf(edible: readonly TokenKind[], inedible: readonly TokenKind[]): boolean {
    if (edible.includes(this.token.kind)) {
      this.bump();
      return false;
    }
    if (inedible.includes(this.token.kind)) return false;
    if (this.token.kind !== 'eof' && this.lastUnexpectedTokenSpan !== null && this.lastUnexpectedTokenSpan.lo === this.token.lo && this.lastUnexpectedTokenSpan.hi === this.token.hi) {
      throw new FatalError();
    }
    return expectedOneOfNotFound(this, edible, inedible);
  }

  /** Reports the current token as unexpected; never returns. */
  unexpected(): never {
    this.expectOneOf([], []);
    // rustc: `Ok` from `expect_one_of` here means a recovered error; parsing cannot go on.
    throw new FatalError();
  }

  /** "expected `X`, found Y" for a single expected token (rustc's `unexpected_try_recover`). */
  unexpectedTryRecover(kind: TokenKind): PDiag {
    const tokenStr = tokenKindToString(kind);
    const thisStr = this.descr();
    let prevSp: Span;
    let sp: Span;
    if (this.token.kind === 'eof' && this.subparserName !== null) {
      const s = span(this.prevToken.hi, this.prevToken.hi);
      prevSp = s;
      sp = s;
    } else if (this.token.kind === 'eof') {
      prevSp = this.prevSpan();
      sp = this.tokSpan();
    } else {
      prevSp = span(this.prevToken.hi, this.prevToken.hi);
      sp = this.tokSpan();
    }
    const found = this.token.kind === 'eof' && this.subparserName !== null ? `end of ${this.subparserName}` : thisStr;
    const d = this.err(`expected \`${tokenStr}\`, found ${found}`, sp);
    const labelExp = `expected \`${tokenStr}\``;
    if (!this.isMultiline(span(Math.min(prevSp.lo, sp.lo), Math.max(prevSp.lo, sp.lo)))) {
      d.label(sp, labelExp);
    } else {
      d.label(prevSp, labelExp);
      d.label(sp, 'unexpected token');
    }
    return d;
  }

  // -------------------------------------------------------------------------------------------
  // Identifiers.

  parseIdent(): Ident {
    return this.parseIdentCommon(true);
  }

  parseIdentCommon(recover: boolean): Ident {
    const t = this.token;
    if (t.kind !== 'ident') {
      const r = expectedIdentFound(this, recover);
      return r;
    }
    if (!t.raw && isReservedIdent(t, this.edition)) {
      const d = expectedIdentFoundErr(this);
      if (recover) this.emit(d);
      else this.fail(d);
    }
    this.bump();
    return this.ident(t.sym, this.tokSpan(t));
  }

  // -------------------------------------------------------------------------------------------
  // Sequences (rustc's `parse_seq_to_before_tokens` and friends).

  /**
   * Parses `f` separated by `sep` until one of `closes` (not consumed). Returns the items, whether
   * there was a trailing separator, and whether an error was recovered.
   */
  parseSeqToBeforeTokens<T>(
    closesExpected: readonly TokenKind[],
    closesNotExpected: readonly TokenKind[],
    sep: { sep: TokenKind | null; trailingAllowed: boolean },
    f: () => T,
  ): { items: T[]; trailing: boolean; recovered: boolean } {
    let first = true;
    let recovered = false;
    let trailing = false;
    const items: T[] = [];
    const atClose = () => closesExpected.some((k) => this.check(k)) || closesNotExpected.some((k) => this.token.kind === k);
    while (!atClose()) {
      if (isCloseDelim(this.token.kind) || this.token.kind === 'eof') break;
      if (sep.sep !== null) {
        if (first) {
          first = false;
        } else {
          let expectErr: PDiag | null = null;
          try {
            const rec = this.expect(sep.sep);
            this.currentClosure = null;
            if (rec) {
              recovered = true;
              break;
            }
          } catch (e) {
            if (!(e instanceof PErr)) throw e;
            expectErr = e.diag;
          }
          if (expectErr) {
            const sp = span(this.prevToken.hi, this.prevToken.hi);
            const tokenStr = tokenKindToString(sep.sep);
            const closure = this.currentClosure;
            this.currentClosure = null;
            if (closure && this.token.kind === ';') {
              recoverMissingBracesAroundClosureBody(this, closure, expectErr);
              continue;
            }
            if (similarTokens(sep.sep).includes(this.token.kind)) this.bump();
            if (isIdent(this.prevToken) && this.token.kind === '..') {
              expectErr.suggestionVerbose(span(this.prevToken.hi, this.token.lo),
                `if you meant to bind the contents of the rest of the array pattern into \`${this.prevToken.sym}\`, use \`@\``, ' @ ', 'MaybeIncorrect');
              this.emit(expectErr);
              break;
            }
            this.lastUnexpectedTokenSpan = null;
            const s = this.snapshot();
            void s;
            let ok = false;
            let t: T | undefined;
            try {
              t = f();
              ok = true;
            } catch (e) {
              if (!(e instanceof PErr)) throw e;
              for (const c of e.diag.children) expectErr.children.push(c);
              if (this.token.kind === ':') throw new PErr(expectErr);
              if (closesExpected.length === 1 && closesExpected[0] === ')') throw new PErr(expectErr);
              this.emit(expectErr);
              break;
            }
            if (ok) {
              expectErr.suggestionShort(sp, `missing \`${tokenStr}\``, tokenStr, 'MaybeIncorrect');
              this.emit(expectErr);
              items.push(t as T);
              continue;
            }
          }
        }
      }
      if (sep.trailingAllowed && atClose()) {
        trailing = true;
        break;
      }
      items.push(f());
    }
    return { items, trailing, recovered };
  }

  /** Parses a sequence and its closing delimiter. */
  parseSeqToEnd<T>(close: TokenKind, sep: { sep: TokenKind | null; trailingAllowed: boolean }, f: () => T): { items: T[]; trailing: boolean } {
    const r = this.parseSeqToBeforeTokens([close], [], sep, f);
    if (!r.recovered) this.eat(close);
    return { items: r.items, trailing: r.trailing };
  }

  parseDelimCommaSeq<T>(open: TokenKind, close: TokenKind, f: () => T): { items: T[]; trailing: boolean } {
    this.expect(open);
    return this.parseSeqToEnd(close, { sep: ',', trailingAllowed: true }, f);
  }

  parseParenCommaSeq<T>(f: () => T): { items: T[]; trailing: boolean } {
    return this.parseDelimCommaSeq('(', ')', f);
  }

  // -------------------------------------------------------------------------------------------
  // Token trees.

  /** Parses one token tree and returns its tokens (a delimited group includes its delimiters). */
  parseTokenTree(): Token[] {
    const t = this.token;
    if (isOpenDelim(t.kind)) {
      const out: Token[] = [];
      let depth = 0;
      for (;;) {
        const cur = this.token;
        if (isOpenDelim(cur.kind)) depth++;
        else if (isCloseDelim(cur.kind)) depth--;
        out.push(cur);
        this.bump();
        if (depth === 0 || cur.kind === 'eof') break;
      }
      return out;
    }
    this.bump();
    return [t];
  }

  /** Eats tokens up to (not including) one of `closes`, token tree by token tree. */
  eatToTokens(closes: readonly TokenKind[]): void {
    try {
      this.parseSeqToBeforeTokens(closes, [], { sep: null, trailingAllowed: false }, () => this.parseTokenTree());
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
    }
  }

  /** rustc's `consume_block`. */
  consumeBlock(open: TokenKind, close: TokenKind, consumeClose: boolean): void {
    let depth = 0;
    for (;;) {
      if (this.eat(open)) {
        depth++;
      } else if (this.check(close)) {
        if (depth === 0) {
          if (consumeClose) this.bump();
          return;
        }
        this.bump();
        depth--;
      } else if (this.token.kind === 'eof') {
        return;
      } else {
        this.bump();
      }
    }
  }

  /** rustc's `recover_stmt_`. */
  recoverStmt(breakOnSemi: 'break' | 'ignore' | 'comma' = 'ignore', breakOnBlock: 'break' | 'ignore' = 'ignore'): void {
    let braceDepth = 0;
    let bracketDepth = 0;
    let inBlock = false;
    for (;;) {
      const k = this.token.kind;
      if (k === '{') {
        braceDepth++;
        this.bump();
        if (breakOnBlock === 'break' && braceDepth === 1 && bracketDepth === 0) inBlock = true;
      } else if (k === '[') {
        bracketDepth++;
        this.bump();
      } else if (k === '}') {
        if (braceDepth === 0) break;
        braceDepth--;
        this.bump();
        if (inBlock && bracketDepth === 0 && braceDepth === 0) break;
      } else if (k === ']') {
        bracketDepth = Math.max(0, bracketDepth - 1);
        this.bump();
      } else if (k === 'eof') {
        break;
      } else if (k === ';') {
        this.bump();
        if (breakOnSemi === 'break' && braceDepth === 0 && bracketDepth === 0) break;
      } else if (k === ',' && breakOnSemi === 'comma' && braceDepth === 0 && bracketDepth === 0) {
        break;
      } else {
        this.bump();
      }
    }
  }
}

/** rustc's `TokenKind::similar_tokens`: separators that are likely typos of each other. */
export function similarTokens(kind: TokenKind): TokenKind[] {
  switch (kind) {
    case ',': return ['.', '<', ';'];
    case ';': return [':', ','];
    case ':': return [';'];
    case '=>': return ['=', '->', '>=', '>'];
    default: return [];
  }
}

export function isPunctToken(t: Token): boolean {
  return isPunct(t);
}

