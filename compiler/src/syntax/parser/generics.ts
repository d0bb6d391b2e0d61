/**
 * Generic parameters and where clauses, after rustc_parse's `parser/generics.rs`: lifetimes with
 * bounds, type parameters with bounds and defaults, const parameters, `where` predicates.
 *
 * Owns: generics syntax. Must not: check well-formedness (rustc does that in AST validation).
 */
import { isKeyword, canBeginType } from '../token.js';
import { span, type Span } from '../source-map.js';
import type { Generics, GenericParam, GenericBound, WhereClause, WherePredicate, Attribute } from '../ast.js';
import { Parser, PErr } from './parser.js';
import { parseOuterAttributes } from './attr.js';
import { parseLifetime, parseConstArg } from './path.js';
import { parseTy, parseGenericBounds, parseLateBoundLifetimeDefs, mkTy } from './ty.js';

/** `<...>` after an item name, or empty generics. */
export function parseGenerics(p: Parser): Generics {
  const lo = p.tokSpan();
  if (p.eatLt()) {
    const params = parseGenericParams(p);
    expectGtOrMaybeSuggestClosingGenerics(p, params);
    return { params, whereClause: emptyWhere(p), span: p.spanFrom(lo) };
  }
  return { params: [], whereClause: emptyWhere(p), span: span(p.prevToken.hi, p.prevToken.hi) };
}

export function emptyWhere(p: Parser): WhereClause {
  return { hasWhereToken: false, predicates: [], span: span(p.prevToken.hi, p.prevToken.hi) };
}

function expectGtOrMaybeSuggestClosingGenerics(p: Parser, params: GenericParam[]): void {
  try {
    p.expectGt();
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
    const last = params[params.length - 1];
    if (last) {
      const traitBounds = last.bounds.filter((b) => b.kind === 'trait');
      const poly = traitBounds[traitBounds.length - 1];
      if (poly) e.diag.suggestionVerbose(span(poly.span.hi, poly.span.hi), 'you might have meant to end the type parameters here', '>', 'MaybeIncorrect');
    }
    throw e;
  }
}

/** The parameters between `<` and `>`. */
export function parseGenericParams(p: Parser): GenericParam[] {
  const params: GenericParam[] = [];
  for (;;) {
    const attrs = parseOuterAttributes(p);
    if (p.eatKeywordNoExpect('Self')) {
      p.emit(p.err('unexpected keyword `Self` in generic parameters', p.prevSpan()).note('you cannot use `Self` as a generic parameter because it is reserved for associated items'));
      p.eat(',');
    }
    let param: GenericParam;
    if (p.checkLifetime()) {
      const lt = parseLifetime(p);
      let colonSpan: Span | null = null;
      let bounds: GenericBound[] = [];
      if (p.eat(':')) {
        colonSpan = p.prevSpan();
        bounds = parseLtParamBounds(p);
      }
      if (p.at('=') && p.lookAhead(1).kind === 'lifetime') {
        const lo = p.tokSpan();
        p.bump();
        p.bump();
        p.emit(p.err('unexpected default lifetime parameter', p.spanFrom(lo)).label(p.spanFrom(lo), 'lifetime parameters cannot have default values'));
      }
      param = { id: lt.id, ident: lt.ident, attrs, bounds, colonSpan, kind: { kind: 'lifetime' }, span: p.spanFrom(lt.ident.span) };
    } else if (p.checkKeyword('const')) {
      param = parseConstParam(p, attrs);
    } else if (p.checkIdent()) {
      param = parseTyParam(p, attrs);
    } else if (canBeginType(p.token, p.edition)) {
      // `<T::Item: Bound>`: rustc reports associated type bounds here.
      const s = p.snapshot();
      const lo = p.tokSpan();
      try {
        parseTyWherePredicate(p);
        p.emit(p.err('associated type bounds are not allowed in `where` clauses', p.spanFrom(lo)));
      } catch (e) {
        if (!(e instanceof PErr)) throw e;
        p.restore(s);
      }
      break;
    } else {
      if (attrs.length > 0) {
        if (params.length > 0) p.emit(p.err('trailing attribute after generic parameter', attrs[0]!.span).label(attrs[0]!.span, 'attributes must go before parameters'));
        else p.emit(p.err('attribute without generic parameters', attrs[0]!.span).label(attrs[0]!.span, 'attributes are only permitted when preceding parameters'));
      }
      break;
    }
    params.push(param);
    if (!p.eat(',')) break;
  }
  return params;
}

function parseTyParam(p: Parser, attrs: Attribute[]): GenericParam {
  const ident = p.parseIdent();
  let colonSpan: Span | null = null;
  let bounds: GenericBound[] = [];
  if (p.eat(':')) {
    colonSpan = p.prevSpan();
    bounds = parseGenericBounds(p);
  }
  const def = p.eat('=') ? parseTy(p) : null;
  return { id: p.nextId(), ident, attrs, bounds, colonSpan, kind: { kind: 'type', default: def }, span: p.spanFrom(ident.span) };
}

export function parseConstParam(p: Parser, attrs: Attribute[]): GenericParam {
  const constSpan = p.tokSpan();
  p.expectKeyword('const');
  const ident = p.parseIdent();
  p.expect(':');
  const ty = parseTy(p);
  const def = p.eat('=') ? parseConstArg(p) : null;
  return { id: p.nextId(), ident, attrs, bounds: [], colonSpan: null, kind: { kind: 'const', ty, kwSpan: constSpan, default: def }, span: p.spanFrom(constSpan) };
}

/** `'a + 'b` after `'x:`. */
function parseLtParamBounds(p: Parser): GenericBound[] {
  const bounds: GenericBound[] = [];
  while (p.checkLifetime()) {
    const lt = parseLifetime(p);
    bounds.push({ kind: 'outlives', lifetime: lt, span: lt.ident.span });
    if (!p.eatPlus()) break;
  }
  return bounds;
}

/** `where A: B, 'a: 'b, ...` (empty when there is no `where`). */
export function parseWhereClause(p: Parser): WhereClause {
  const wc = emptyWhere(p);
  if (!p.eatKeyword('where')) return wc;
  const whereLo = p.prevSpan();
  const predicates: WherePredicate[] = [];
  for (;;) {
    parseOuterAttributes(p);
    const predLo = p.tokSpan();
    let pred: WherePredicate | null = null;
    if (p.checkLifetime() && p.lookAhead(1).kind !== '+' && p.lookAhead(1).kind !== '+=') {
      const lifetime = parseLifetime(p);
      p.expect(':');
      const bounds = parseLtParamBounds(p);
      pred = { kind: 'region', id: p.nextId(), span: p.spanFrom(predLo), lifetime, bounds };
    } else if (p.checkType()) {
      pred = parseTyWherePredicate(p);
    }
    if (!pred) break;
    predicates.push(pred);
    const prevSp = p.prevSpan();
    const ateComma = p.eat(',');
    if (p.eatKeywordNoExpect('where')) {
      p.emit(p.err('cannot define duplicate `where` clauses on an item', p.tokSpan()).label(predLo, 'previous `where` clause starts here')
        .suggestionVerbose(span(prevSp.hi, p.prevToken.hi), 'consider joining the two `where` clauses into one', ',', 'MaybeIncorrect'));
    } else if (!ateComma) {
      break;
    }
  }
  return { hasWhereToken: true, predicates, span: p.spanFrom(whereLo) };
}

function parseTyWherePredicate(p: Parser): WherePredicate {
  const lo = p.tokSpan();
  const bound = parseLateBoundLifetimeDefs(p);
  const ty = parseTy(p);
  if (p.eat(':')) {
    const bounds = parseGenericBounds(p);
    return { kind: 'bound', id: p.nextId(), span: p.spanFrom(lo), boundGenericParams: bound, boundedTy: ty, bounds };
  }
  if (p.eat('=') || p.eat('==')) {
    const rhs = parseTy(p);
    return { kind: 'eq', id: p.nextId(), span: p.spanFrom(lo), lhs: ty, rhs };
  }
  p.unexpected();
}

export { isKeyword, mkTy };
