/**
 * Statements and blocks, after rustc_parse's `parser/stmt.rs`: `let` (with type, initializer and
 * `else`), item statements, expression statements and the rule that block-like expressions end a
 * statement without `;`, macro statements, and the block-level recovery: a broken statement is
 * reported, the parser skips to the next statement, and the block goes on.
 *
 * Owns: statement syntax. Must not: check types or control flow.
 */
import { isKeyword, isIdent, isReservedIdent, canBeginExpr, isNonReservedIdent } from '../token.js';
import { span, type Span } from '../source-map.js';
import type { Block, Stmt, Attribute, Expr, Pat, LetStmt, Ty } from '../ast.js';
import { Parser, PErr, R_STMT_EXPR } from './parser.js';
import { parseOuterAttributes, parseInnerAttributes, parseDelimArgs } from './attr.js';
import { parsePath } from './path.js';
import { parseExpr, parseExprResWithAttrs, parseExprDotOrCallWith, parseExprAssocRestWith, parseExprStruct, mkExpr, exprRequiresSemiToBeStmt, parseExprLabeled } from './expr.js';
import { parsePatBeforeTy, parsePatAllowTopAlt } from './pattern.js';
import { parseTy } from './ty.js';
import { parseItemCommon, isPathStartItem } from './item.js';
import { maybeRecoverFromTernaryOperator } from './diagnostics.js';
import { parseGenericArg } from './path.js';

export function mkBlock(p: Parser, stmts: Stmt[], rules: 'default' | 'unsafe', sp: Span): Block {
  return { id: p.nextId(), stmts, rules, span: sp };
}

/** A block without inner attributes (rustc's `parse_block`). */
export function parseBlock(p: Parser): Block {
  const [attrs, blk] = parseBlockCommon(p, p.tokSpan(), 'default', null);
  const last = attrs[attrs.length - 1];
  if (last) {
    p.emit(p.err('an inner attribute is not permitted in this context', last.span)
      .note('inner attributes, like `#![no_std]`, annotate the item enclosing them, and are usually found at the beginning of source files'));
  }
  return blk;
}

/** `{ ... }` with its inner attributes; `loopHeader` is where a stray label could move. */
export function parseBlockCommon(p: Parser, lo: Span, mode: 'default' | 'unsafe', loopHeader: Span | null): [Attribute[], Block] {
  maybeRecoverUnexpectedBlockLabel(p, loopHeader);
  if (!p.eat('{')) errorBlockNoOpeningBrace(p);
  const attrs = parseInnerAttributes(p);
  const tail = maybeSuggestStructLiteral(p, lo, mode) ?? parseBlockTail(p, lo, mode, true);
  return [attrs, tail];
}

function maybeRecoverUnexpectedBlockLabel(p: Parser, loopHeader: Span | null): boolean {
  if (!(p.checkLifetime() && p.lookAhead(1).kind === ':' && p.lookAhead(2).kind === '{')) return false;
  const t = p.token;
  p.bump();
  p.bump();
  const sp = span(t.lo, p.prevToken.hi);
  const d = p.err('block label not supported here', sp).label(sp, 'not supported here');
  if (loopHeader) {
    d.multipart('if you meant to label the loop, move this label before the loop', [
      { span: span(t.lo, p.token.lo), snippet: '' },
      { span: span(loopHeader.lo, loopHeader.lo), snippet: `${t.sym}: ` },
    ], 'MachineApplicable');
  } else {
    d.toolOnly(span(t.lo, p.token.lo), 'remove this block label', '', 'MachineApplicable');
  }
  p.emit(d);
  return true;
}

function errorBlockNoOpeningBrace(p: Parser): never {
  throw new PErr(errorBlockNoOpeningBraceMsg(p, `expected \`{\`, found ${p.descr()}`));
}

export function errorBlockNoOpeningBraceMsg(p: Parser, msg: string): import('../diag.js').PDiag {
  const prev = p.prevSpan();
  const sp = p.tokSpan();
  const d = p.err(msg, sp);
  const doNotSuggest = isKeyword(p.token, 'in') || p.at(':') || isKeyword(p.prevToken, 'raw');
  const s = p.snapshot();
  const count = p.diagnostics.length;
  try {
    const stmt = parseStmtWithoutRecovery(p, false, false);
    if (stmt) {
      if ((!isKeyword(p.token, 'else') && p.lookAhead(1).kind === '{') || doNotSuggest) {
        // nothing
      } else if (stmt.kind === 'empty') {
        // nothing
      } else {
        const ownLine = p.text.line(prev.hi) !== p.text.line(sp.lo) && /^\s*$/.test(p.text.src.slice(p.text.src.lastIndexOf('\n', p.text.index(sp.lo) - 1) + 1, p.text.index(sp.lo)));
        let stmtSpan = stmt.span;
        if (ownLine && p.eat(';')) stmtSpan = span(stmtSpan.lo, p.prevToken.hi);
        suggestFixesMisparsedForLoopHead(p, d, span(prev.hi, sp.lo), stmtSpan, stmt);
      }
    }
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
    p.recoverStmt('break', 'ignore');
  }
  void s;
  void count;
  d.label(sp, 'expected `{`');
  return d;
}

function suggestFixesMisparsedForLoopHead(p: Parser, d: import('../diag.js').PDiag, between: Span, stmtSpan: Span, stmt: Stmt): void {
  const k = p.token.kind;
  const e = stmt.kind === 'expr' || stmt.kind === 'semi' ? stmt.expr : null;
  const block = () => d.multipart('you might have meant to write this as part of a block', [
    { span: span(stmtSpan.lo, stmtSpan.lo), snippet: '{ ' },
    { span: span(stmtSpan.hi, stmtSpan.hi), snippet: ' }' },
  ], 'MaybeIncorrect');
  if (k === '{' && e && stmt.kind === 'expr') {
    if (e.kind === 'call') d.suggestionVerbose(between, 'you might have meant to write a method call', '.', 'MaybeIncorrect');
    else if (e.kind === 'field') d.suggestionVerbose(between, 'you might have meant to write a field access', '.', 'MaybeIncorrect');
    else if (e.kind === 'lit' && e.lit.suffix === null && (e.lit.kind === 'integer' || e.lit.kind === 'float')) d.suggestionVerbose(between, 'you might have meant to write a field access', '.', 'MaybeIncorrect');
    else if (['loop', 'if', 'while', 'match', 'forLoop', 'tryBlock', 'ret', 'closure', 'struct', 'try'].includes(e.kind)) block();
    return;
  }
  if (k === '}' && e && stmt.kind === 'expr' && e.kind === 'struct' && e.qself === null && e.path.segments.length === 1) {
    d.suggestionVerbose(between, 'you might have meant to write a field access', '.', 'MaybeIncorrect');
    return;
  }
  if (k === '{') return;
  block();
}

/** `fn foo() -> Foo { field: value }`: rustc suggests the missing struct name. */
function maybeSuggestStructLiteral(p: Parser, lo: Span, mode: 'default' | 'unsafe'): Block | null {
  if (!(isIdent(p.token) && p.lookAhead(1).kind === ':')) return null;
  const s = p.snapshot();
  const count = p.diagnostics.length;
  let structOk: Expr | null = null;
  try {
    const path = { span: span(p.prevToken.lo, p.prevToken.lo), segments: [] };
    structOk = parseExprStruct(p, null, path, false);
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
  }
  const afterStruct = p.snapshot();
  p.restore(s);
  p.diagnostics.length = count;
  try {
    return parseBlockTail(p, lo, mode, false);
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
    if (structOk) {
      p.restore(afterStruct);
      const sp = structOk.span;
      p.emit(p.err('struct literal body without path', sp).multipart('you might have forgotten to add the struct literal inside the block', [
        { span: span(sp.lo, sp.lo), snippet: '{ SomeStruct ' },
        { span: span(sp.hi, sp.hi), snippet: ' }' },
      ], 'HasPlaceholders'));
      return mkBlock(p, [{ kind: 'expr', id: p.nextId(), span: sp, expr: mkExpr(p, sp, { kind: 'err' }) }], mode, span(lo.lo, p.prevToken.hi));
    }
    p.consumeBlock('{', '}', true);
    throw e;
  }
}

/** The statements of a block after its `{` (rustc's `parse_block_tail`). */
export function parseBlockTail(p: Parser, lo: Span, mode: 'default' | 'unsafe', recover: boolean): Block {
  const stmts: Stmt[] = [];
  while (!p.eat('}')) {
    if (p.at('eof')) break;
    let stmt: Stmt | null;
    try {
      stmt = parseFullStmt(p, recover);
    } catch (e) {
      if (!(e instanceof PErr) || !recover) throw e;
      if (p.at(':')) {
        if (p.prevToken.kind === 'literal' && p.prevToken.lit === 'integer' && p.lookAhead(1).kind === 'literal' && p.lookAhead(1).lit === 'integer') {
          e.diag.suggestionVerbose(p.tokSpan(), 'you might have meant a range expression', '..', 'MaybeIncorrect');
        } else {
          p.bump();
          if (p.token.lo === p.prevToken.hi) e.diag.suggestionVerbose(p.prevSpan(), 'maybe write a path separator here', '::', 'MaybeIncorrect');
        }
      }
      p.emit(e.diag);
      p.recoverStmt('ignore', 'ignore');
      const sp = p.tokSpan();
      stmt = { kind: 'expr', id: p.nextId(), span: sp, expr: mkExpr(p, sp, { kind: 'err' }) };
    }
    if (stmt) stmts.push(stmt);
  }
  return mkBlock(p, stmts, mode, span(lo.lo, p.prevToken.hi));
}

/** A statement without its trailing `;` handling (rustc's `parse_stmt_without_recovery`). */
export function parseStmtWithoutRecovery(p: Parser, captureSemi: boolean, forceFullExpr: boolean): Stmt | null {
  void captureSemi;
  const attrs = parseOuterAttributes(p);
  const lo = p.tokSpan();
  if (isKeyword(p.token, 'mut') && p.isKeywordAhead(1, ['let'])) {
    p.bump();
    const sp = span(lo.lo, p.token.hi);
    p.emit(p.err('invalid variable declaration', sp).suggestionVerbose(sp, 'switch the order of `mut` and `let`', 'let mut', 'MaybeIncorrect'));
  }
  let stmt: Stmt;
  if (isKeyword(p.token, 'super') && p.isKeywordAhead(1, ['let'])) {
    p.bump();
    p.bump();
    const local = parseLocal(p, attrs, lo);
    stmt = local;
  } else if (isKeyword(p.token, 'let')) {
    p.expectKeyword('let');
    stmt = parseLocal(p, attrs, p.prevSpan());
  } else if (p.isKwFollowedByIdent('mut')) {
    const local = parseLocal(p, attrs, lo);
    p.emit(p.err('invalid variable declaration', lo).suggestionVerbose(lo, 'missing keyword', 'let mut', 'MachineApplicable'));
    stmt = local;
  } else if (p.isKwFollowedByIdent('auto')) {
    p.bump();
    const local = parseLocal(p, attrs, lo);
    p.emit(p.err('invalid variable declaration', lo).suggestionVerbose(lo, 'write `let` instead of `auto` to introduce a new variable', 'let', 'MachineApplicable'));
    stmt = local;
  } else if (p.isKwFollowedByIdent('var')) {
    p.bump();
    const local = parseLocal(p, attrs, lo);
    p.emit(p.err('invalid variable declaration', lo).suggestionVerbose(lo, 'write `let` instead of `var` to introduce a new variable', 'let', 'MachineApplicable'));
    stmt = local;
  } else if (p.checkPath() && !p.at('<') && !p.at('<<') && !isPathStartItem(p) && !isBuiltin(p)) {
    try {
      stmt = parseStmtPathStart(p, lo, attrs);
    } catch (e) {
      if (e instanceof PErr) suggestAddMissingLetForStmt(p, e);
      throw e;
    }
  } else {
    const item = parseItemCommon(p, attrs, false, true, { reqName: () => true, reqBody: true });
    if (item) {
      stmt = { kind: 'item', id: p.nextId(), span: span(lo.lo, item.span.hi), item };
    } else if (p.eat(';')) {
      errorOuterAttrs(p, attrs);
      stmt = { kind: 'empty', id: p.nextId(), span: lo };
    } else if (!p.at('}')) {
      const e = parseExprResWithAttrs(p, forceFullExpr ? 0 : R_STMT_EXPR, attrs);
      if (e.kind === 'assign' && p.eatKeyword('else')) {
        const bl = (() => {
          const b = parseBlockCommon(p, p.tokSpan(), 'default', null)[1];
          return b;
        })();
        p.emit(p.err('`<assignment> ... else { ... }` is not allowed', span(e.span.lo, bl.span.hi)));
      }
      stmt = { kind: 'expr', id: p.nextId(), span: span(lo.lo, e.span.hi), expr: e };
    } else {
      errorOuterAttrs(p, attrs);
      return null;
    }
  }
  return stmt;
}

function isBuiltin(p: Parser): boolean {
  return isKeyword(p.token, 'builtin') && p.lookAhead(1).kind === '#';
}

function suggestAddMissingLetForStmt(p: Parser, e: PErr): void {
  if (!p.at(':')) return;
  const prevSpan = span(p.prevToken.lo, p.prevToken.lo);
  const s = p.snapshot();
  p.bump();
  try {
    parseTy(p);
    if (p.at('=')) e.diag.suggestionVerbose(prevSpan, 'you might have meant to introduce a new binding', 'let ', 'MaybeIncorrect');
  } catch (err) {
    if (!(err instanceof PErr)) throw err;
  }
  p.restore(s);
}

function errorOuterAttrs(p: Parser, attrs: Attribute[]): void {
  const last = attrs[attrs.length - 1];
  if (!last) return;
  if (last.kind === 'doc') {
    p.emit(p.err("found a documentation comment that doesn't document anything", last.span).withCode('E0585').help('doc comments must come before what they document, if a comment was intended use `//`'));
  } else if (attrs.some((a) => a.style === 'outer')) {
    p.emit(p.err('expected statement after outer attribute', last.span));
  }
}

function parseStmtPathStart(p: Parser, lo: Span, attrs: Attribute[]): Stmt {
  const path = parsePath(p, 'expr');
  if (p.eat('!')) return parseStmtMac(p, lo, attrs, path);
  let expr: Expr;
  if (p.eat('{')) expr = parseExprStruct(p, null, path, true);
  else expr = mkExpr(p, span(lo.lo, p.prevToken.hi), { kind: 'path', qself: null, path });
  expr = p.withRes(R_STMT_EXPR, () => parseExprDotOrCallWith(p, attrs, expr, lo));
  expr = p.withRes(R_STMT_EXPR, () => parseExprAssocRestWith(p, 0, false, true, expr));
  return { kind: 'expr', id: p.nextId(), span: span(lo.lo, p.prevToken.hi), expr };
}

function parseStmtMac(p: Parser, lo: Span, attrs: Attribute[], path: import('../ast.js').Path): Stmt {
  const args = parseDelimArgs(p);
  const hi = p.prevSpan();
  const sp = span(lo.lo, hi.hi);
  const style = args.delim === 'brace' ? 'braces' : 'noBraces';
  const mac = { path, args, span: span(path.span.lo, hi.hi) };
  if ((style === 'braces' && !p.at('.') && !p.at('?')) || p.at(';') || p.at('eof')) {
    return { kind: 'macCall', id: p.nextId(), span: sp, mac, style, attrs };
  }
  let e = mkExpr(p, sp, { kind: 'macCall', mac });
  e = parseExprDotOrCallWith(p, attrs, e, lo);
  e = parseExprAssocRestWith(p, 0, false, false, e);
  return { kind: 'expr', id: p.nextId(), span: sp, expr: e };
}

/** `let` after the keyword: pattern, type, initializer, `else`. */
function parseLocal(p: Parser, attrs: Attribute[], lo: Span): LetStmt {
  if (isKeyword(p.token, 'const') && isIdent(p.lookAhead(1))) {
    p.emit(p.err('`const` and `let` are mutually exclusive', span(lo.lo, p.token.hi)).suggestionVerbose(span(lo.lo, p.token.hi), 'remove `let`', 'const', 'MaybeIncorrect'));
    p.bump();
  }
  const [pat, colon] = parsePatBeforeTy(p, null, 'letBinding');
  let ty: Ty | null = null;
  let colonSpan: Span | null = null;
  let tyErr: { snapshot: ReturnType<Parser['snapshot']>; err: PErr } | null = null;
  if (colon) {
    const before = p.snapshot();
    colonSpan = p.prevSpan();
    try {
      ty = parseTy(p);
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
      const what = patDescr(p, pat);
      e.diag.label(colonSpan, `while parsing the type for ${what}`);
      if (p.at('=')) {
        p.emit(e.diag);
      } else {
        const after = p.snapshot();
        p.restore(before);
        tyErr = { snapshot: after, err: e };
      }
    }
  }
  let init: Expr | null;
  try {
    init = parseInitializer(p, tyErr !== null);
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
    if (tyErr) {
      p.restore(tyErr.snapshot);
      throw tyErr.err;
    }
    throw e;
  }
  if (tyErr && init) {
    tyErr.err.diag.suggestionShort(colonSpan!, 'use `=` if you meant to assign', ' =', 'MachineApplicable');
    p.emit(tyErr.err.diag);
  }
  let initKind: LetStmt['init'];
  if (init === null) initKind = { kind: 'decl' };
  else if (p.eatKeyword('else')) {
    if (isKeyword(p.token, 'if')) {
      throw new PErr(errorBlockNoOpeningBraceMsg(p, 'conditional `else if` is not supported for `let...else`'));
    }
    const els = parseBlock(p);
    checkLetElseInit(p, init);
    initKind = { kind: 'initElse', expr: init, els };
  } else {
    initKind = { kind: 'init', expr: init };
  }
  const hi = p.at(';') ? p.token.hi : p.prevToken.hi;
  return { kind: 'let', id: p.nextId(), span: span(lo.lo, hi), attrs, pat, ty, init: initKind, colonSpan };
}

function patDescr(p: Parser, pat: Pat): string {
  if (pat.kind === 'ident' && pat.sub === null) {
    const m = pat.binding.byRef ? (pat.binding.byRef === 'mut' ? 'ref mut ' : 'ref ') : pat.binding.mutability === 'mut' ? 'mut ' : '';
    return `\`${m}${pat.ident.name}\``;
  }
  void p;
  return 'the binding';
}

function checkLetElseInit(p: Parser, init: Expr): void {
  if (init.kind === 'binary' && (init.op.kind === 'and' || init.op.kind === 'or')) {
    const op = init.op.kind === 'and' ? '&&' : '||';
    p.emit(p.err(`a \`${op}\` expression cannot be directly assigned in \`let...else\``, init.span).multipart('wrap the expression in parentheses', [
      { span: span(init.span.lo, init.span.lo), snippet: '(' },
      { span: span(init.span.hi, init.span.hi), snippet: ')' },
    ], 'MachineApplicable'));
  }
  const trailing = exprTrailingBrace(init);
  if (trailing) {
    const sp = trailing.span;
    p.emit(p.err('right curly brace `}` before `else` in a `let...else` statement not allowed', span(sp.hi - 1, sp.hi)).multipart('wrap the expression in parentheses', [
      { span: span(sp.lo, sp.lo), snippet: '(' },
      { span: span(sp.hi, sp.hi), snippet: ')' },
    ], 'MachineApplicable'));
  }
}

/** rustc's `classify::expr_trailing_brace`: the expression ending in `}` if any. */
function exprTrailingBrace(e: Expr): Expr | null {
  switch (e.kind) {
    case 'if': case 'match': case 'block': case 'while': case 'loop': case 'forLoop': case 'tryBlock': case 'constBlock': case 'gen': case 'struct':
      return e;
    case 'macCall':
      return e.mac.args.delim === 'brace' ? e : null;
    case 'addrOf': case 'assign': case 'assignOp': case 'binary': case 'break': case 'cast': case 'let': case 'range': case 'ret': case 'unary': case 'yield': case 'become': {
      const inner = e.kind === 'binary' || e.kind === 'assign' || e.kind === 'assignOp' ? e.rhs : e.kind === 'range' ? e.end : e.kind === 'cast' ? null : 'expr' in e ? (e as { expr: Expr | null }).expr : null;
      if (e.kind === 'cast') return e.ty.kind === 'path' ? null : null;
      return inner ? exprTrailingBrace(inner) : null;
    }
    case 'closure':
      return exprTrailingBrace(e.closure.body);
    default:
      return null;
  }
}

function parseInitializer(p: Parser, eqOptional: boolean): Expr | null {
  let eqConsumed: boolean;
  switch (p.token.kind) {
    case '+=': case '-=': case '*=': case '/=': case '%=': case '^=': case '&=': case '|=': case '<<=': case '>>=': {
      const sp = p.tokSpan();
      const extra = p.text.charSpanAt(sp.lo);
      p.emit(p.err("can't reassign to an uninitialized variable", sp).help('if you meant to overwrite, remove the `let` binding').suggestionVerbose(extra, 'initialize the variable', '', 'MaybeIncorrect'));
      p.bump();
      eqConsumed = true;
      break;
    }
    default:
      eqConsumed = p.eat('=');
  }
  return eqConsumed || eqOptional ? parseExpr(p) : null;
}

/** The pattern of `let` in a condition. */
export function parseLetExprPattern(p: Parser): Pat {
  return parsePatAllowTopAlt(p, { expected: null, recoverComma: true, recoverColon: true, commaRecovery: 'likelyTuple' });
}

/** A statement and its trailing `;` (rustc's `parse_full_stmt`). */
export function parseFullStmt(p: Parser, recover: boolean): Stmt | null {
  let stmt = parseStmtWithoutRecovery(p, true, false);
  if (!stmt) return null;
  let eatSemi = true;
  let addSemi = false;
  if (stmt.kind === 'expr' && exprRequiresSemiToBeStmt(stmt.expr) && stmt.expr.attrs.length > 0 && !p.at('eof') && !p.at(';') && !p.at('}')) {
    attrOnNonTailExpr(p, stmt.expr);
    stmt = { ...stmt, expr: mkExpr(p, span(stmt.expr.span.lo, p.prevToken.hi), { kind: 'err' }) };
  } else if (stmt.kind === 'expr' && !p.at('eof') && exprRequiresSemiToBeStmt(stmt.expr)) {
    let replaceWithErr = false;
    let err: PErr | null = null;
    try {
      maybeRecoverFromTernaryOperator(p, stmt.expr.span);
      replaceWithErr = p.expectOneOf([], [';', '}']);
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
      err = e;
    }
    if (err) {
      if (recoverColonAsSemi(p)) {
        addSemi = true;
        eatSemi = false;
      } else {
        const ex = stmt.expr;
        let handled = false;
        if (ex.kind === 'path' && ex.qself === null && ex.path.segments.length === 1 && p.at(':')) {
          const n = p.lookAhead(1);
          if (isKeyword(n, 'for') || isKeyword(n, 'loop') || isKeyword(n, 'while') || n.kind === '{') {
            const s = p.snapshot();
            const seg = ex.path.segments[0]!;
            const label = { ident: p.ident(`'${seg.ident.name}`, seg.ident.span) };
            try {
              const labeled = parseExprLabeled(p, label, false);
              p.emit(p.err('malformed loop label', label.ident.span).suggestionVerbose(span(label.ident.span.lo, label.ident.span.lo), 'use the correct loop label format', "'", 'MachineApplicable'));
              stmt = { ...stmt, expr: labeled };
              handled = true;
            } catch (e2) {
              if (!(e2 instanceof PErr)) throw e2;
              p.restore(s);
            }
          }
        }
        if (!handled) {
          const mistyped = checkMistypedTurbofishWithMultipleTypeParams(p, err, stmt.expr);
          if (mistyped) {
            stmt = { ...stmt, expr: mistyped };
          } else if (!recover) {
            throw err;
          } else {
            recoverMissingDot(p, err);
            p.emit(err.diag);
            p.recoverStmt();
            replaceWithErr = true;
          }
        }
      }
    }
    if (replaceWithErr && stmt.kind === 'expr') {
      stmt = { ...stmt, expr: mkExpr(p, span(stmt.expr.span.lo, p.prevToken.hi), { kind: 'err' }) };
    }
  } else if (stmt.kind === 'let') {
    const local = stmt;
    let err: PErr | null = null;
    if (!(p.eat(';') || recoverColonAsSemi(p))) {
      try {
        p.expect(';');
      } catch (e) {
        if (!(e instanceof PErr)) throw e;
        err = e;
      }
      if (!err) {
        // `expect` recovered (reported a missing `;`).
      }
    }
    if (err) {
      if (local.init.kind === 'init' || local.init.kind === 'initElse') {
        const mistyped = checkMistypedTurbofishWithMultipleTypeParams(p, err, local.init.expr);
        if (!mistyped) {
          recoverMissingDot(p, err);
          throw err;
        }
        p.expect(';');
      } else {
        if (local.colonSpan) {
          err.diag.label(local.colonSpan, `while parsing the type for ${patDescr(p, local.pat)}`);
          let suggestEq = false;
          if (p.at('.')) suggestEq = true;
          else if (!p.at('eof')) {
            const t = p.token.kind;
            suggestEq = ['=', '+=', '-=', '*=', '/=', '%=', '^=', '&=', '|=', '<<=', '>>=', '==', '!=', '<', '<=', '>', '>=', '&&', '||', '..', '..=', '/', '%', '^', '<<', '>>'].includes(t) || isKeyword(p.token, 'as');
          }
          if (suggestEq) err.diag.suggestionShort(local.colonSpan, 'use `=` if you meant to assign', '=', 'MaybeIncorrect');
        }
        throw err;
      }
    }
    eatSemi = false;
  } else if (stmt.kind !== 'expr' && stmt.kind !== 'macCall') {
    eatSemi = false;
  }
  if (addSemi || (eatSemi && p.eat(';'))) {
    if (stmt.kind === 'expr') stmt = { kind: 'semi', id: stmt.id, span: stmt.span, expr: stmt.expr };
    else if (stmt.kind === 'macCall') stmt = { ...stmt, style: 'semicolon' };
  }
  return { ...stmt, span: span(stmt.span.lo, Math.max(stmt.span.hi, p.prevToken.hi)) };
}

function recoverColonAsSemi(p: Parser): boolean {
  if (p.at(':') && p.text.line(p.token.lo) < p.text.line(p.lookAhead(1).lo)) {
    const sp = p.tokSpan();
    p.emit(p.err('statements are terminated with a semicolon', sp).suggestionVerbose(sp, 'use a semicolon instead', ';', 'MachineApplicable'));
    p.bump();
    return true;
  }
  return false;
}

/** `foo<A, B>(x)` without `::`: rustc suggests the turbofish when the rest parses. */
function checkMistypedTurbofishWithMultipleTypeParams(p: Parser, err: PErr, expr: Expr): Expr | null {
  if (!(expr.kind === 'binary' && expr.op.kind === 'lt' && p.at(','))) return null;
  const s = p.snapshot();
  p.bump();
  try {
    const r = p.parseSeqToBeforeTokens(['>'], [], { sep: ',', trailingAllowed: true }, () => {
      const a = parseGenericArg(p);
      if (!a) p.unexpected();
      return a;
    });
    if (!r.recovered && p.eat('>')) {
      err.diag.suggestionVerbose(span(expr.op.span.lo, expr.op.span.lo), 'use `::<...>` instead of `<...>` to specify lifetime, type, or const arguments', '::', 'MaybeIncorrect');
      try {
        parseExpr(p);
        p.emit(err.diag);
        return mkExpr(p, span(expr.span.lo, p.prevToken.hi), { kind: 'err' });
      } catch (e) {
        if (!(e instanceof PErr)) throw e;
      }
    }
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
  }
  p.restore(s);
  return null;
}


/** `foo bar` where `foo.bar` was meant. */
function recoverMissingDot(p: Parser, err: PErr): void {
  const t = p.token;
  if (t.kind !== 'ident') return;
  if (/^\p{Lu}/u.test(t.sym)) return;
  if (isReservedIdent(t, p.edition) && t.sym !== 'await') return;
  const prev = p.prevToken;
  const ok = (isKeyword(prev, 'await')) || (isIdent(prev) && !isReservedIdent(prev, p.edition)) || prev.kind === '?' || prev.kind === ')';
  if (!ok) return;
  const between = span(prev.hi, t.lo);
  const n = p.lookAhead(1).kind;
  if (n === ';' || n === '?' || n === '.') err.diag.suggestionVerbose(between, 'you might have meant to write a field access', '.', 'MaybeIncorrect');
  if (n === '(') err.diag.suggestionVerbose(between, 'you might have meant to write a method call', '.', 'MaybeIncorrect');
}

/** `#[attr] expr` not followed by `;`: rustc's `attr_on_non_tail_expr`. */
function attrOnNonTailExpr(p: Parser, expr: Expr): void {
  const sp = span(p.prevToken.hi, p.prevToken.hi);
  const d = p.err(`expected \`;\`, found ${p.descr()}`, sp).label(p.tokSpan(), 'unexpected token').suggestionShort(sp, 'add `;` here', ';', 'MachineApplicable');
  const attrs = expr.attrs;
  for (const a of attrs.slice(1)) d.label(a.span, '');
  d.label(attrs[0]!.span, `only \`;\` terminated statements or tail expressions are allowed after ${attrs.length === 1 ? 'this attribute' : 'these attributes'}`);
  if (p.at('#') && p.lookAhead(1).kind === '[') {
    d.label(sp, 'expected `;` here');
    d.multipart('alternatively, consider surrounding the expression with a block', [
      { span: span(expr.span.lo, expr.span.lo), snippet: '{ ' },
      { span: span(expr.span.hi, expr.span.hi), snippet: ' }' },
    ], 'MachineApplicable');
  }
  p.emit(d);
}

export { canBeginExpr, isNonReservedIdent };
