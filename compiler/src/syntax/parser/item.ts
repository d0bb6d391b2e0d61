/**
 * Items, after rustc_parse's `parser/item.rs`: modules and their item lists, visibility, `fn`
 * (front matter, parameters with `self`, return type, body), `struct`/`enum`/`union` with their
 * fields and variants, `trait` and `impl` with associated items, `const`, `static`, `type`,
 * `use` trees, `extern crate`, `extern` blocks, `mod name;` and inline modules, item macros and
 * `macro_rules!`, with rustc's recoveries and messages.
 *
 * Owns: item syntax. Must not: load module files (modules.ts) or check item well-formedness
 * (rustc's AST validation, a later phase).
 */
import { isKeyword, isIdent, isReservedIdent, isNonReservedIdent, canBeginType, isPathSegmentKeywordToken, isReservedName } from '../token.js';
import { atLeast2018 } from '../edition.js';
import { span, type Span } from '../source-map.js';
import type {
  Item, Attribute, Visibility, Defaultness, Safety, Constness, FnHeader, FnDecl, Param, Ty, Pat, Generics, VariantData, FieldDef,
  Variant, UseTree, AssocItem, ForeignItem, StrLit, Ident, ItemBase, DelimArgs, SourceFileAst,
} from '../ast.js';
import { Parser, PErr, FatalError } from './parser.js';
import { parseOuterAttributes, parseInnerAttributes, parseDelimArgs } from './attr.js';
import { parsePath, parsePathSegments, eatPathSep, checkTrailingAngleBrackets } from './path.js';
import { parseTy, parseTyForParam, parseRetTy, parseGenericBounds, mkTy } from './ty.js';
import { parseGenerics, parseWhereClause } from './generics.js';
import { parsePatBeforeTy, mkPat } from './pattern.js';
import { parseExpr, parseExprAnonConst } from './expr.js';
import { parseBlockCommon, errorBlockNoOpeningBraceMsg } from './stmt.js';
import { expectedOneOfNotFound, maybeConsumeIncorrectSemicolon, editDistance } from './diagnostics.js';
import { PDiag } from '../diag.js';
import { pathToString } from '../pretty.js';

export interface FnParseMode {
  /** Whether parameters must be named (`fn f(u32)` is allowed in 2015 traits and fn pointers). */
  reqName: () => boolean;
  reqBody: boolean;
  /** Where the function is (rustc's `FnContext`): recovery hints differ for associated ones. */
  context?: FnContext;
}

export type FnContext = 'free' | 'trait' | 'impl';

export function itemDescr(item: Item): string {
  switch (item.kind) {
    case 'externCrate': return 'extern crate';
    case 'use': return '`use` import';
    case 'static': return 'static item';
    case 'const': return 'constant item';
    case 'fn': return 'function';
    case 'mod': return 'module';
    case 'foreignMod': return 'extern block';
    case 'tyAlias': return 'type alias';
    case 'enum': return 'enum';
    case 'struct': return 'struct';
    case 'union': return 'union';
    case 'trait': return 'trait';
    case 'traitAlias': return 'trait alias';
    case 'impl': return 'implementation';
    case 'macCall': return 'item macro invocation';
    case 'macroRules': return 'macro definition';
  }
}

// ---------------------------------------------------------------------------------------------
// Modules.

/** The items of a file up to EOF (rustc's `parse_crate_mod`). */
export function parseCrateMod(p: Parser): SourceFileAst {
  const lo = p.tokSpan();
  const { attrs, items } = parseMod(p, 'eof');
  return { id: p.nextId(), fileIndex: p.fileIndex, attrs, items, span: span(p.text.startPos, p.text.startPos + p.text.byteLength()) ?? lo };
}

/** Inner attributes and items up to `term` (eaten). */
export function parseMod(p: Parser, term: 'eof' | '}'): { attrs: Attribute[]; items: Item[]; innerSpan: Span } {
  const lo = p.tokSpan();
  const attrs = parseInnerAttributes(p);
  const items: Item[] = [];
  for (;;) {
    while (maybeConsumeIncorrectSemicolon(p, lastItemDescr(items))) {
      // eat all stray semicolons
    }
    const item = parseItem(p);
    if (!item) break;
    items.push(item);
  }
  if (!p.eat(term)) {
    const tokenStr = p.descr();
    if (!maybeConsumeIncorrectSemicolon(p, lastItemDescr(items))) {
      const isLet = isKeyword(p.token, 'let');
      const isLetMut = isLet && isKeyword(p.lookAhead(1), 'mut');
      const letHasIdent = isLet && !isLetMut && p.isKwFollowedByIdent('let');
      const sp = p.tokSpan();
      const d = p.err(`expected item, found ${tokenStr}`, sp).label(sp, isLet ? '`let` cannot be used for global variables' : 'expected item');
      if (isLet) {
        if (isLetMut) d.help('consider using `static` and a `Mutex` instead of `let mut`');
        else if (letHasIdent) d.suggestionShort(sp, 'consider using `static` or `const` instead of `let`', 'static', 'MaybeIncorrect');
        else d.help('consider using `static` or `const` instead of `let`');
      }
      d.note('for a full list of items that can appear in modules, see <https://doc.rust-lang.org/reference/items.html>');
      throw new PErr(d);
    }
  }
  return { attrs, items, innerSpan: span(lo.lo, p.prevToken.hi) };
}

function lastItemDescr(items: Item[]): string | null {
  const last = items[items.length - 1];
  if (!last) return null;
  return last.kind === 'struct' ? 'braced struct' : itemDescr(last);
}

export function parseItem(p: Parser): Item | null {
  return parseItemWithMode(p, { reqName: () => true, reqBody: true });
}

function parseItemWithMode(p: Parser, mode: FnParseMode): Item | null {
  const attrs = parseOuterAttributes(p);
  return parseItemCommon(p, attrs, true, false, mode);
}

export function parseItemCommon(p: Parser, attrs: Attribute[], macAllowed: boolean, attrsAllowed: boolean, mode: FnParseMode): Item | null {
  const lo = p.tokSpan();
  const vis = parseVisibility(p, false);
  let def = parseDefaultness(p);
  const base = (kind: DistOmit<Item, keyof ItemBase>): Item => {
    const d = def;
    def = { kind: 'final' };
    void d;
    return { id: p.nextId(), span: p.spanFrom(lo), attrs, vis, ...kind } as Item;
  };
  const item = parseItemKind(p, attrs, macAllowed, lo, vis, () => {
    const d = def;
    def = { kind: 'final' };
    return d;
  }, mode, true, base);
  if (item) {
    if (def.kind === 'default' && item.kind !== 'impl') {
      p.emit(p.err(`\`default\` is not followed by an item`, def.span).label(def.span, 'the `default` qualifier').note('only `fn`, `const`, `type`, or `impl` items may be prefixed by `default`'));
    }
    return item;
  }
  if (vis.kind.kind !== 'inherited') {
    const v = p.snippet(vis.span);
    p.emit(p.err(`visibility \`${v}\` is not followed by an item`, vis.span).label(vis.span, 'the visibility').help(`you likely meant to define an item, e.g., \`${v} fn foo() {}\``));
  }
  if (def.kind === 'default') {
    p.emit(p.err('`default` is not followed by an item', def.span).label(def.span, 'the `default` qualifier').note('only `fn`, `const`, `type`, or `impl` items may be prefixed by `default`'));
  }
  if (!attrsAllowed) recoverAttrsNoItem(p, attrs);
  return null;
}

function recoverAttrsNoItem(p: Parser, attrs: Attribute[]): void {
  const start = attrs[0];
  const end = attrs[attrs.length - 1];
  if (!start || !end) return;
  const isDoc = end.kind === 'doc';
  const d = p.err(isDoc ? 'expected item after doc comment' : 'expected item after attributes', end.span);
  if (isDoc) d.label(end.span, "this doc comment doesn't document anything");
  else if (p.at(';')) d.suggestionVerbose(p.tokSpan(), 'consider removing this semicolon', '', 'MaybeIncorrect');
  if (attrs.length >= 2) d.label(span(start.span.lo, attrs[attrs.length - 2]!.span.hi), 'other attributes here');
  throw new PErr(d);
}

function parseDefaultness(p: Parser): Defaultness {
  if (p.checkKeyword('default')) {
    const n = p.lookAhead(1);
    if (n.kind === 'ident' && !n.raw && n.sym !== 'as') {
      p.bump();
      return { kind: 'default', span: p.prevSpan() };
    }
  }
  return { kind: 'final' };
}

/** `pub`, `pub(crate)`, `pub(super)`, `pub(self)`, `pub(in path)`, or inherited. */
export function parseVisibility(p: Parser, followedByType: boolean): Visibility {
  if (!p.eatKeyword('pub')) return { kind: { kind: 'inherited' }, span: span(p.token.lo, p.token.lo) };
  const lo = p.prevSpan();
  if (p.check('(')) {
    if (p.isKeywordAhead(1, ['in'])) {
      p.bump();
      p.bump();
      const path = parsePath(p, 'mod');
      p.expect(')');
      return { kind: { kind: 'restricted', path, id: p.nextId(), shorthand: false }, span: p.spanFrom(lo) };
    }
    if (p.lookAhead(2).kind === ')' && p.isKeywordAhead(1, ['crate', 'super', 'self'])) {
      p.bump();
      const path = parsePath(p, 'mod');
      p.expect(')');
      return { kind: { kind: 'restricted', path, id: p.nextId(), shorthand: true }, span: p.spanFrom(lo) };
    }
    if (!followedByType) {
      p.bump();
      const path = parsePath(p, 'mod');
      p.expect(')');
      const s = p.snippet(path.span);
      p.emit(p.err('incorrect visibility restriction', path.span).withCode('E0704')
        .help('some possible visibility restrictions are:\n`pub(crate)`: visible only on the current crate\n`pub(super)`: visible only in the current module\'s parent\n`pub(in path::to::module)`: visible only on the specified path')
        .suggestionVerbose(path.span, `make this visible only to module \`${s}\` with \`in\``, `in ${s}`, 'MachineApplicable'));
    }
  }
  return { kind: { kind: 'public' }, span: lo };
}

type DistOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type BaseFn = (kind: DistOmit<Item, keyof ItemBase>) => Item;

function isUnsafeForeignMod(p: Parser): boolean {
  // `unsafe extern {` or `unsafe extern "C" {`
  if (!isKeyword(p.token, 'unsafe') || !isKeyword(p.lookAhead(1), 'extern')) return false;
  const n = p.lookAhead(2);
  return n.kind === '{' || (n.kind === 'literal' && (n.lit === 'str' || n.lit === 'strRaw') && p.lookAhead(3).kind === '{');
}

function isStaticGlobal(p: Parser): boolean {
  if (p.checkKeyword('static')) {
    // `static |x| ...` and `static move ||` are closures.
    const n = p.lookAhead(1);
    return !(n.kind === '|' || n.kind === '||' || isKeyword(n, 'move'));
  }
  if ((isKeyword(p.token, 'unsafe') || isKeyword(p.token, 'safe')) && isKeyword(p.lookAhead(1), 'static')) return true;
  return false;
}

function checkTraitFrontMatter(p: Parser): boolean {
  const t = p.token;
  const at = (n: number, k: string) => isKeyword(p.lookAhead(n), k);
  if (isKeyword(t, 'auto') && at(1, 'trait')) return true;
  if (isKeyword(t, 'unsafe') && (at(1, 'trait') || (at(1, 'auto') && at(2, 'trait')))) return true;
  if (isKeyword(t, 'const') && (at(1, 'trait') || ((at(1, 'unsafe') || at(1, 'auto')) && at(2, 'trait')))) return true;
  return false;
}

function isMacroRulesItem(p: Parser): 'bang' | 'noBang' | null {
  if (p.checkKeyword('macro_rules')) {
    const sp = p.tokSpan();
    if (p.lookAhead(1).kind === '!' && isIdent(p.lookAhead(2))) return 'bang';
    if (isIdent(p.lookAhead(1))) {
      p.emit(p.err('expected `!` after `macro_rules`', sp).suggestionVerbose(span(sp.hi, sp.hi), 'add a `!`', '!', 'MachineApplicable'));
      return 'noBang';
    }
  }
  return null;
}

function isntMacroInvocation(p: Parser): boolean {
  return p.checkIdent() && p.lookAhead(1).kind !== '!' && p.lookAhead(1).kind !== '::';
}

/** Items that a statement could mistake for a path (`union U`, `auto trait`, `async fn`, `macro_rules!`). */
export function isPathStartItem(p: Parser): boolean {
  return p.isKwFollowedByIdent('union') || checkTraitFrontMatter(p) || isAsyncFn(p) || (isKeyword(p.token, 'macro_rules') && p.lookAhead(1).kind === '!' && isIdent(p.lookAhead(2)));
}

function isAsyncFn(p: Parser): boolean {
  return isKeyword(p.token, 'async') && isKeyword(p.lookAhead(1), 'fn');
}

function keywordCase(p: Parser, kw: string, sensitive: boolean): boolean {
  if (p.checkKeyword(kw)) return true;
  return !sensitive && p.at('ident') && !p.token.raw && p.token.sym.toLowerCase() === kw;
}

function isKeywordCase(t: import('../token.js').Token, kw: string, sensitive: boolean): boolean {
  return isKeyword(t, kw) || (!sensitive && t.kind === 'ident' && !t.raw && t.sym.toLowerCase() === kw);
}

function eatKeywordCase(p: Parser, kw: string, sensitive: boolean): boolean {
  return sensitive ? p.eatKeyword(kw) : p.eatKeywordCaseInsensitive(kw);
}

function parseItemKind(p: Parser, attrs: Attribute[], macAllowed: boolean, lo: Span, vis: Visibility, takeDef: () => Defaultness, mode: FnParseMode, sensitive: boolean, base: BaseFn): Item | null {
  void lo;
  if (!(isKeyword(p.token, 'use') && (p.lookAhead(1).kind === '|' || p.lookAhead(1).kind === '||')) && eatKeywordCase(p, 'use', sensitive)) {
    const tree = parseUseTree(p);
    try {
      expectSemi(p);
    } catch (e) {
      if (e instanceof PErr) {
        if (tree.kind.kind === 'glob') e.diag.note('the wildcard token must be last on the path');
        else if (tree.kind.kind === 'nested') e.diag.note('glob-like brace syntax must be last on the path');
      }
      throw e;
    }
    return base({ kind: 'use', tree });
  }
  if (checkFnFrontMatter(p, takeDefPeek(), sensitive)) {
    const defaultness = takeDef();
    const f = parseFn(p, attrs, mode, vis, sensitive);
    return base({ kind: 'fn', defaultness, ...f });
  }
  if (eatKeywordCase(p, 'extern', sensitive)) {
    if (eatKeywordCase(p, 'crate', sensitive)) return parseItemExternCrate(p, base);
    return parseItemForeignMod(p, { kind: 'default' }, base);
  }
  if (isUnsafeForeignMod(p)) {
    p.bump();
    const safety: Safety = { kind: 'unsafe', span: p.prevSpan() };
    p.expectKeyword('extern');
    return parseItemForeignMod(p, safety, base);
  }
  if (isStaticGlobal(p)) {
    const safety = parseSafety(p);
    p.bump(); // `static`
    const mutability = p.eatKeyword('mut') ? 'mut' : 'not';
    return parseStaticItem(p, safety, mutability, base);
  }
  if (keywordCase(p, 'trait', sensitive) || checkTraitFrontMatter(p)) return parseItemTrait(p, base);
  const constness = parseConstness(p, sensitive);
  if (constness.kind === 'yes') {
    if (isKeyword(p.token, 'impl')) {
      const sp = constness.span;
      p.emit(p.err('expected identifier, found keyword `impl`', p.tokSpan()).suggestion(span(sp.lo, p.token.lo), 'you might have meant to write a const trait impl', '', 'MaybeIncorrect'));
      return parseItemImpl(p, takeDef(), base);
    }
    // rustc's `recover_const_mut`: `const mut X` and `const let x`.
    if (p.eatKeyword('mut')) {
      p.emit(p.err('const globals cannot be mutable', p.prevSpan()).label(p.prevSpan(), 'cannot be mutable').suggestionVerbose(constness.span, 'you might want to declare a static instead', 'static', 'MaybeIncorrect'));
    } else if (p.eatKeyword('let')) {
      const sp = span(constness.span.lo, p.prevToken.hi);
      p.emit(p.err('`const` and `let` are mutually exclusive', sp).suggestionVerbose(sp, 'remove `let`', 'const', 'MaybeIncorrect'));
    }
    recoverMissingKwBeforeItem(p);
    const defaultness = takeDef();
    return parseConstItem(p, defaultness, base);
  }
  if (keywordCase(p, 'impl', sensitive) || (keywordCase(p, 'unsafe', sensitive) && p.isKeywordAhead(1, ['impl']))) return parseItemImpl(p, takeDef(), base);
  if (keywordCase(p, 'mod', sensitive) || (keywordCase(p, 'unsafe', sensitive) && p.isKeywordAhead(1, ['mod']))) {
    if (!sensitive && !p.checkKeyword('mod') && !p.checkKeyword('unsafe')) p.eatKeywordCaseInsensitive(p.token.sym.toLowerCase() === 'mod' ? 'mod' : 'unsafe');
    return parseItemMod(p, base);
  }
  if (eatKeywordCase(p, 'type', sensitive)) return parseTypeAlias(p, takeDef(), base);
  if (eatKeywordCase(p, 'enum', sensitive)) return parseItemEnum(p, base);
  if (eatKeywordCase(p, 'struct', sensitive)) return parseItemStruct(p, base);
  if (p.isKwFollowedByIdent('union')) {
    p.bump();
    return parseItemUnion(p, base);
  }
  if (eatKeywordCase(p, 'macro', sensitive)) {
    // Macros 2.0 (`macro m(args) { body }`, `macro m { rules }`) are unstable: parsed as tokens
    // and reported.
    const lo = p.prevSpan();
    const ident = p.parseIdent();
    if (p.check('(')) parseDelimArgs(p);
    if (!p.check('{')) p.unexpected();
    const body = parseDelimArgs(p);
    p.emit(p.err('weftc does not support `macro` items (macros 2.0) yet', span(lo.lo, p.prevToken.hi)));
    return base({ kind: 'macroRules', ident, body });
  }
  const mr = isMacroRulesItem(p);
  if (mr) {
    p.expectKeyword('macro_rules');
    if (mr === 'bang') p.expect('!');
    const ident = p.parseIdent();
    if (p.eat('!')) {
      const sp = p.prevSpan();
      p.emit(p.err("macro names aren't followed by a `!`", sp).suggestionShort(sp, 'remove the `!`', '', 'MachineApplicable'));
    }
    const body = parseDelimArgs(p);
    eatSemiForMacroIfNeeded(p, body);
    complainIfPubMacro(p, vis, true);
    return base({ kind: 'macroRules', ident, body });
  }
  if (isntMacroInvocation(p) && ['import', 'using', 'include', 'require'].includes(p.token.sym) && !p.token.raw) {
    return recoverImportAsUse(p, base);
  }
  if (isntMacroInvocation(p) && vis.kind.kind !== 'inherited') {
    recoverMissingKwBeforeItem(p);
    return null;
  }
  if (isntMacroInvocation(p) && sensitive) {
    return parseItemKind(p, attrs, macAllowed, lo, vis, takeDef, mode, false, base);
  }
  if (macAllowed && p.checkPath()) {
    if (isntMacroInvocation(p)) recoverMissingKwBeforeItem(p);
    const mac = parseItemMacro(p, vis);
    return base({ kind: 'macCall', mac });
  }
  return null;

  function takeDefPeek(): boolean {
    // rustc passes `check_pub` = "no `default` was parsed".
    return true;
  }
}

function recoverImportAsUse(p: Parser, base: BaseFn): Item | null {
  const t = p.token;
  const s = p.snapshot();
  p.bump();
  try {
    const tree = parseUseTree(p);
    expectSemi(p);
    const sp = p.tokSpan(t);
    p.emit(p.err(`expected item, found \`${t.sym}\``, sp).suggestionVerbose(sp, 'items are imported using the `use` keyword', 'use', 'MachineApplicable'));
    return base({ kind: 'use', tree });
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
    p.restore(s);
    return null;
  }
}

/** `pub foo() {}` and friends: rustc's `recover_missing_kw_before_item` (the common cases). */
/**
 * `pub S {}`, `pub foo() {}`, `const foo() {}`: an item whose keyword was forgotten (rustc's
 * `recover_missing_kw_before_item`). Throws the error when it recognises one.
 */
function recoverMissingKwBeforeItem(p: Parser): void {
  const isPub = isKeyword(p.prevToken, 'pub');
  const isConst = isKeyword(p.prevToken, 'const');
  const identSpan = p.tokSpan();
  const sp = isPub ? span(p.prevToken.lo, identSpan.hi) : identSpan;
  const insert = span(identSpan.lo, identSpan.lo);
  const next = p.lookAhead(1).kind;
  if (!isIdent(p.token) || (isConst && next !== '(') || (next !== '<' && next !== '{' && next !== '(')) return;
  const ident = p.token.sym;
  p.bump();
  const fail = (msg: string, kw?: string, what?: string): never => {
    const d = p.err(msg, sp);
    if (kw) d.suggestionVerbose(insert, `add \`${kw}\` here to parse \`${ident}\` as ${what}`, `${kw} `, 'MaybeIncorrect');
    p.fail(d);
  };
  const ambiguous = 'missing `fn` or `struct` for function or struct definition';
  let foundGenerics = false;
  if (p.check('<')) {
    foundGenerics = true;
    p.eatToTokens(['>']);
    p.bump();
  }
  if (p.check('{')) {
    if (p.lookAhead(1).kind === '}') fail('missing `enum` or `struct` for enum or struct definition');
    if (p.lookAhead(2).kind === ':' || p.lookAhead(3).kind === ':') fail('missing `struct` for struct definition', 'struct', 'a struct');
    fail('missing `enum` for enum definition', 'enum', 'an enum');
  } else if (p.check('(')) {
    p.bump();
    const isMethod = recoverSelfParam(p);
    p.consumeBlock('(', ')', true);
    if (p.check('->') || p.check('{')) {
      p.eatToTokens(['{']);
      p.bump();
      p.consumeBlock('{', '}', true);
      if (isMethod) fail('missing `fn` for method definition', 'fn', 'a method');
      fail('missing `fn` for function definition', 'fn', 'a function');
    }
    if (isPub && p.check(';')) fail('missing `struct` for struct definition', 'struct', 'a struct');
    const d = p.err(ambiguous, sp);
    if (!foundGenerics) d.suggestionVerbose(identSpan, 'if you meant to call a macro, try', `${p.snippet(identSpan)}!`, 'MaybeIncorrect');
    p.fail(d);
  } else if (foundGenerics) {
    p.fail(p.err(ambiguous, sp));
  }
}

/** rustc's `recover_self_param`: whether a `self` parameter follows. */
function recoverSelfParam(p: Parser): boolean {
  try {
    parseOuterAttributes(p);
    return parseSelfParam(p) !== null;
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
    return false;
  }
}

function parseItemMacro(p: Parser, vis: Visibility): import('../ast.js').MacCall {
  const lo = p.tokSpan();
  const path = parsePath(p, 'mod');
  p.expect('!');
  try {
    const args = parseDelimArgs(p);
    eatSemiForMacroIfNeeded(p, args);
    complainIfPubMacro(p, vis, false);
    return { path, args, span: p.spanFrom(lo) };
  } catch (e) {
    if (e instanceof PErr && isIdent(p.token) && path.segments.length === 1 && editDistance('macro_rules', path.segments[0]!.ident.name, 2) !== null) {
      e.diag.suggestion(path.span, 'perhaps you meant to define a macro', 'macro_rules', 'MachineApplicable');
    }
    throw e;
  }
}

function eatSemiForMacroIfNeeded(p: Parser, args: DelimArgs): void {
  if (args.delim !== 'brace' && !p.eat(';')) {
    const sp = span(args.open.lo, args.close.hi);
    p.emit(p.err('macros that expand to items must be delimited with braces or followed by a semicolon', sp)
      .multipart('change the delimiters to curly braces', [{ span: args.open, snippet: '{' }, { span: args.close, snippet: '}' }], 'MaybeIncorrect')
      .suggestion(span(sp.hi, sp.hi), 'add a semicolon', ';', 'MaybeIncorrect'));
  }
}

function complainIfPubMacro(p: Parser, vis: Visibility, macroRules: boolean): void {
  if (vis.kind.kind === 'inherited') return;
  const sp = vis.span;
  if (macroRules) {
    p.emit(p.err(`can't qualify macro_rules invocation with \`${p.snippet(sp)}\``, sp).suggestionVerbose(sp, 'try exporting the macro', '#[macro_export]', 'MaybeIncorrect'));
  } else {
    p.emit(p.err("can't qualify macro invocation with `pub`", sp).suggestionVerbose(sp, 'remove the visibility', '', 'MachineApplicable').help(`try adjusting the macro to put \`${p.snippet(sp)}\` inside the invocation`));
  }
}

// ---------------------------------------------------------------------------------------------
// Functions.

function parseConstness(p: Parser, sensitive: boolean): Constness {
  // `const {` is a block and `const |` a closure, not a const item.
  const n = p.lookAhead(1);
  const constClosure = isKeyword(p.token, 'const') && (isKeyword(n, 'move') || isKeyword(n, 'use') || isKeyword(n, 'static') || n.kind === '||' || n.kind === '|');
  if (!constClosure && n.kind !== '{' && eatKeywordCase(p, 'const', sensitive)) return { kind: 'yes', span: p.prevSpan() };
  return { kind: 'no' };
}

function parseSafety(p: Parser): Safety {
  if (p.eatKeyword('unsafe')) return { kind: 'unsafe', span: p.prevSpan() };
  if (p.eatKeyword('safe')) return { kind: 'safe', span: p.prevSpan() };
  return { kind: 'default' };
}

const ALL_QUALS = ['pub', 'gen', 'const', 'async', 'unsafe', 'safe', 'extern'];
const QUALS = ['gen', 'const', 'async', 'unsafe', 'safe', 'extern'];

/** rustc's `check_fn_front_matter`: does an `fn` (with qualifiers) start here? */
export function checkFnFrontMatter(p: Parser, checkPub: boolean, sensitive = true): boolean {
  const quals = checkPub ? ALL_QUALS : QUALS;
  if (keywordCase(p, 'fn', sensitive)) return true;
  let anyQual = false;
  for (const q of quals) if (keywordCase(p, q, sensitive)) anyQual = true;
  if (anyQual) {
    const t = p.lookAhead(1);
    if (t.kind === 'ident' && !t.raw && (t.sym === 'fn' || (!sensitive && t.sym.toLowerCase() === 'fn'))) return true;
    const isQual = t.kind === 'ident' && !t.raw && ((quals.includes(t.sym) && isReservedName(t.sym, p.edition)) || (!sensitive && quals.includes(t.sym.toLowerCase())));
    if (isQual && !isUnsafeForeignMod(p) && !isAsyncGenBlock(p) && !p.isKeywordAhead(2, ['auto', 'trait'])) return true;
  }
  if (keywordCase(p, 'extern', sensitive)) {
    const t = p.lookAhead(1);
    if (t.kind === 'literal' && (t.lit === 'str' || t.lit === 'strRaw')) {
      const t2 = p.lookAhead(2);
      if (isKeyword(t2, 'fn') || (!sensitive && t2.kind === 'ident' && t2.sym.toLowerCase() === 'fn')) return true;
      if (t2.kind === 'ident' && !t2.raw && quals.includes(t2.sym)) return true;
    }
  }
  return false;
}

function isAsyncGenBlock(p: Parser): boolean {
  return isKeyword(p.token, 'async') && isKeyword(p.lookAhead(1), 'gen') && (p.lookAhead(2).kind === '{' || (isKeyword(p.lookAhead(2), 'move') && p.lookAhead(3).kind === '{'));
}

/** `const async unsafe extern "C" fn` (rustc's `parse_fn_front_matter`). */
export function parseFnFrontMatter(p: Parser, mode: 'function' | 'fnPtr', sensitive = true, origVis: Visibility | null = null): FnHeader {
  const spStart = p.tokSpan();
  let constness = parseConstness(p, sensitive);
  if (mode === 'fnPtr' && constness.kind === 'yes') {
    const sp = constness.span;
    p.emit(fnPtrCannotBe(p, 'const', sp, span(sp.lo, p.token.lo)));
    constness = { kind: 'no' };
  }
  const asyncStart = p.tokSpan();
  let coroutine: FnHeader['coroutine'] = null;
  if (eatKeywordCase(p, 'async', sensitive)) {
    const sp = p.prevSpan();
    coroutine = { kind: 'async', span: sp };
    if (mode === 'fnPtr') {
      p.emit(fnPtrCannotBe(p, 'async', sp, span(sp.lo, p.token.lo)));
      coroutine = null;
    }
  }
  const unsafeStart = p.tokSpan();
  let safety = sensitive ? parseSafety(p) : (p.eatKeywordCaseInsensitive('unsafe') ? { kind: 'unsafe', span: p.prevSpan() } as Safety : parseSafety(p));
  const extStart = p.tokSpan();
  let ext: FnHeader['ext'] = { kind: 'none' };
  if (eatKeywordCase(p, 'extern', sensitive)) {
    const externSpan = p.prevSpan();
    const abi = parseAbi(p);
    ext = abi ? { kind: 'explicit', abi, span: span(externSpan.lo, abi.span.hi) } : { kind: 'implicit', span: externSpan };
  }
  if (coroutine && coroutine.kind === 'async' && !atLeast2018(p.edition)) {
    const sp = coroutine.span;
    p.emit(p.err('`async fn` is not permitted in Rust 2015', sp).withCode('E0670').label(sp, 'to use `async fn`, switch to Rust 2018 or later')
      .help('pass `--edition 2024` to `rustc`').note('for more on editions, read https://doc.rust-lang.org/edition-guide'));
  }
  if (eatKeywordCase(p, 'fn', sensitive)) return { safety, coroutine, constness, ext };
  let err: PErr;
  try {
    const recovered = p.expectOneOf([], []);
    if (!recovered) throw new FatalError();
    return { safety, coroutine, constness, ext };
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
    err = e;
  }
  // A qualifier out of order or repeated (`unsafe const fn`, `async async fn`), or `async pub fn`.
  type WrongKw = { kind: 'duplicated'; original: Span } | { kind: 'misplaced'; correctPos: Span } | { kind: 'misplacedDisallowed' };
  let wrong: WrongKw | null = null;
  const here = p.tokSpan();
  if (p.checkKeyword('const')) {
    if (constness.kind === 'yes') wrong = { kind: 'duplicated', original: constness.span };
    else {
      constness = { kind: 'yes', span: here };
      if (mode === 'function') wrong = { kind: 'misplaced', correctPos: asyncStart };
      else {
        p.emit(fnPtrCannotBe(p, 'const', here, span(p.prevToken.hi, here.hi)));
        wrong = { kind: 'misplacedDisallowed' };
      }
    }
  } else if (p.checkKeyword('async')) {
    if (coroutine) wrong = { kind: 'duplicated', original: coroutine.span };
    else {
      coroutine = { kind: 'async', span: here };
      if (mode === 'function') wrong = { kind: 'misplaced', correctPos: asyncStart };
      else {
        p.emit(fnPtrCannotBe(p, 'async', here, span(p.prevToken.hi, here.hi)));
        wrong = { kind: 'misplacedDisallowed' };
      }
    }
  } else if (p.checkKeyword('unsafe')) {
    if (safety.kind === 'unsafe') wrong = { kind: 'duplicated', original: safety.span };
    else {
      wrong = { kind: 'misplaced', correctPos: safety.kind === 'safe' ? safety.span : extStart };
      safety = { kind: 'unsafe', span: here };
    }
  } else if (p.checkKeyword('safe')) {
    if (safety.kind === 'safe') wrong = { kind: 'duplicated', original: safety.span };
    else {
      wrong = { kind: 'misplaced', correctPos: safety.kind === 'unsafe' ? safety.span : extStart };
      safety = { kind: 'safe', span: here };
    }
  }
  void unsafeStart;
  const d = err.diag;
  if (wrong?.kind === 'duplicated') {
    const kw = p.snippet(wrong.original);
    d.suggestion(here, `\`${kw}\` already used earlier, remove this one`, '', 'MachineApplicable').note(`\`${kw}\` first seen here`, wrong.original);
  } else if (wrong?.kind === 'misplaced') {
    const correct = span(wrong.correctPos.lo, p.prevToken.hi);
    const current = p.snippet(correct);
    const misplaced = p.snippet(here);
    d.suggestion(span(correct.lo, here.hi), `\`${misplaced}\` must come before \`${current}\``, `${misplaced} ${current}`, 'MachineApplicable')
      .note('keyword order for functions declaration is `pub`, `default`, `const`, `async`, `unsafe`, `extern`');
  } else if (p.checkKeyword('pub')) {
    const sp = span(spStart.lo, p.prevToken.hi);
    const snippet = p.snippet(sp);
    let vis: Visibility;
    try {
      vis = parseVisibility(p, false);
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
      throw err;
    }
    if (!origVis || origVis.kind.kind === 'inherited') {
      const vs = visToString(vis);
      // rustc's span runs to the end of the visibility just parsed.
      d.suggestion(span(spStart.lo, p.prevToken.hi), `visibility \`${vs}\` must come before \`${snippet}\``, `${vs} ${snippet}`, 'MachineApplicable');
    } else {
      d.suggestion(vis.span, 'there is already a visibility modifier, remove one', '', 'MachineApplicable').note('explicit visibility first seen here', origVis.span);
    }
  }
  if (wrong && isKeywordCase(p.lookAhead(1), 'fn', sensitive)) {
    // Go on past the misplaced keyword and `fn`.
    p.bump();
    p.bump();
    if (wrong.kind !== 'misplacedDisallowed') p.emit(d);
    return { safety, coroutine, constness, ext };
  }
  throw err;
}

function fnPtrCannotBe(p: Parser, kw: 'const' | 'async', sp: Span, removal: Span): PDiag {
  return p.err(`an \`fn\` pointer type cannot be \`${kw}\``, sp).label(sp, `\`${kw}\` because of this`)
    .suggestionVerbose(removal, `remove the \`${kw}\` qualifier`, '', 'MaybeIncorrect').note('allowed qualifiers are: `unsafe` and `extern`');
}

/** rustc's `pprust::vis_to_string`, without the trailing space. */
export function visToString(v: Visibility): string {
  switch (v.kind.kind) {
    case 'public': return 'pub';
    case 'inherited': return '';
    case 'restricted': {
      const path = pathToString(v.kind.path);
      return v.kind.shorthand ? `pub(${path})` : `pub(in ${path})`;
    }
  }
}

function parseAbi(p: Parser): StrLit | null {
  const t = p.token;
  if (t.kind === 'literal') {
    if (t.lit === 'str' || t.lit === 'strRaw') {
      p.bump();
      return { symbol: t.sym, style: t.lit === 'str' ? 'cooked' : { raw: t.hashes }, span: p.tokSpan(t) };
    }
    if (t.lit !== 'err') {
      p.bump();
      p.emit(p.err('non-string ABI literal', p.tokSpan(t)).suggestionVerbose(p.tokSpan(t), 'specify the ABI with a string literal', '"C"', 'MaybeIncorrect'));
    }
  }
  return null;
}

function parseFn(p: Parser, attrs: Attribute[], mode: FnParseMode, vis: Visibility, sensitive: boolean): { ident: Ident; generics: Generics; sig: import('../ast.js').FnSig; body: import('../ast.js').Block | null } {
  void attrs;
  const sigLo = p.tokSpan();
  const header = parseFnFrontMatter(p, 'function', sensitive, vis);
  const fnSpan = p.prevSpan();
  const ident = p.parseIdent();
  const generics0 = parseGenerics(p);
  let decl: FnDecl;
  try {
    decl = parseFnDecl(p, mode.reqName, true, 'yes', mode.context ?? 'free');
  } catch (e) {
    if (e instanceof PErr && isKeyword(p.token, 'for')) {
      throw new PErr(p.err('you might have meant to write `impl` instead of `fn`', fnSpan).suggestionVerbose(fnSpan, 'replace `fn` with `impl` here', 'impl', 'MaybeIncorrect'));
    }
    throw e;
  }
  const fnParamsEnd = span(p.prevToken.hi, p.prevToken.hi);
  const whereClause = parseWhereClause(p);
  const generics = { ...generics0, whereClause };
  let sigHi = p.prevSpan();
  const body = parseFnBody(p, ident, mode.reqBody, whereClause.hasWhereToken ? fnParamsEnd : null, (s) => {
    sigHi = s;
  });
  return { ident, generics, sig: { header, decl, span: span(sigLo.lo, sigHi.hi) }, body };
}

function parseFnBody(p: Parser, ident: Ident, reqBody: boolean, fnParamsEnd: Span | null, setSigHi: (s: Span) => void): import('../ast.js').Block | null {
  const hasSemi = reqBody ? p.at(';') : p.check(';');
  if (hasSemi) {
    expectSemi(p);
    setSigHi(p.prevSpan());
    return null;
  }
  if (p.check('{')) {
    const [, body] = parseBlockCommon(p, p.tokSpan(), 'default', null);
    return body;
  }
  if (p.at('=')) {
    p.bump();
    const eq = p.prevSpan();
    parseExpr(p);
    expectSemi(p);
    const sp = span(eq.lo, p.prevToken.hi);
    p.emit(p.err('function body cannot be `= expression;`', sp).multipart('surround the expression with `{` and `}` instead of `=` and `;`', [
      { span: eq, snippet: '{' },
      { span: p.prevSpan(), snippet: ' }' },
    ], 'MachineApplicable'));
    return null;
  }
  try {
    expectedOneOfNotFound(p, [], reqBody ? ['{'] : [';', '{']);
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
    if (p.at('}')) {
      e.diag.label(ident.span, 'while parsing this `fn`');
      p.emit(e.diag);
      return null;
    }
    void fnParamsEnd;
    throw e;
  }
  return null;
}

/** `(params) -> ret` (rustc's `parse_fn_decl`). */
export function parseFnDecl(p: Parser, reqName: () => boolean, retAllowPlus: boolean, recoverReturnSign: 'yes' | 'onlyFatArrow' | 'no', context: FnContext = 'free'): FnDecl {
  const inputs = parseFnParams(p, reqName, context);
  const variadic = inputs.length > 0 && inputs[inputs.length - 1]!.ty.kind === 'cVarArgs';
  const output = parseRetTy(p, retAllowPlus, true, recoverReturnSign);
  return { inputs, output, variadic };
}

function parseFnParams(p: Parser, reqName: () => boolean, context: FnContext): Param[] {
  if (!p.at('(') && !isKeyword(p.token, 'for')) {
    const sp = span(p.prevToken.hi, p.prevToken.hi);
    p.emit(p.err('missing parameters for function definition', sp).suggestionVerbose(sp, 'add a parameter list', '()', 'MachineApplicable'));
    return [];
  }
  let first = true;
  const r = p.parseParenCommaSeq(() => {
    const s = p.snapshot();
    let param: Param;
    try {
      param = parseParamGeneral(p, reqName, first, true, context);
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
      p.emit(e.diag);
      const lo = p.prevToken.kind === '(' ? span(p.prevToken.hi, p.prevToken.hi) : p.prevSpan();
      p.restore(s);
      p.eatToTokens([',', ')']);
      const sp = span(lo.lo, p.prevToken.hi);
      const ident = p.ident('dummy', sp);
      param = dummyArg(p, ident);
    }
    first = false;
    return param;
  });
  return r.items;
}

function dummyArg(p: Parser, ident: Ident): Param {
  const pat = mkPat(p, ident.span, { kind: 'ident', binding: { byRef: null, mutability: 'not' }, ident, sub: null });
  const ty = mkTy(p, ident.span, { kind: 'err' });
  return { id: p.nextId(), attrs: [], pat, ty, span: ident.span };
}

/** One parameter of a function, method or function-pointer type (rustc's `parse_param_general`). */
export function parseParamGeneral(p: Parser, reqName: () => boolean, firstParam: boolean, recoverArgParse: boolean, context: FnContext = 'free'): Param {
  const lo = p.tokSpan();
  const attrs = parseOuterAttributes(p);
  const selfParam = parseSelfParam(p);
  if (selfParam) {
    const param = { ...selfParam, attrs };
    if (!firstParam) {
      p.emit(p.err('unexpected `self` parameter in function', param.pat.span).label(param.pat.span, 'must be the first parameter of an associated function'));
      return { ...param, ty: mkTy(p, param.ty.span, { kind: 'err' }) };
    }
    return param;
  }
  const isNameRequired = reqName();
  let pat: Pat;
  let ty: Ty;
  if (isNameRequired || isNamedParam(p)) {
    const [pt, colon] = parsePatBeforeTy(p, 'parameterName', 'functionParameter');
    if (!colon) {
      const err = p.caught(() => p.unexpected());
      const ident = parameterWithoutType(p, err!.diag, pt, isNameRequired, firstParam, context);
      if (ident) {
        p.emit(err!.diag);
        return dummyArg(p, ident);
      }
      throw err!;
    }
    eatIncorrectDocCommentForParamType(p);
    pat = pt;
    ty = parseTyForParam(p);
  } else {
    const before = p.snapshot();
    eatIncorrectDocCommentForParamType(p);
    let parsed: Ty | null = null;
    let err: PErr | null = null;
    try {
      parsed = parseTyForParam(p);
      if (parsed.kind === 'path') {
        const seg = parsed.path.segments[parsed.path.segments.length - 1];
        if (seg && checkTrailingAngleBrackets(p, seg, [')'])) return dummyArg(p, seg.ident);
      }
      if (!p.at(',') && !p.at(')')) p.unexpected();
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
      err = e;
    }
    if (err) {
      if (p.at('...') || p.unmatchedAngleBracketCount > 0 || !recoverArgParse) throw err;
      p.restore(before);
      const [pt, ty2] = recoverArgParseFn(p);
      pat = pt;
      ty = ty2;
    } else {
      ty = parsed!;
      pat = mkPat(p, ty.span, { kind: 'missing' } as never);
    }
  }
  return { id: p.nextId(), attrs, pat, ty, span: p.spanFrom(lo) };
}

function recoverArgParseFn(p: Parser): [Pat, Ty] {
  const [pat] = parsePatBeforeTy(p, 'argumentName', null);
  p.expect(':');
  const ty = parseTy(p);
  p.emit(p.err('patterns aren\'t allowed in methods without bodies', pat.span).withCode('E0642').suggestionVerbose(pat.span, 'give this argument a name or use an underscore to ignore it', '_', 'MachineApplicable'));
  return [mkPat(p, pat.span, { kind: 'wild' }), ty];
}

function eatIncorrectDocCommentForParamType(p: Parser): void {
  if (p.at('docComment')) {
    p.emit(p.err('documentation comments cannot be applied to a function parameter\'s type', p.tokSpan()).label(p.tokSpan(), 'doc comments are not allowed here'));
    p.bump();
  } else if (p.at('#') && p.lookAhead(1).kind === '[') {
    const lo = p.tokSpan();
    while (!p.at(']') && !p.at('eof')) p.bump();
    const sp = span(lo.lo, p.token.hi);
    p.bump();
    p.emit(p.err('attributes cannot be applied to a function parameter\'s type', sp).label(sp, 'attributes are not allowed here'));
  }
}

function isNamedParam(p: Parser): boolean {
  const offset = p.at('&') || p.at('&&') || isKeyword(p.token, 'mut') ? 1 : 0;
  return isIdent(p.lookAhead(offset)) && p.lookAhead(offset + 1).kind === ':';
}

/** `fn foo(String s)` / `fn foo(a, b)`: rustc's `parameter_without_type`. */
function parameterWithoutType(p: Parser, d: PDiag, pat: Pat, requireName: boolean, firstParam: boolean, context: FnContext): Ident | null {
  // rustc 1.95 notes the removed anonymous parameters only in traits (where 2015 allowed them),
  // and suggests `self: ` only for the first parameter of an associated function.
  const assoc = context === 'impl' || context === 'trait';
  if (p.checkIdent() && (p.lookAhead(1).kind === ',' || p.lookAhead(1).kind === ')')) {
    const t = p.token;
    p.bump();
    const ident = p.ident(t.sym, p.tokSpan(t));
    const sp = span(pat.span.lo, ident.span.hi);
    d.suggestion(sp, 'declare the type after the parameter binding', '<identifier>: <type>', 'HasPlaceholders');
    return ident;
  }
  if (requireName && (p.at(',') || p.at('<') || p.at(')'))) {
    const rfcNote = 'anonymous parameters are removed in the 2018 edition (see RFC 1685)';
    let ident: Ident;
    let paramSugg: string;
    let paramSpan: Span;
    if (pat.kind === 'ident') {
      ident = pat.ident;
      paramSugg = ': TypeName';
      paramSpan = span(pat.span.hi, pat.span.hi);
    } else if (pat.kind === 'ref' && pat.pat.kind === 'ident') {
      ident = pat.pat.ident;
      paramSugg = `${ident.name}: &${pat.mutability === 'mut' ? 'mut ' : ''}TypeName`;
      paramSpan = pat.span;
    } else {
      d.suggestionVerbose(span(pat.span.lo, pat.span.lo), 'explicitly ignore the parameter name', '_: ', 'MachineApplicable');
      if (context === 'trait') d.note(rfcNote);
      return null;
    }
    if (firstParam && assoc) d.suggestionVerbose(span(pat.span.lo, pat.span.lo), 'if this is a `self` type, give it a parameter name', 'self: ', 'MaybeIncorrect');
    if (!p.at('<')) d.suggestionVerbose(paramSpan, 'if this is a parameter name, give it a type', paramSugg, 'HasPlaceholders');
    d.suggestionVerbose(span(pat.span.lo, pat.span.lo), 'if this is a type, explicitly ignore the parameter name', '_: ', 'MachineApplicable');
    if (context === 'trait') d.note(rfcNote);
    return p.at('<') ? null : ident;
  }
  return null;
}

/** `self`, `mut self`, `&self`, `&'a mut self`, `self: Ty` (rustc's `parse_self_param`). */
function parseSelfParam(p: Parser): Param | null {
  const isIsolatedSelf = (n: number) => isKeyword(p.lookAhead(n), 'self') && p.lookAhead(n + 1).kind !== '::';
  const isIsolatedMutSelf = (n: number) => isKeyword(p.lookAhead(n), 'mut') && isIsolatedSelf(n + 1);
  const lo = p.tokSpan();
  const t = p.token;
  let selfIdent: Ident;
  let ty: Ty;
  let mutability: 'mut' | 'not' = 'not';
  const expectSelfIdent = (): Ident => {
    const s = p.token;
    p.bump();
    return p.ident('self', p.tokSpan(s));
  };
  if (t.kind === '&') {
    const hasLifetime = p.lookAhead(1).kind === 'lifetime';
    const skip = hasLifetime ? 1 : 0;
    let refMut: 'mut' | 'not';
    if (isIsolatedSelf(skip + 1)) refMut = 'not';
    else if (isIsolatedMutSelf(skip + 1)) refMut = 'mut';
    else return null;
    p.bump();
    let lifetime = null;
    if (hasLifetime) {
      const l = p.token;
      p.bump();
      lifetime = { id: p.nextId(), ident: p.ident(l.sym, p.tokSpan(l)) };
    }
    if (refMut === 'mut') p.bump();
    selfIdent = expectSelfIdent();
    if (p.eatNoExpect(':')) {
      const s = p.snapshot();
      try {
        const t2 = parseTy(p);
        p.emit(p.err('type not allowed for shorthand `self` parameter', t2.span).multipart('move the modifiers on `self` to the type', [
          { span: span(lo.lo, selfIdent.span.lo), snippet: '' },
          { span: span(t2.span.lo, t2.span.lo), snippet: p.snippet(span(lo.lo, selfIdent.span.lo)) },
        ], 'MachineApplicable'));
      } catch (e) {
        if (!(e instanceof PErr)) throw e;
        p.restore(s);
      }
    }
    const sp = span(lo.lo, selfIdent.span.hi);
    const inner = mkTy(p, selfIdent.span, { kind: 'implicitSelf' });
    ty = mkTy(p, sp, { kind: 'ref', lifetime, mt: { ty: inner, mutability: refMut } });
  } else if (t.kind === '*' && (isIsolatedSelf(1) || ((isKeyword(p.lookAhead(1), 'mut') || isKeyword(p.lookAhead(1), 'const')) && isIsolatedSelf(2)))) {
    p.bump();
    if (!isKeyword(p.token, 'self')) p.bump();
    const sp = p.prevSpan();
    p.emit(p.err('cannot pass `self` by raw pointer', sp).label(sp, 'cannot pass `self` by raw pointer'));
    selfIdent = expectSelfIdent();
    ty = mkTy(p, selfIdent.span, { kind: 'implicitSelf' });
  } else if (t.kind === 'ident' && isIsolatedSelf(0)) {
    selfIdent = expectSelfIdent();
    ty = p.eat(':') ? parseTy(p) : mkTy(p, selfIdent.span, { kind: 'implicitSelf' });
  } else if (t.kind === 'ident' && isIsolatedMutSelf(0)) {
    p.bump();
    mutability = 'mut';
    selfIdent = expectSelfIdent();
    ty = p.eat(':') ? parseTy(p) : mkTy(p, selfIdent.span, { kind: 'implicitSelf' });
  } else {
    return null;
  }
  const sp = span(lo.lo, p.prevToken.hi);
  const patSpan = span(lo.lo, selfIdent.span.hi);
  const pat = mkPat(p, patSpan, { kind: 'ident', binding: { byRef: null, mutability }, ident: selfIdent, sub: null });
  return { id: p.nextId(), attrs: [], pat, ty, span: sp };
}

// ---------------------------------------------------------------------------------------------
// Other items.

function expectSemi(p: Parser): void {
  if (p.eat(';')) return;
  if (p.at(':') && p.text.line(p.token.lo) < p.text.line(p.lookAhead(1).lo)) {
    const sp = p.tokSpan();
    p.emit(p.err('statements are terminated with a semicolon', sp).suggestionVerbose(sp, 'use a semicolon instead', ';', 'MachineApplicable'));
    p.bump();
    return;
  }
  p.expect(';');
}

function parseItemExternCrate(p: Parser, base: BaseFn): Item {
  const orig = parseCrateNameWithDashes(p);
  let ident = orig;
  let origName: Ident | null = null;
  if (p.eatKeyword('as')) {
    origName = orig;
    ident = parseIdentOrUnderscore(p);
  }
  expectSemi(p);
  return base({ kind: 'externCrate', ident, orig: origName });
}

function parseCrateNameWithDashes(p: Parser): Ident {
  const ident = isKeyword(p.token, 'self') ? (p.bump(), p.ident('self', p.prevSpan())) : p.parseIdent();
  if (p.at('-')) {
    let sp = ident.span;
    let name = ident.name;
    const dashes: Span[] = [];
    while (p.eat('-')) {
      dashes.push(p.prevSpan());
      const part = p.parseIdent();
      name += '-' + part.name;
      sp = span(sp.lo, part.span.hi);
    }
    p.emit(p.err('crate name using dashes are not valid in `extern crate` statements', sp).label(sp, 'dash-separated idents are not valid')
      .multipart('if the original crate name uses dashes you need to use underscores in the code', dashes.map((d) => ({ span: d, snippet: '_' })), 'MachineApplicable', 'ShowAlways'));
    return p.ident(name.replace(/-/g, '_'), sp);
  }
  return ident;
}

function parseIdentOrUnderscore(p: Parser): Ident {
  if (p.eatKeyword('_')) return p.ident('_', p.prevSpan());
  return p.parseIdent();
}

function parseItemForeignMod(p: Parser, safety: Safety, base: BaseFn): Item {
  const abi = parseAbi(p);
  const items = parseItemList(p, () => {
    const it = parseItemWithMode(p, { reqName: () => true, reqBody: false });
    if (!it) return null;
    if (it.kind === 'fn' || it.kind === 'static' || it.kind === 'tyAlias' || it.kind === 'macCall') return [it as ForeignItem];
    if (it.kind === 'const') {
      p.emit(p.err('extern items cannot be `const`', it.span).note('for more information, visit https://doc.rust-lang.org/std/keyword.extern.html'));
      return [];
    }
    errorBadItemKind(p, it, '`extern` blocks');
    return [];
  });
  return base({ kind: 'foreignMod', safety, abi, items });
}

function errorBadItemKind(p: Parser, it: Item, ctx: string): void {
  const descr = itemDescr(it);
  p.emit(p.err(`${descr} is not supported in ${ctx}`, it.span).help(`consider moving the ${descr} out to a nearby module scope`));
}

function parseStaticItem(p: Parser, safety: Safety, mutability: 'mut' | 'not', base: BaseFn): Item {
  const ident = p.parseIdent();
  let ty: Ty;
  const colon = p.eat(':');
  if (colon && !(p.check('=') || p.check(';'))) ty = parseTy(p);
  else ty = recoverMissingGlobalItemType(p, colon, mutability === 'mut' ? 'static mut' : 'static');
  const expr = p.eat('=') ? parseExpr(p) : null;
  expectSemi(p);
  return base({ kind: 'static', ident, ty, mutability, safety, expr });
}

function recoverMissingGlobalItemType(p: Parser, colonPresent: boolean, kind: string): Ty {
  const sp = span(p.prevToken.hi, p.prevToken.hi);
  const d = p.err(`missing type for \`${kind}\` item`, sp).suggestionVerbose(sp, 'provide a type for the item', `${colonPresent ? '' : ':'} <type>`, 'HasPlaceholders');
  // rustc stashes this error; type checking steals it and suggests the inferred type.
  p.stashed.push({ key: 'ItemNoType', span: sp, diag: d.build() });
  return mkTy(p, sp, { kind: 'infer' });
}

function parseConstItem(p: Parser, defaultness: Defaultness, base: BaseFn): Item {
  const ident = parseIdentOrUnderscore(p);
  const generics0 = parseGenerics(p);
  const colon = p.eat(':');
  const eqOrSemi = p.check('=') || p.check(';');
  const ty = colon && !eqOrSemi ? parseTy(p) : recoverMissingGlobalItemType(p, colon, 'const');
  const beforeWhere = parseWhereClause(p);
  const expr = p.eat('=') ? parseExpr(p) : null;
  const afterWhere = parseWhereClause(p);
  if (beforeWhere.hasWhereToken && expr) {
    p.emit(p.err('where clauses are not allowed before const item bodies', beforeWhere.span).label(beforeWhere.span, 'unexpected where clause'));
  }
  expectSemi(p);
  const whereClause = afterWhere.hasWhereToken ? afterWhere : beforeWhere;
  return base({ kind: 'const', ident, defaultness, generics: { ...generics0, whereClause }, ty, expr });
}

function parseTypeAlias(p: Parser, defaultness: Defaultness, base: BaseFn): Item {
  const ident = p.parseIdent();
  const generics0 = parseGenerics(p);
  const bounds = p.eat(':') ? parseGenericBounds(p) : [];
  const beforeWhere = parseWhereClause(p);
  const ty = p.eat('=') ? parseTy(p) : null;
  const afterWhere = parseWhereClause(p);
  expectSemi(p);
  const whereClause = afterWhere.hasWhereToken ? afterWhere : beforeWhere;
  return base({ kind: 'tyAlias', ident, defaultness, generics: { ...generics0, whereClause }, bounds, ty });
}

function parseItemMod(p: Parser, base: BaseFn): Item {
  const safety = parseSafety(p);
  p.expectKeyword('mod');
  const ident = p.parseIdent();
  if (p.eat(';')) return base({ kind: 'mod', ident, safety, mod: { kind: 'unloaded' } });
  p.expect('{');
  const m = parseMod(p, '}');
  return base({ kind: 'mod', ident, safety, mod: { kind: 'inline', items: m.items, innerSpan: m.innerSpan, innerAttrs: m.attrs } });
}

function parseUseTree(p: Parser): UseTree {
  const lo = p.tokSpan();
  let prefix: import('../ast.js').Path = { span: span(lo.lo, lo.lo), segments: [] };
  let kind: UseTree['kind'];
  if (p.check('{') || p.check('*') || (p.check('::') && (p.lookAhead(1).kind === '{' || p.lookAhead(1).kind === '*'))) {
    if (eatPathSep(p)) prefix = { span: span(lo.lo, lo.lo), segments: [{ id: p.nextId(), ident: p.ident('{{root}}', span(lo.lo, lo.lo)), args: null }] };
    kind = parseUseTreeGlobOrNested(p);
  } else {
    prefix = parsePath(p, 'mod');
    if (eatPathSep(p)) {
      kind = parseUseTreeGlobOrNested(p);
    } else {
      while (p.eatNoExpect(':')) {
        const sp = p.prevSpan();
        p.emit(p.err('expected `::`, found `:`', sp).note('import paths are delimited using `::`').suggestionVerbose(sp, 'use double colon', '::', 'MachineApplicable'));
        const segs = [...prefix.segments];
        parsePathSegments(p, segs, 'mod');
        prefix = { span: p.spanFrom(lo), segments: segs };
      }
      const rename = p.eatKeyword('as') ? parseIdentOrUnderscore(p) : null;
      kind = { kind: 'simple', rename, id: p.nextId() };
    }
  }
  return { prefix, kind, span: p.spanFrom(lo) };
}

function parseUseTreeGlobOrNested(p: Parser): UseTree['kind'] {
  if (p.eat('*')) return { kind: 'glob' };
  const lo = p.tokSpan();
  const r = p.parseDelimCommaSeq('{', '}', () => ({ tree: parseUseTree(p), id: p.nextId() }));
  return { kind: 'nested', items: r.items, span: p.spanFrom(lo) };
}

// ---------------------------------------------------------------------------------------------
// Traits and impls.

function parseItemList<T>(p: Parser, parseOne: () => T[] | null): T[] {
  const openBrace = p.tokSpan();
  if (p.at(';')) {
    const sp = p.tokSpan();
    p.emit(p.err('expected `{}`, found `;`', sp).suggestionHidden(sp, 'try using `{}` instead', '{}', 'MachineApplicable').note('for a full list of items that can appear in modules, see <https://doc.rust-lang.org/reference/items.html>'));
    p.bump();
    return [];
  }
  p.expect('{');
  parseInnerAttributes(p);
  const items: T[] = [];
  while (!p.eat('}')) {
    if (p.at('docComment') && p.lookAhead(1).kind === '}') {
      const sp = p.tokSpan();
      p.emit(p.err("found a documentation comment that doesn't document anything", sp).withCode('E0585').help('doc comments must come before what they document, if a comment was intended use `//`'));
      p.bump();
      continue;
    }
    let r: T[] | null;
    try {
      r = parseOne();
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
      p.consumeBlock('{', '}', true);
      e.diag.label(openBrace, 'while parsing this item list starting here').label(p.prevSpan(), 'the item list ends here');
      p.emit(e.diag);
      break;
    }
    if (r === null) {
      let unnecessarySemi = items.length > 0 && p.snippet(p.prevSpan()) === '}' && p.at(';');
      let semiSpan = p.tokSpan();
      if (!unnecessarySemi) {
        unnecessarySemi = p.at('{') && p.prevToken.kind === ';';
        semiSpan = p.prevSpan();
      }
      const nonItem = p.tokSpan();
      const isLet = isKeyword(p.token, 'let');
      const d = p.err('non-item in item list', nonItem);
      p.consumeBlock('{', '}', true);
      if (isLet) d.suggestionVerbose(nonItem, 'consider using `const` instead of `let` for associated const', 'const', 'MachineApplicable');
      else d.label(openBrace, 'item list starts here').label(nonItem, 'non-item starts here').label(p.prevSpan(), 'item list ends here');
      if (unnecessarySemi) d.suggestion(semiSpan, 'consider removing this semicolon', '', 'MaybeIncorrect');
      p.emit(d);
      break;
    }
    items.push(...r);
  }
  return items;
}

export function parseAssocItem(p: Parser, ctxt: 'trait' | 'impl'): AssocItem[] | null {
  const mode: FnParseMode = ctxt === 'impl' ? { reqName: () => true, reqBody: true, context: 'impl' } : { reqName: () => atLeast2018(p.edition), reqBody: false, context: 'trait' };
  const it = parseItemWithMode(p, mode);
  if (!it) return null;
  if (it.kind === 'fn' || it.kind === 'const' || it.kind === 'tyAlias' || it.kind === 'macCall') return [{ ...it, ctxt } as AssocItem];
  if (it.kind === 'static') {
    p.emit(p.err('associated `static` items are not allowed', it.span));
    return [{ kind: 'const', id: it.id, span: it.span, attrs: it.attrs, vis: it.vis, ident: it.ident, defaultness: { kind: 'final' }, generics: emptyGenerics(it.span), ty: it.ty, expr: it.expr, ctxt } as AssocItem];
  }
  errorBadItemKind(p, it, '`trait`s or `impl`s');
  return [];
}

function emptyGenerics(sp: Span): Generics {
  return { params: [], whereClause: { hasWhereToken: false, predicates: [], span: span(sp.lo, sp.lo) }, span: span(sp.lo, sp.lo) };
}

function parseItemTrait(p: Parser, base: BaseFn): Item {
  parseConstness(p, true);
  const safety = parseSafety(p);
  const isAuto = p.eatKeyword('auto');
  p.expectKeyword('trait');
  const ident = p.parseIdent();
  const generics0 = parseGenerics(p);
  const hadColon = p.eat(':');
  const atColon = p.prevSpan();
  const bounds = hadColon ? parseGenericBounds(p) : [];
  const beforeEq = p.prevSpan();
  if (p.eat('=')) {
    if (hadColon) p.emit(p.err('bounds are not allowed on trait aliases', span(atColon.lo, beforeEq.hi)));
    const aliasBounds = parseGenericBounds(p);
    const whereClause = parseWhereClause(p);
    expectSemi(p);
    return base({ kind: 'traitAlias', ident, generics: { ...generics0, whereClause }, bounds: aliasBounds });
  }
  const whereClause = parseWhereClause(p);
  const items = parseItemList(p, () => parseAssocItem(p, 'trait'));
  return base({ kind: 'trait', ident, safety, isAuto, generics: { ...generics0, whereClause }, bounds, items });
}

function chooseGenericsOverQPath(p: Parser, start: number): boolean {
  if (p.lookAhead(start).kind !== '<') return false;
  const a = p.lookAhead(start + 1);
  if (a.kind === '#' || a.kind === '>') return true;
  if (a.kind === 'lifetime' || isKeyword(a, 'const')) return true;
  if (isIdent(a) && !isReservedIdent(a, p.edition)) {
    const b = p.lookAhead(start + 2);
    return b.kind === '>' || b.kind === ',' || b.kind === ':' || b.kind === '=';
  }
  return false;
}

function parseItemImpl(p: Parser, defaultness: Defaultness, base: BaseFn): Item {
  const safety = parseSafety(p);
  p.expectKeyword('impl');
  const generics0 = chooseGenericsOverQPath(p, 0) ? parseGenerics(p) : { params: [], whereClause: { hasWhereToken: false, predicates: [], span: span(p.prevToken.hi, p.prevToken.hi) }, span: span(p.prevToken.hi, p.prevToken.hi) };
  const constness = parseConstness(p, true);
  if ((atLeast2018(p.edition) && isKeyword(p.token, 'async')) || p.isKwFollowedByIdent('async')) {
    p.bump();
    p.emit(p.err('`async` trait implementations are unsupported', p.prevSpan()));
  }
  let polarity: 'positive' | 'negative' = 'positive';
  if (p.check('!') && canBeginType(p.lookAhead(1), p.edition)) {
    p.bump();
    polarity = 'negative';
  }
  if (isKeyword(p.token, 'for') && p.lookAhead(1).kind !== '<') {
    const sp = span(p.prevToken.hi, p.token.lo);
    throw new PErr(p.err('missing trait in a trait impl', sp).suggestionVerbose(sp, 'add a trait here', ' Trait ', 'HasPlaceholders')
      .suggestionVerbose(span(sp.lo, p.token.hi), 'for an inherent impl, drop this `for`', '', 'MaybeIncorrect'));
  }
  const tyFirst = parseTy(p);
  const hasFor = p.eatKeyword('for');
  const missingForSpan = span(p.prevToken.hi, p.token.lo);
  let tySecond: Ty | null = null;
  if (hasFor || canBeginType(p.token, p.edition)) tySecond = parseTy(p);
  const whereClause = parseWhereClause(p);
  const items = parseItemList(p, () => parseAssocItem(p, 'impl'));
  const generics = { ...generics0, whereClause };
  if (tySecond) {
    if (!hasFor) p.emit(p.err('missing `for` in a trait impl', missingForSpan).suggestionVerbose(missingForSpan, 'add `for` here', ' for ', 'MachineApplicable'));
    let path;
    if (tyFirst.kind === 'path' && tyFirst.qself === null) path = tyFirst.path;
    else if (tyFirst.kind === 'implTrait' && tyFirst.bounds.length === 1 && tyFirst.bounds[0]!.kind === 'trait') {
      const b = tyFirst.bounds[0]!;
      p.emit(p.err('unexpected `impl` keyword', span(tyFirst.span.lo, b.span.lo)).suggestionShort(span(tyFirst.span.lo, b.span.lo), 'remove the extra `impl`', '', 'MaybeIncorrect')
        .note('this is parsed as an `impl Trait` type, but a trait is expected at this position', tyFirst.span));
      path = b.traitRef.path;
    } else {
      throw new PErr(p.err('expected a trait, found type', tyFirst.span));
    }
    return base({ kind: 'impl', defaultness, safety, generics, constness, polarity, ofTrait: { id: p.nextId(), path }, selfTy: tySecond, items });
  }
  return base({ kind: 'impl', defaultness, safety, generics, constness, polarity, ofTrait: null, selfTy: tyFirst, items });
}

// ---------------------------------------------------------------------------------------------
// ADTs.

function parseItemStruct(p: Parser, base: BaseFn): Item {
  const ident = p.parseIdent();
  let generics = parseGenerics(p);
  let data: VariantData;
  if (isKeyword(p.token, 'where')) {
    generics = { ...generics, whereClause: parseWhereClause(p) };
    if (p.eat(';')) data = { kind: 'unit', id: p.nextId() };
    else data = parseRecordStructBody(p, 'struct', ident.span, true);
  } else if (p.eat(';')) {
    data = { kind: 'unit', id: p.nextId() };
  } else if (p.at('{')) {
    data = parseRecordStructBody(p, 'struct', ident.span, false);
  } else if (p.at('(')) {
    data = { kind: 'tuple', fields: parseTupleStructBody(p), id: p.nextId() };
    generics = { ...generics, whereClause: parseWhereClause(p) };
    expectSemi(p);
  } else {
    const sp = p.tokSpan();
    throw new PErr(p.err(`expected \`where\`, \`{\`, \`(\`, or \`;\` after struct name, found ${p.descr()}`, sp).label(sp, 'expected `where`, `{`, `(`, or `;` after struct name'));
  }
  return base({ kind: 'struct', ident, generics, data });
}

function parseItemUnion(p: Parser, base: BaseFn): Item {
  const ident = p.parseIdent();
  let generics = parseGenerics(p);
  let data: VariantData;
  if (isKeyword(p.token, 'where')) {
    generics = { ...generics, whereClause: parseWhereClause(p) };
    data = parseRecordStructBody(p, 'union', ident.span, true);
  } else if (p.at('{')) {
    data = parseRecordStructBody(p, 'union', ident.span, false);
  } else {
    const sp = p.tokSpan();
    throw new PErr(p.err(`expected \`where\` or \`{\` after union name, found ${p.descr()}`, sp).label(sp, 'expected `where` or `{` after union name'));
  }
  return base({ kind: 'union', ident, generics, data });
}

function parseRecordStructBody(p: Parser, adtTy: string, identSpan: Span, parsedWhere: boolean): VariantData {
  const fields: FieldDef[] = [];
  let recovered = false;
  if (p.eat('{')) {
    while (!p.at('}')) {
      try {
        const f = parseFieldDef(p, adtTy, identSpan);
        if (f) fields.push(f);
      } catch (e) {
        if (!(e instanceof PErr)) throw e;
        p.consumeBlock('{', '}', false);
        e.diag.label(identSpan, `while parsing this ${adtTy}`);
        p.emit(e.diag);
        recovered = true;
        break;
      }
    }
    p.expect('}');
  } else {
    const whereStr = parsedWhere ? '' : '`where`, or ';
    const sp = p.tokSpan();
    throw new PErr(p.err(`expected ${whereStr}\`{\` after struct name, found ${p.descr()}`, sp).label(sp, `expected ${whereStr}\`{\` after struct name`));
  }
  return { kind: 'struct', fields, recovered };
}

function parseFieldDef(p: Parser, adtTy: string, identSpan: Span): FieldDef | null {
  const attrs = parseOuterAttributes(p);
  const lo = p.tokSpan();
  const vis = parseVisibility(p, false);
  if (isKeyword(p.token, 'unsafe')) p.bump();
  return parseSingleStructField(p, adtTy, lo, vis, attrs, identSpan);
}

function parseSingleStructField(p: Parser, adtTy: string, lo: Span, vis: Visibility, attrs: Attribute[], identSpan: Span): FieldDef {
  const field = parseNameAndTy(p, adtTy, lo, vis, attrs);
  switch (p.token.kind) {
    case ',':
      p.bump();
      break;
    case ';': {
      p.bump();
      const sp = p.prevSpan();
      p.emit(p.err(`${adtTy} fields are separated by \`,\``, sp).suggestionShort(sp, 'replace `;` with `,`', ',', 'MachineApplicable').label(identSpan, `while parsing this ${adtTy}`));
      break;
    }
    case '}':
      break;
    case 'docComment': {
      const prevSpan = p.prevSpan();
      const docSpan = p.tokSpan();
      p.bump();
      const commaSeen = p.eat(',');
      const d = p.err("found a documentation comment that doesn't document anything", docSpan).withCode('E0585').help('doc comments must come before what they document, if a comment was intended use `//`');
      if (!commaSeen && p.at('}')) {
        p.emit(d);
      } else {
        if (!commaSeen) d.suggestionVerbose(span(prevSpan.hi, prevSpan.hi), 'missing comma here', ',', 'MachineApplicable');
        throw new PErr(d);
      }
      break;
    }
    default: {
      const sp = span(p.prevToken.hi, p.prevToken.hi);
      const msg = `expected \`,\`, or \`}\`, found ${p.descr()}`;
      if (field.ty.kind === 'path') {
        const seg = field.ty.path.segments[field.ty.path.segments.length - 1];
        if (seg && checkTrailingAngleBrackets(p, seg, [',', '}'])) {
          p.eat(',');
          return field;
        }
      }
      const d = p.err(msg, sp);
      if (isIdent(p.token) || (p.at('#') && p.lookAhead(1).kind === '[')) {
        d.suggestion(sp, 'try adding a comma', ',', 'MachineApplicable');
        p.emit(d);
      } else {
        throw new PErr(d);
      }
    }
  }
  return field;
}

function parseNameAndTy(p: Parser, adtTy: string, lo: Span, vis: Visibility, attrs: Attribute[]): FieldDef {
  const ident = parseFieldIdent(p, adtTy, lo);
  if (p.at('!')) {
    throw new PErr(p.err('unexpected token: `!`', p.tokSpan()).note('macros cannot expand to struct fields'));
  }
  expectFieldTySeparator(p);
  const ty = parseTy(p);
  let def = null;
  if (p.at('=')) {
    p.bump();
    def = parseExprAnonConst(p);
  }
  return { id: p.nextId(), attrs, vis, ident, ty, default: def, span: p.spanFrom(lo) };
}

function expectFieldTySeparator(p: Parser): void {
  try {
    p.expect(':');
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
    const next = p.lookAhead(1);
    const eqTypo = p.at('=') && isPathStartToken(p, next);
    const semiTypo = p.at(';') && isPathStartToken(p, next) && p.text.line(p.token.hi) === p.text.line(next.lo);
    if (eqTypo || semiTypo) {
      p.bump();
      e.diag.suggestionShort(p.prevSpan(), 'field names and their types are separated with `:`', ':', 'MachineApplicable');
      p.emit(e.diag);
    } else {
      throw e;
    }
  }
}

function isPathStartToken(p: Parser, t: import('../token.js').Token): boolean {
  return t.kind === '::' || t.kind === '<' || t.kind === '<<' || isPathSegmentKeywordToken(t) || isNonReservedIdent(t, p.edition);
}

function parseFieldIdent(p: Parser, adtTy: string, lo: Span): Ident {
  const t = p.token;
  if (t.kind === 'ident' && !t.raw && isReservedIdent(t, p.edition)) {
    if (checkFnFrontMatter(p, false)) {
      const s = p.snapshot();
      try {
        const f = parseFn(p, [], { reqName: () => true, reqBody: true }, { kind: { kind: 'inherited' }, span: lo }, true);
        const sp = span(lo.lo, f.body ? f.body.span.hi : f.sig.span.hi);
        throw new PErr(p.err(`functions are not allowed in ${adtTy} definitions`, sp)
          .help("unlike in C++, Java, and C#, functions are declared in `impl` blocks")
          .help('see https://doc.rust-lang.org/book/ch05-03-method-syntax.html for more information'));
      } catch (e) {
        if (e instanceof PErr && e.diag.message.startsWith('functions are not allowed')) throw e;
        if (!(e instanceof PErr)) throw e;
        p.restore(s);
      }
    }
    return p.parseIdentCommon(false);
  }
  return p.parseIdentCommon(false);
}

function parseTupleStructBody(p: Parser): FieldDef[] {
  return p.parseParenCommaSeq(() => {
    const attrs = parseOuterAttributes(p);
    const lo = p.tokSpan();
    const vis = parseVisibility(p, true);
    const ty = parseTy(p);
    let def = null;
    if (p.at('=')) {
      p.bump();
      def = parseExprAnonConst(p);
    }
    return { id: p.nextId(), attrs, vis, ident: null, ty, default: def, span: p.spanFrom(lo) };
  }).items;
}

const ENUM_HELP = 'enum variants can be `Variant`, `Variant = <integer>`, `Variant(Type, ..., TypeN)` or `Variant { fields: Types }`';

function parseItemEnum(p: Parser, base: BaseFn): Item {
  if (isKeyword(p.token, 'struct')) {
    const sp = span(p.prevToken.lo, p.token.hi);
    const d = p.err('`enum` and `struct` are mutually exclusive', sp).suggestionVerbose(sp, 'replace `enum struct` with', 'enum', 'MachineApplicable');
    if (isIdent(p.lookAhead(1))) {
      p.bump();
      p.emit(d);
    } else {
      throw new PErr(d);
    }
  }
  const prevSpan = p.prevSpan();
  const ident = p.parseIdent();
  const generics0 = parseGenerics(p);
  const whereClause = parseWhereClause(p);
  let variants: Variant[] = [];
  if (p.at(';')) {
    const sp = p.tokSpan();
    p.emit(p.err('expected `{}`, found `;`', sp).suggestionHidden(sp, 'try using `{}` instead', '{}', 'MachineApplicable').note('for a full list of items that can appear in modules, see <https://doc.rust-lang.org/reference/items.html>'));
    p.bump();
  } else {
    try {
      variants = p.parseDelimCommaSeq('{', '}', () => parseEnumVariant(p, ident.span)).items.filter((v): v is Variant => v !== null);
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
      e.diag.label(ident.span, 'while parsing this enum');
      if (isNonReservedIdent(p.prevToken, p.edition) && p.at(':')) {
        const s = p.snapshot();
        p.bump();
        try {
          parseTy(p);
          e.diag.suggestionVerbose(prevSpan, 'perhaps you meant to use `struct` here', 'struct', 'MaybeIncorrect');
        } catch (e2) {
          if (!(e2 instanceof PErr)) throw e2;
        }
        p.restore(s);
      }
      p.eatToTokens(['}']);
      p.bump();
      throw e;
    }
  }
  return base({ kind: 'enum', ident, generics: { ...generics0, whereClause }, variants });
}

function parseEnumVariant(p: Parser, enumSpan: Span): Variant | null {
  const attrs = parseOuterAttributes(p);
  try {
    const vlo = p.tokSpan();
    const vis = parseVisibility(p, false);
    const ident = parseFieldIdent(p, 'enum', vlo);
    if (p.at('!')) {
      try {
        p.unexpected();
      } catch (e) {
        if (!(e instanceof PErr)) throw e;
        e.diag.note('macros cannot expand to enum variants');
        p.emit(e.diag);
      }
      p.bump();
      parseDelimArgs(p);
      return null;
    }
    let data: VariantData;
    if (p.check('{')) {
      try {
        data = parseRecordStructBody(p, 'struct', ident.span, false);
      } catch (e) {
        if (!(e instanceof PErr)) throw e;
        if (p.at(':')) throw e;
        p.eatToTokens(['}']);
        p.bump();
        e.diag.label(enumSpan, 'while parsing this enum').help(ENUM_HELP);
        p.emit(e.diag);
        data = { kind: 'struct', fields: [], recovered: true };
      }
    } else if (p.check('(')) {
      try {
        data = { kind: 'tuple', fields: parseTupleStructBody(p), id: p.nextId() };
      } catch (e) {
        if (!(e instanceof PErr)) throw e;
        if (p.at(':')) throw e;
        p.eatToTokens([')']);
        p.bump();
        e.diag.label(enumSpan, 'while parsing this enum').help(ENUM_HELP);
        p.emit(e.diag);
        data = { kind: 'tuple', fields: [], id: p.nextId() };
      }
    } else {
      data = { kind: 'unit', id: p.nextId() };
    }
    const discriminant = p.eat('=') ? parseExprAnonConst(p) : null;
    return { id: p.nextId(), attrs, vis, ident, data, discriminant, span: p.spanFrom(vlo) };
  } catch (e) {
    if (e instanceof PErr) e.diag.help(ENUM_HELP);
    throw e;
  }
}

export { errorBlockNoOpeningBraceMsg, PDiag, isReservedIdent };
