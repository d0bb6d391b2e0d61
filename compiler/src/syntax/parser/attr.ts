/**
 * Attributes, after rustc_parse's `parser/attr.rs`: outer (`#[...]`, `///`) and inner (`#![...]`,
 * `//!`) attributes, `#[unsafe(...)]`, attribute arguments, and the meta-item view
 * (`derive(Debug)`, `path = "x.rs"`) that later phases read.
 *
 * Owns: attribute syntax and the misplaced-inner-attribute errors. Must not: interpret attributes.
 */
import type { Token } from '../token.js';
import { span, type Span } from '../source-map.js';
import type { Attribute, AttrArgs, DelimArgs, MetaItem, MetaItemInner, Lit, Path, Expr } from '../ast.js';
import { Parser, PErr } from './parser.js';
import { parsePath } from './path.js';
import { parseExpr } from './expr.js';
import { parseItem, itemDescr } from './item.js';
import { delimOf, type OpenDelim, isOpenDelim } from '../token.js';

export type InnerAttrForbiddenReason =
  | { kind: 'inCodeBlock' }
  | { kind: 'afterOuterDocComment'; prevDocCommentSpan: Span }
  | { kind: 'afterOuterAttribute'; prevOuterAttrSpan: Span };

export type InnerAttrPolicy = { kind: 'permitted' } | { kind: 'forbidden'; reason: InnerAttrForbiddenReason | null };

/** Outer attributes before an item, statement, expression, field, ... */
/** Shared by every node without attributes (most of them); frozen, so it cannot be changed. */
export const NO_ATTRS: Attribute[] = Object.freeze([]) as unknown as Attribute[];

export function parseOuterAttributes(p: Parser): Attribute[] {
  // The common case, checked without allocating; `check` still records what was expected.
  if (!p.check('#') && !p.at('docComment')) return NO_ATTRS;
  const attrs: Attribute[] = [];
  let justParsedDocComment = false;
  for (;;) {
    if (p.check('#')) {
      const prev = attrs[attrs.length - 1];
      let reason: InnerAttrForbiddenReason | null = null;
      if (justParsedDocComment && prev) reason = { kind: 'afterOuterDocComment', prevDocCommentSpan: prev.span };
      else if (prev) reason = { kind: 'afterOuterAttribute', prevOuterAttrSpan: prev.span };
      justParsedDocComment = false;
      const attr = parseAttribute(p, { kind: 'forbidden', reason });
      if (attr.style === 'outer') attrs.push(attr);
    } else if (p.at('docComment')) {
      const t = p.token;
      if (t.doc === 'lineInner' || t.doc === 'blockInner') {
        const sp = p.tokSpan();
        const d = p.err('expected outer doc comment', sp).withCode('E0753');
        const bang = annotateFollowingItemIfApplicable(p, d, sp, t.doc === 'lineInner' ? 'docComment' : 'docBlockComment', true);
        if (bang) {
          d.note('inner doc comments like this (starting with `//!` or `/*!`) can only appear before items');
          d.suggestionVerbose(bang, 'you might have meant to write a regular comment', '', 'MachineApplicable');
        }
        p.emit(d);
      }
      p.bump();
      justParsedDocComment = true;
      attrs.push(mkDocComment(p, t, 'outer'));
    } else {
      break;
    }
  }
  return attrs;
}

function mkDocComment(p: Parser, t: Token, style: 'outer' | 'inner'): Attribute {
  const line = t.doc === 'lineOuter' || t.doc === 'lineInner';
  return { kind: 'doc', id: p.nextId(), style, commentKind: line ? 'line' : 'block', text: t.sym, span: p.tokSpan(t) };
}

/** Inner attributes at the start of a file, module, block or item body. */
export function parseInnerAttributes(p: Parser): Attribute[] {
  const attrs: Attribute[] = [];
  for (;;) {
    if (p.check('#') && p.lookAhead(1).kind === '!') {
      attrs.push(parseAttribute(p, { kind: 'permitted' }));
    } else if (p.at('docComment') && (p.token.doc === 'lineInner' || p.token.doc === 'blockInner')) {
      const t = p.token;
      p.bump();
      attrs.push(mkDocComment(p, t, 'inner'));
    } else {
      break;
    }
  }
  return attrs;
}

/** `#[...]` or `#![...]`. */
export function parseAttribute(p: Parser, policy: InnerAttrPolicy): Attribute {
  const lo = p.tokSpan();
  const poundHi = p.token.hi;
  p.bump(); // `#`
  const notLo = p.token.lo;
  const style = p.eat('!') ? 'inner' : 'outer';
  try {
    p.expect('[');
  } catch (e) {
    if (e instanceof PErr && style === 'inner' && poundHi === notLo) {
      e.diag.note('the token sequence `#!` here looks like the start of a shebang interpreter directive but it is not');
      e.diag.help('if you meant this to be a shebang interpreter directive, move it to the very start of the file');
    }
    throw e;
  }
  const item = parseAttrItem(p);
  p.expect(']');
  const attrSp = p.spanFrom(lo);
  if (style === 'inner') {
    const name = item.path.segments.length === 1 ? item.path.segments[0]!.ident.name : '';
    errorOnForbiddenInnerAttr(p, attrSp, policy, VALID_FOR_OUTER_STYLE.has(name));
  }
  return { kind: 'normal', id: p.nextId(), style, unsafeSpan: item.unsafeSpan, path: item.path, args: item.args, meta: metaOf(p, item.path, item.args, attrSp), span: attrSp };
}

export function parseAttrItem(p: Parser): { unsafeSpan: Span | null; path: Path; args: AttrArgs } {
  let unsafeSpan: Span | null = null;
  if (p.eatKeyword('unsafe')) {
    unsafeSpan = p.prevSpan();
    p.expect('(');
  }
  const path = parsePath(p, 'mod');
  const args = parseAttrArgs(p);
  if (unsafeSpan) p.expect(')');
  return { unsafeSpan, path, args };
}

export function parseAttrArgs(p: Parser): AttrArgs {
  const delimited = parseDelimArgsInner(p);
  if (delimited) return { kind: 'delimited', args: delimited };
  if (p.eat('=')) {
    const eqSpan = p.prevSpan();
    return { kind: 'eq', eqSpan, expr: parseExpr(p) };
  }
  return { kind: 'empty' };
}

/** `(...)`, `[...]` or `{...}` as raw tokens, if the current token opens one. */
export function parseDelimArgsInner(p: Parser): DelimArgs | null {
  const delimited = p.check('(') || p.check('[') || p.check('{');
  if (!delimited) return null;
  const tokens = p.parseTokenTree();
  const open = tokens[0]!;
  const close = tokens[tokens.length - 1]!;
  return { delim: delimOf(open.kind as OpenDelim), open: span(open.lo, open.hi), close: span(close.lo, close.hi), tokens: tokens.slice(1, -1) };
}

export function parseDelimArgs(p: Parser): DelimArgs {
  const d = parseDelimArgsInner(p);
  if (!d) p.unexpected();
  return d;
}

/** rustc's `AttrItem::is_valid_for_outer_style`. */
const VALID_FOR_OUTER_STYLE = new Set(['cfg_attr', 'cfg', 'forbid', 'warn', 'allow', 'deny']);

function errorOnForbiddenInnerAttr(p: Parser, attrSp: Span, policy: InnerAttrPolicy, suggestToOuter: boolean): void {
  if (policy.kind !== 'forbidden') return;
  const reason = policy.reason;
  let d;
  if (reason?.kind === 'afterOuterDocComment') {
    d = p.err('an inner attribute is not permitted following an outer doc comment', attrSp)
      .label(attrSp, 'not permitted following an outer doc comment').label(reason.prevDocCommentSpan, 'previous doc comment');
  } else if (reason?.kind === 'afterOuterAttribute') {
    d = p.err('an inner attribute is not permitted following an outer attribute', attrSp)
      .label(attrSp, 'not permitted following an outer attribute').label(reason.prevOuterAttrSpan, 'previous outer attribute');
  } else {
    d = p.err('an inner attribute is not permitted in this context', attrSp);
  }
  d.note('inner attributes, like `#![no_std]`, annotate the item enclosing them, and are usually found at the beginning of source files');
  if (annotateFollowingItemIfApplicable(p, d, attrSp, 'attribute', suggestToOuter)) d.note('outer attributes, like `#[test]`, annotate the item following them');
  p.emit(d);
}

/**
 * rustc's `annotate_following_item_if_applicable`: if an item follows (after any further
 * attributes), points at it and (when `suggestToOuter`) suggests the outer style. Returns the span
 * of the `!` when no item follows, for the caller's own note and suggestion.
 */
function annotateFollowingItemIfApplicable(p: Parser, d: import('../diag.js').PDiag, attrSp: Span, kind: 'attribute' | 'docComment' | 'docBlockComment', suggestToOuter: boolean): Span | null {
  const s = p.snapshot();
  const diagCount = p.diagnostics.length;
  const bang = kind === 'attribute' ? span(attrSp.lo + 1, attrSp.lo + 2) : span(attrSp.lo + 2, attrSp.lo + 3);
  let item: { span: Span; descr: string } | null = null;
  let attrFailed = false;
  try {
    if (kind !== 'attribute') p.bump();
    // Skip any other attributes: the item is what they would annotate.
    while (p.at('#')) {
      try {
        parseAttribute(p, { kind: 'permitted' });
      } catch (e) {
        if (!(e instanceof PErr)) throw e;
        attrFailed = true;
        break;
      }
    }
    if (!attrFailed) item = parseItemForAnnotation(p);
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
  }
  p.restore(s);
  p.diagnostics.length = diagCount;
  if (!item) return bang;
  d.label(item.span, `the inner ${kind === 'attribute' ? 'attribute' : 'doc comment'} doesn't annotate this ${item.descr}`);
  if (suggestToOuter) {
    const what = kind === 'attribute' ? 'attribute' : 'doc comment';
    d.suggestionVerbose(bang, `to annotate the ${item.descr}, change the ${what} from inner to outer style`, kind === 'attribute' ? '' : kind === 'docComment' ? '/' : '*', 'MachineApplicable');
  }
  return null;
}

function parseItemForAnnotation(p: Parser): { span: Span; descr: string } | null {
  const item = parseItem(p);
  return item ? { span: item.span, descr: itemDescr(item) } : null;
}

// ---------------------------------------------------------------------------------------------
// The meta-item view.

function metaOf(p: Parser, path: Path, args: AttrArgs, sp: Span): MetaItem | null {
  switch (args.kind) {
    case 'empty':
      return { path, kind: { kind: 'word' }, span: path.span };
    case 'eq': {
      const lit = litOfExpr(args.expr);
      return lit ? { path, kind: { kind: 'nameValue', lit }, span: span(path.span.lo, args.expr.span.hi) } : null;
    }
    case 'delimited': {
      if (args.args.delim !== 'paren') return null;
      const items = parseMetaList(p, args.args.tokens);
      return items ? { path, kind: { kind: 'list', items }, span: span(path.span.lo, args.args.close.hi) } : null;
    }
  }
  void sp;
}

function litOfExpr(e: Expr): Lit | null {
  return e.kind === 'lit' ? e.lit : null;
}

/** Parses `a, b(c), d = "x", "lit"` from an attribute's tokens; null if they are not meta items. */
export function parseMetaList(p: Parser, tokens: readonly Token[]): MetaItemInner[] | null {
  const items: MetaItemInner[] = [];
  let i = 0;
  const at = (k: number) => tokens[k];
  const parseOne = (): MetaItemInner | null => {
    const t = at(i);
    if (!t) return null;
    if (t.kind === 'literal' || (t.kind === 'ident' && !t.raw && (t.sym === 'true' || t.sym === 'false'))) {
      i++;
      return { kind: 'lit', lit: tokenLit(t) };
    }
    // A path: idents separated by `::`.
    const segs: { name: string; sp: Span }[] = [];
    const lo = t.lo;
    let global = false;
    if (t.kind === '::') {
      global = true;
      i++;
    }
    for (;;) {
      const s = at(i);
      if (!s || s.kind !== 'ident') return null;
      segs.push({ name: s.sym, sp: span(s.lo, s.hi) });
      i++;
      if (at(i)?.kind === '::') {
        i++;
        continue;
      }
      break;
    }
    const last = tokens[i - 1]!;
    const segments = segs.map((s) => ({ id: p.nextId(), ident: p.ident(s.name, s.sp), args: null }));
    if (global) segments.unshift({ id: p.nextId(), ident: p.ident('{{root}}', span(lo, lo)), args: null });
    const path: Path = { span: span(lo, last.hi), segments };
    const n = at(i);
    if (n && n.kind === '=') {
      const v = at(i + 1);
      if (!v || !(v.kind === 'literal' || (v.kind === 'ident' && (v.sym === 'true' || v.sym === 'false')))) return null;
      i += 2;
      return { kind: 'meta', meta: { path, kind: { kind: 'nameValue', lit: tokenLit(v) }, span: span(lo, v.hi) } };
    }
    if (n && n.kind === '(') {
      // Find the matching `)`.
      let depth = 0;
      let j = i;
      for (; j < tokens.length; j++) {
        const k = tokens[j]!.kind;
        if (isOpenDelim(k)) depth++;
        else if (k === ')' || k === ']' || k === '}') {
          depth--;
          if (depth === 0) break;
        }
      }
      const inner = parseMetaList(p, tokens.slice(i + 1, j));
      if (!inner) return null;
      const close = tokens[j]!;
      i = j + 1;
      return { kind: 'meta', meta: { path, kind: { kind: 'list', items: inner }, span: span(lo, close.hi) } };
    }
    return { kind: 'meta', meta: { path, kind: { kind: 'word' }, span: path.span } };
  };
  while (i < tokens.length) {
    const item = parseOne();
    if (!item) return null;
    items.push(item);
    if (i >= tokens.length) break;
    if (tokens[i]!.kind !== ',') return null;
    i++;
  }
  return items;
}

export function tokenLit(t: Token): Lit {
  if (t.kind === 'ident') return { kind: 'bool', symbol: t.sym, suffix: null, hashes: 0, span: span(t.lo, t.hi) };
  return { kind: t.lit!, symbol: t.sym, suffix: t.suffix, hashes: t.hashes, span: span(t.lo, t.hi) };
}
