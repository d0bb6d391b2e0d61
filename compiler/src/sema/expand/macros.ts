/**
 * The std macros ordinary programs use, expanded the way std's definitions expand them (see
 * `rustc -Zunpretty=expanded`): `print!`/`println!`/`eprint!`/`eprintln!` → `_print(format_args!)`,
 * `format!` → `must_use(format(format_args!))`, `panic!` and friends → `panic`/`panic_fmt`,
 * `assert!` → `if !cond { panic }`, `assert_eq!`/`assert_ne!` → the `match (&a, &b)` std writes,
 * `vec!` → `from_elem` / an array into a `Vec`, `matches!` → a `match`, `write!`/`writeln!` →
 * `dst.write_fmt(format_args!)`, `env!`/`option_env!` → the compiler's environment variable at expansion
 * time as a string literal / `Some(..)` or `None::<&'static str>`. Paths start with `$crate`, which resolves to the std model's root
 * whatever names the user's crate defines.
 *
 * Synthesized nodes carry the call site's span in the macro's expansion context, so that the
 * emitter knows they come from a macro; the user's tokens keep their own spans.
 *
 * Owns: what each supported macro expands to, and its argument errors. Must not: walk the crate.
 */
import type * as A from '../../syntax/ast.js';
import type { Token } from '../../syntax/token.js';
import type { Span, SourceMap } from '../../syntax/source-map.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Parser } from '../../syntax/parser/parser.js';
import type { Edition } from '../../syntax/edition.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import type { AstBuilder } from './build.js';
import { expandFormatArgs } from './format-args.js';
import { asExpr, type FormatArgsExpr } from '../ast-ext.js';
import { expand as msg } from '../../diagnostics/messages.js';
import { exprToString } from '../../syntax/pretty.js';
import { decodeText } from '../../syntax/unescape.js';
import { editDistance } from '../../syntax/parser/diagnostics.js';
import { error } from '../../diagnostics/diagnostic.js';
import { escapeDebug } from './format-string.js';
import { ttsToString } from './macro-rules.js';

/** Helpers a macro's argument parser gets (rustc's parser methods it needs). */
export interface ParseTools {
  expr(): A.Expr;
  pat(): A.Pat;
  /** A literal expression from a literal token (without consuming it). */
  literal(t: Token): A.Expr;
  clearExpected(): void;
  /** rustc's `expect(Comma)` with the similar-token recovery of `parse_args`; false after an error. */
  expectComma(): boolean;
}

/** What macro expansion offers the individual macros. */
export interface MacroCx {
  readonly b: AstBuilder;
  readonly sm: SourceMap;
  readonly edition: Edition;
  diag(d: Diagnostic): void;
  /** Parses tokens of the current file; parser errors are reported; null if parsing failed. */
  parseTokens<T>(tokens: readonly Token[], f: (p: Parser, tools: ParseTools) => T | null): T | null;
  expandExpr(e: A.Expr): A.Expr;
  expandPat(p: A.Pat): A.Pat;
  /** The call site's span in a fresh expansion of `name`. */
  expnSpan(callSite: Span, name: string): Span;
  /** The compiler process's environment variable `name` (for `env!`), undefined when unset. */
  env(name: string): string | undefined;
}

export const SUPPORTED_MACROS = new Set([
  'print', 'println', 'eprint', 'eprintln', 'format', 'format_args', 'panic', 'assert', 'assert_eq', 'assert_ne',
  'debug_assert', 'debug_assert_eq', 'debug_assert_ne', 'vec', 'write', 'writeln', 'unreachable', 'todo', 'unimplemented', 'matches',
  'env', 'option_env', 'stringify',
]);

/** Names of std macros weftc knows but does not expand yet (they get "weftc does not support"). */
const KNOWN_STD_MACROS = new Set([
  'dbg', 'concat', 'line', 'column', 'file', 'module_path', 'cfg', 'include', 'include_str', 'include_bytes',
  'compile_error', 'thread_local', 'try', 'format_args_nl', 'const_format_args', 'is_x86_feature_detected', 'concat_idents', 'trace_macros', 'log_syntax',
]);

export function isKnownStdMacro(name: string): boolean {
  return SUPPORTED_MACROS.has(name) || KNOWN_STD_MACROS.has(name);
}

/** The name a macro call refers to among std's macros, or null if the path is not one of them. */
export function stdMacroName(path: A.Path): string | null {
  const segs = path.segments.map((s) => s.ident.name);
  if (segs.length === 1) return segs[0]!;
  if (segs.length === 2 && (segs[0] === 'std' || segs[0] === 'core' || segs[0] === '$crate')) return segs[1]!;
  if (segs.length === 3 && segs[0] === '{{root}}' && (segs[1] === 'std' || segs[1] === 'core')) return segs[2]!;
  return null;
}

/** Expands a supported std macro in expression or statement position. */
export function expandStdMacro(cx: MacroCx, name: string, mac: A.MacCall): A.Expr {
  const tokens = mac.args.tokens;
  const b = cx.b;
  switch (name) {
    case 'print':
    case 'println':
    case 'eprint':
    case 'eprintln': {
      const sp = cx.expnSpan(mac.span, name);
      const nl = name.endsWith('ln');
      const fa = nl && tokens.length === 0 ? emptyFormatArgs(cx, sp) : expandFormatArgs(cx, tokens, nl, mac.span, 'arg', sp);
      const callee = b.exprPath(['io', name.startsWith('e') ? '_eprint' : '_print'], sp);
      return b.exprBlock([b.semi(b.call(callee, [fa], sp), sp)], sp);
    }
    case 'format': {
      const sp = cx.expnSpan(mac.span, name);
      const fa = expandFormatArgs(cx, tokens, false, mac.span, 'arg', sp);
      const inner = b.call(b.exprPath(['fmt', 'format'], sp), [fa], sp);
      return b.call(b.exprPath(['__export', 'must_use'], sp), [b.exprBlock([b.tail(inner, sp)], sp)], sp);
    }
    case 'format_args': {
      const sp = cx.expnSpan(mac.span, name);
      return expandFormatArgs(cx, tokens, false, mac.span, 'arg', sp);
    }
    case 'panic':
    case 'unreachable':
    case 'todo':
    case 'unimplemented': {
      const sp = cx.expnSpan(mac.span, name);
      if (tokens.length === 0) return b.call(b.exprPath(['panicking', 'panic'], sp), [b.strLit(PANIC_MESSAGES[name]!, sp)], sp);
      const fa = expandFormatArgs(cx, tokens, false, mac.span, { callSite: mac.span }, sp);
      return b.call(b.exprPath(['panicking', 'panic_fmt'], sp), [fa], sp);
    }
    case 'assert':
    case 'debug_assert':
      return expandAssert(cx, name, mac);
    case 'assert_eq':
    case 'assert_ne':
    case 'debug_assert_eq':
    case 'debug_assert_ne':
      return expandAssertEq(cx, name, mac);
    case 'vec':
      return expandVec(cx, mac);
    case 'matches':
      return expandMatches(cx, mac);
    case 'write':
    case 'writeln':
      return expandWrite(cx, name, mac);
    case 'env':
      return expandEnv(cx, mac);
    case 'option_env':
      return expandOptionEnv(cx, mac);
    case 'stringify':
      // The tokens as rustc's pretty printer spells them (see `ttsToString`).
      return b.strLit(ttsToString(tokens, cx.edition), cx.expnSpan(mac.span, name));
  }
  return b.err(mac.span);
}

const PANIC_MESSAGES: Record<string, string> = {
  panic: 'explicit panic',
  unreachable: 'internal error: entered unreachable code',
  todo: 'not yet implemented',
  unimplemented: 'not implemented',
};

function emptyFormatArgs(cx: MacroCx, sp: Span): A.Expr {
  const fa: FormatArgsExpr = { kind: 'formatArgs', id: cx.b.id(), span: sp, attrs: [], args: [], placeholders: [], counts: [], boundSpan: 'arg', template: [{ kind: 'lit', text: '\n' }] };
  return asExpr(fa);
}

function atEof(p: { token: { kind: string } }): boolean {
  return p.token.kind === 'eof';
}

/** Splits `expr, rest...` off the tokens at the first top-level comma after an expression. */
function parseExprThenRest(cx: MacroCx, tokens: readonly Token[], what: 'assert' | 'other', macSpan: Span): { expr: A.Expr; rest: Token[] | null } | null {
  return cx.parseTokens(tokens, (p, tools) => {
    if (p.token.kind === 'eof') {
      cx.diag((what === 'assert' ? msg.assertRequiresBoolean(macSpan) : msg.assertRequiresExpression(macSpan)).build());
      return null;
    }
    const expr = tools.expr();
    if (atEof(p)) return { expr, rest: null };
    if (p.token.kind === 'literal' && (p.token.lit === 'str' || p.token.lit === 'strRaw') && what === 'assert') {
      const t = p.token;
      const d = msg.unexpectedStringLiteral(mkSpan(t.lo, t.hi));
      d.suggest(msg.tryAddingComma, [{ span: mkSpan(p.prevToken.hi, p.prevToken.hi), snippet: ',' }], 'MaybeIncorrect', 'ShowCode');
      cx.diag(d.build());
      return null;
    }
    if (!tools.expectComma()) return null;
    return { expr, rest: tokensFrom(p) };
  });
}

/** The tokens the parser has not consumed yet (without the final eof). */
function tokensFrom(p: Parser): Token[] {
  const out: Token[] = [];
  const all = p.tokens;
  for (let i = p.pos - 1; i < all.length; i++) {
    const t = all[i]!;
    if (t.kind === 'eof') break;
    out.push(t);
  }
  return out;
}

function expandAssert(cx: MacroCx, name: string, mac: A.MacCall): A.Expr {
  const b = cx.b;
  const parsed = parseExprThenRest(cx, mac.args.tokens, 'assert', mac.span);
  if (!parsed) return b.err(mac.span);
  const sp = cx.expnSpan(mac.span, name);
  const cond = cx.expandExpr(parsed.expr);
  let panicCall: A.Expr;
  if (parsed.rest && parsed.rest.length > 0) {
    const fa = expandFormatArgs(cx, parsed.rest, false, mac.span, { callSite: mac.span }, sp);
    panicCall = b.exprBlock([b.semi(b.call(b.exprPath(['panicking', 'panic_fmt'], sp), [fa], sp), sp)], sp);
  } else {
    panicCall = b.call(b.exprPath(['panicking', 'panic'], sp), [b.strLit(`assertion failed: ${exprToString(parsed.expr)}`, sp)], sp);
  }
  const check = b.ifExpr(b.not(b.paren(cond, sp), sp), b.block([b.tail(panicCall, sp)], sp), null, sp);
  if (name === 'debug_assert') return b.ifExpr(b.boolLit(true, sp), b.block([b.semi(check, sp)], sp), null, sp);
  return check;
}

function expandAssertEq(cx: MacroCx, name: string, mac: A.MacCall): A.Expr {
  const b = cx.b;
  const first = parseExprThenRest(cx, mac.args.tokens, 'other', mac.span);
  if (!first) return b.err(mac.span);
  if (!first.rest || first.rest.length === 0) {
    cx.diag(msg.assertRequiresExpression(mac.span).build());
    return b.err(mac.span);
  }
  const second = parseExprThenRest(cx, first.rest, 'other', mac.span);
  if (!second) return b.err(mac.span);
  const sp = cx.expnSpan(mac.span, name);
  const left = cx.expandExpr(first.expr);
  const right = cx.expandExpr(second.expr);
  const eq = name.endsWith('eq');
  let message: A.Expr;
  if (second.rest && second.rest.length > 0) {
    const fa = expandFormatArgs(cx, second.rest, false, mac.span, { callSite: mac.span }, sp);
    message = b.call(b.exprPath(['option', 'Option', 'Some'], sp), [fa], sp);
  } else {
    message = b.exprPath(['option', 'Option', 'None'], sp);
  }
  const cmp = b.binary('eq', b.deref(b.exprIdent('left_val', sp), sp), b.deref(b.exprIdent('right_val', sp), sp), sp);
  const cond = eq ? b.not(b.paren(cmp, sp), sp) : cmp;
  const kind = b.exprPath(['panicking', 'AssertKind', eq ? 'Eq' : 'Ne'], sp);
  const failed = b.call(
    b.exprPath(['panicking', 'assert_failed'], sp),
    [b.exprIdent('kind', sp), b.addrOf(b.deref(b.exprIdent('left_val', sp), sp), sp), b.addrOf(b.deref(b.exprIdent('right_val', sp), sp), sp), message],
    sp,
  );
  const body = b.block([b.letStmt(b.patIdent('kind', sp), kind, sp), b.semi(failed, sp)], sp);
  const check = b.ifExpr(cond, body, null, sp);
  const arm = b.arm(b.patTuple([b.patIdent('left_val', sp), b.patIdent('right_val', sp)], sp), null, b.exprBlock([b.tail(check, sp)], sp), sp);
  const m = b.match(b.tuple([b.addrOf(left, sp), b.addrOf(right, sp)], sp), [arm], sp);
  if (name.startsWith('debug_')) return b.ifExpr(b.boolLit(true, sp), b.block([b.semi(m, sp)], sp), null, sp);
  return m;
}

function expandVec(cx: MacroCx, mac: A.MacCall): A.Expr {
  const b = cx.b;
  const tokens = mac.args.tokens;
  const sp = cx.expnSpan(mac.span, 'vec');
  if (tokens.length === 0) return b.call(b.exprPath(['vec', 'Vec', 'new'], sp), [], sp);
  const parsed = cx.parseTokens(tokens, (p, tools) => {
    const first = tools.expr();
    if (p.token.kind === ';') {
      p.bump();
      const count = tools.expr();
      if (!atEof(p)) p.unexpected();
      return { kind: 'repeat' as const, elem: first, count };
    }
    const elems = [first];
    while (!atEof(p)) {
      if (!p.eat(',')) p.unexpected();
      if (atEof(p)) break;
      elems.push(tools.expr());
    }
    return { kind: 'list' as const, elems };
  });
  if (!parsed) return b.err(mac.span);
  if (parsed.kind === 'repeat') {
    return b.call(b.exprPath(['vec', 'from_elem'], sp), [cx.expandExpr(parsed.elem), cx.expandExpr(parsed.count)], sp);
  }
  const arr = b.array(parsed.elems.map((e) => cx.expandExpr(e)), sp);
  return b.call(b.exprPath(['vec', 'from_array'], sp), [arr], sp);
}

function expandMatches(cx: MacroCx, mac: A.MacCall): A.Expr {
  const b = cx.b;
  const parsed = cx.parseTokens(mac.args.tokens, (p, tools) => {
    const scrutinee = tools.expr();
    if (!p.eat(',')) p.unexpected();
    const pat = tools.pat();
    let guard: A.Expr | null = null;
    if (p.token.kind === 'ident' && p.token.sym === 'if' && !p.token.raw) {
      p.bump();
      guard = tools.expr();
    }
    p.eat(',');
    if (!atEof(p)) p.unexpected();
    return { scrutinee, pat, guard };
  });
  if (!parsed) return b.err(mac.span);
  const sp = cx.expnSpan(mac.span, 'matches');
  const arms = [
    b.arm(cx.expandPat(parsed.pat), parsed.guard ? cx.expandExpr(parsed.guard) : null, b.boolLit(true, sp), sp),
    b.arm(b.patWild(sp), null, b.boolLit(false, sp), sp),
  ];
  return b.match(cx.expandExpr(parsed.scrutinee), arms, sp);
}

function expandWrite(cx: MacroCx, name: string, mac: A.MacCall): A.Expr {
  const b = cx.b;
  const parsed = parseExprThenRest(cx, mac.args.tokens, 'other', mac.span);
  if (!parsed) return b.err(mac.span);
  const sp = cx.expnSpan(mac.span, name);
  const dst = cx.expandExpr(parsed.expr);
  const nl = name === 'writeln';
  const fa = nl && (!parsed.rest || parsed.rest.length === 0) ? emptyFormatArgs(cx, sp) : expandFormatArgs(cx, parsed.rest ?? [], nl, mac.span, 'arg', sp);
  return b.methodCall(dst, 'write_fmt', [fa], sp);
}

// -- env! and option_env! ---------------------------------------------------------------------------

/** rustc's `get_exprs_from_tts`: comma-separated expressions (a trailing comma allowed), expanded. */
function exprsFromTokens(cx: MacroCx, tokens: readonly Token[]): A.Expr[] | null {
  const exprs = cx.parseTokens(tokens, (p, tools) => {
    const out: A.Expr[] = [];
    while (!atEof(p)) {
      out.push(tools.expr());
      if (p.eat(',')) continue;
      if (!atEof(p)) {
        cx.diag(msg.expectedCommaInList(mkSpan(p.token.lo, p.token.hi)).build());
        return null;
      }
    }
    return out;
  });
  return exprs ? exprs.map((e) => cx.expandExpr(e)) : null;
}

/** rustc's `expr_to_string`: the value of a string literal, or an error (null; already reported if the expression was). */
function stringLiteral(cx: MacroCx, e: A.Expr, errMsg: string): string | null {
  if (e.kind === 'err') return null;
  if (e.kind === 'lit' && (e.lit.kind === 'str' || e.lit.kind === 'strRaw')) {
    if (e.lit.suffix !== null) {
      cx.diag(msg.stringLiteralSuffix(e.lit.suffix, e.span).build());
      return null;
    }
    return decodeText(e.lit.symbol, e.lit.kind === 'strRaw' ? 'rawStr' : 'str');
  }
  const d = error(errMsg, e.span);
  if (e.kind === 'lit' && (e.lit.kind === 'byteStr' || e.lit.kind === 'byteStrRaw')) {
    d.suggest(msg.removeLeadingB, [{ span: mkSpan(e.span.lo, e.span.lo + 1, e.span.ctxt), snippet: '' }], 'MaybeIncorrect');
  }
  cx.diag(d.build());
  return null;
}

function expandEnv(cx: MacroCx, mac: A.MacCall): A.Expr {
  const b = cx.b;
  const exprs = exprsFromTokens(cx, mac.args.tokens);
  if (!exprs) return b.err(mac.span);
  if (exprs.length === 0 || exprs.length > 2) {
    cx.diag(msg.envTakesArgs(mac.span).build());
    return b.err(mac.span);
  }
  const name = stringLiteral(cx, exprs[0]!, 'expected string literal');
  if (name === null) return b.err(mac.span);
  const custom = exprs[1] ? stringLiteral(cx, exprs[1], 'expected string literal') : undefined;
  if (custom === null) return b.err(mac.span);
  const sp = cx.expnSpan(mac.span, 'env');
  const value = cx.env(name);
  if (value !== undefined) return b.strLit(value, sp);
  if (custom !== undefined) {
    cx.diag(error(custom, sp).build());
    return b.err(mac.span);
  }
  const d = msg.envNotDefined(sp, [...name].map(escapeDebug).join(''));
  const similar = similarCargoVar(name);
  // rustc 1.95 suggests the known Cargo variable even when it is the name itself.
  if (similar !== null) d.help(msg.envSimilarCargoVar(similar));
  else if (isCargoEnvVar(name)) d.help(msg.envCargoBuildScriptVar(exprToString(exprs[0]!)));
  else d.help(msg.envUseVarAtRunTime(exprToString(exprs[0]!)));
  cx.diag(d.build());
  return b.err(mac.span);
}

function expandOptionEnv(cx: MacroCx, mac: A.MacCall): A.Expr {
  const b = cx.b;
  // rustc's `get_single_expr_from_tts`: more than one argument is an error, but the first still expands.
  const parsed = cx.parseTokens(mac.args.tokens, (p, tools) => {
    if (atEof(p)) {
      cx.diag(msg.onlyOneArgument('option_env!', mac.span).build());
      return null;
    }
    const e = tools.expr();
    p.eat(',');
    if (!atEof(p)) cx.diag(msg.onlyOneArgument('option_env!', mac.span).build());
    return e;
  });
  if (!parsed) return b.err(mac.span);
  const name = stringLiteral(cx, cx.expandExpr(parsed), 'argument must be a string literal');
  if (name === null) return b.err(mac.span);
  const sp = cx.expnSpan(mac.span, 'option_env');
  const value = cx.env(name);
  if (value !== undefined) return b.call(b.exprPath(['option', 'Option', 'Some'], sp), [b.strLit(value, sp)], sp);
  // `None::<&'static str>`
  const none = b.exprPath(['option', 'Option', 'None'], sp);
  const segs = (none as A.Expr & { kind: 'path' }).path.segments;
  const last = segs[segs.length - 1]!;
  const strTy: A.Ty = { kind: 'path', id: b.id(), span: sp, qself: null, path: b.path(['str'], sp, false) };
  const refTy: A.Ty = { kind: 'ref', id: b.id(), span: sp, lifetime: { id: b.id(), ident: { name: "'static", span: sp } }, mt: { ty: strTy, mutability: 'not' } };
  (segs as A.PathSegment[])[segs.length - 1] = { ...last, args: { kind: 'angle', span: sp, args: [{ kind: 'arg', arg: { kind: 'type', ty: refTy } }] } };
  return none;
}

/** Cargo's names (rustc's `is_cargo_env_var`): a missing one gets the build-script help. */
function isCargoEnvVar(v: string): boolean {
  return v.startsWith('CARGO_') || v.startsWith('DEP_') || ['OUT_DIR', 'OPT_LEVEL', 'PROFILE', 'HOST', 'TARGET'].includes(v);
}

/** The variables Cargo sets for crates, for rustc's "similar Cargo environment variable" help. */
const KNOWN_CARGO_VARS = [
  'CARGO_BIN_NAME', 'CARGO_CRATE_NAME', 'CARGO_MANIFEST_DIR', 'CARGO_MANIFEST_PATH', 'CARGO_PKG_AUTHORS', 'CARGO_PKG_DESCRIPTION',
  'CARGO_PKG_HOMEPAGE', 'CARGO_PKG_LICENSE', 'CARGO_PKG_LICENSE_FILE', 'CARGO_PKG_NAME', 'CARGO_PKG_README', 'CARGO_PKG_REPOSITORY',
  'CARGO_PKG_RUST_VERSION', 'CARGO_PKG_VERSION', 'CARGO_PKG_VERSION_MAJOR', 'CARGO_PKG_VERSION_MINOR', 'CARGO_PKG_VERSION_PATCH',
  'CARGO_PKG_VERSION_PRE', 'CARGO_PRIMARY_PACKAGE', 'CARGO_TARGET_TMPDIR',
];

function similarCargoVar(v: string): string | null {
  if (!v.startsWith('CARGO_')) return null;
  const maxDist = Math.floor(Math.max([...v].length, 3) / 3);
  let best: string | null = null;
  let bestDist = Infinity;
  for (const known of KNOWN_CARGO_VARS) {
    let d = editDistance(v, known, maxDist);
    if (d === null) continue;
    // `PACKAGE` counts as `PKG` (rustc subtracts their length difference).
    if (v.includes('PACKAGE') && known.includes('PKG')) d = Math.max(0, d - 4);
    if (d < bestDist) {
      bestDist = d;
      best = known;
    }
  }
  return best;
}
