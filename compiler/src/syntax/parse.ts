/**
 * Parsing one file: lex, check delimiters, parse the items. This is the `syntax.parse` task (see
 * query/tasks.ts): its input and output are plain data, so it runs the same on the main thread
 * and on a worker. It never throws for a bad program; the outcome says how rustc would go on.
 *
 * Owns: the file-level entry points and their outcome. Must not: touch the file system or emit.
 */
import type { Edition } from './edition.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from './source-map.js';
import type { SourceFileAst, Expr, Ty, Pat, Item, Stmt } from './ast.js';
import type { Token } from './token.js';
import { SourceText } from './source-text.js';
import { lex, type BadUnicodeIdent } from './lexer.js';
import { checkDelimiters } from './token-trees.js';
import { Parser, PErr, FatalError } from './parser/parser.js';
import { parseCrateMod, parseItem } from './parser/item.js';
import { parseExpr } from './parser/expr.js';
import { parseTy } from './parser/ty.js';
import { parsePatAllowTopAlt } from './parser/pattern.js';
import { parseFullStmt } from './parser/stmt.js';
import { makeToken } from './token.js';

export interface ParseInput {
  /** The file's index in the session's source map (part of every node id). */
  readonly fileIndex: number;
  readonly name: string;
  /** The text as the source map holds it (BOM removed, CRLF normalised). */
  readonly src: string;
  /** Global position of the file's first byte. */
  readonly startPos: number;
  readonly edition: Edition;
}

/**
 * - `ok`: no error.
 * - `recovered`: errors were reported and the tree has `err` nodes; rustc goes on to later phases.
 * - `failed`: the file's items could not be parsed (rustc: for the crate root it stops; for an
 *   out-of-line module it goes on with an empty module).
 * - `fatal`: rustc stops the compilation right after these diagnostics (unterminated literals,
 *   unbalanced delimiters, a parser fatal error).
 */
export type ParseOutcome = 'ok' | 'recovered' | 'failed' | 'fatal';

export interface StashedDiagnostic {
  /** rustc's `StashKey` (`ItemNoType`): a later phase may steal and improve it. */
  readonly key: string;
  readonly span: Span;
  readonly diag: Diagnostic;
}

export interface ParseOutput {
  /** Null when `failed` or `fatal`. */
  readonly ast: SourceFileAst | null;
  readonly diagnostics: Diagnostic[];
  readonly stashed: StashedDiagnostic[];
  /** Identifiers with emoji, reported for the whole crate after expansion (see crate-loader.ts). */
  readonly badUnicodeIdents: BadUnicodeIdent[];
  readonly outcome: ParseOutcome;
}

function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.level === 'error');
}

/** Lexes and parses one file. */
export function parseSourceFile(input: ParseInput): ParseOutput {
  const text = new SourceText(input.src, input.startPos);
  const lexed = lex(text, input.edition);
  if (lexed.fatal) return { ast: null, diagnostics: lexed.diagnostics, stashed: [], badUnicodeIdents: [], outcome: 'fatal' };
  const delimErrors = checkDelimiters(lexed.tokens, text);
  if (delimErrors.length > 0) return { ast: null, diagnostics: [...lexed.diagnostics, ...delimErrors], stashed: [], badUnicodeIdents: [], outcome: 'fatal' };
  const badUnicodeIdents = lexed.badUnicodeIdents;
  const p = new Parser(lexed.tokens, text, input.edition, input.fileIndex);
  p.diagnostics.push(...lexed.diagnostics);
  try {
    const ast = parseCrateMod(p);
    return { ast, diagnostics: p.diagnostics, stashed: p.stashed, badUnicodeIdents, outcome: hasErrors(p.diagnostics) ? 'recovered' : 'ok' };
  } catch (e) {
    if (e instanceof PErr) {
      p.emit(e.diag);
      return { ast: null, diagnostics: p.diagnostics, stashed: p.stashed, badUnicodeIdents, outcome: 'failed' };
    }
    if (e instanceof FatalError) return { ast: null, diagnostics: p.diagnostics, stashed: p.stashed, badUnicodeIdents: [], outcome: 'fatal' };
    if (isStackOverflow(e)) {
      // rustc grows its stack for deeply nested code; weftc's recursive descent has a fixed one.
      p.emit(p.err('weftc does not support code nested this deeply yet', p.tokSpan()));
      return { ast: null, diagnostics: p.diagnostics, stashed: p.stashed, badUnicodeIdents: [], outcome: 'fatal' };
    }
    throw e;
  }
}

function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

// ---------------------------------------------------------------------------------------------
// Parsing token slices (for macro expansion: `println!("{}", x)` arguments, `vec![...]`).

export interface FragmentResult<T> {
  readonly value: T | null;
  readonly diagnostics: Diagnostic[];
}

/**
 * Parses a fragment from tokens taken out of a `MacCall`. `text` is the file the tokens came from
 * (for spans and snippets); `what` names the fragment in "found end of macro arguments" errors.
 */
export function parseFragment<T>(tokens: readonly Token[], text: SourceText, edition: Edition, fileIndex: number, idBase: number, f: (p: Parser) => T): FragmentResult<T> {
  const last = tokens[tokens.length - 1];
  const eofPos = last ? last.hi : text.startPos;
  const p = new Parser([...tokens, makeToken('eof', eofPos, eofPos)], text, edition, fileIndex);
  p.subparserName = 'macro arguments';
  p.skipIds(idBase);
  try {
    const value = f(p);
    return { value, diagnostics: p.diagnostics };
  } catch (e) {
    if (e instanceof PErr) {
      p.emit(e.diag);
      return { value: null, diagnostics: p.diagnostics };
    }
    if (e instanceof FatalError) return { value: null, diagnostics: p.diagnostics };
    if (isStackOverflow(e)) {
      p.emit(p.err('weftc does not support code nested this deeply yet', p.tokSpan()));
      return { value: null, diagnostics: p.diagnostics };
    }
    throw e;
  }
}

export const fragmentParsers = {
  expr: (p: Parser): Expr => parseExpr(p),
  ty: (p: Parser): Ty => parseTy(p),
  pat: (p: Parser): Pat => parsePatAllowTopAlt(p, { expected: null, recoverComma: false, recoverColon: false, commaRecovery: 'likelyTuple' }),
  item: (p: Parser): Item | null => parseItem(p),
  stmt: (p: Parser): Stmt | null => parseFullStmt(p, false),
};

export { SourceText };
