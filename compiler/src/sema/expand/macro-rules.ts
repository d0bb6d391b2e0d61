/**
 * Declarative macros (`macro_rules!`), after rustc_expand's `mbe`: parses a definition's rules
 * (`(matcher) => {transcriber}` arms separated by `;`), matches an invocation's tokens against
 * the arms in order (the first arm that matches wins; `$x:expr`-like fragments are parsed with the
 * real parser at their position), and transcribes the winning arm into tokens, with `$x` and
 * `$( ... ) sep op` repetitions. The result is flat tokens: the caller parses them as items,
 * statements, an expression, a pattern or a type depending on where the invocation is.
 *
 * Transcriber tokens keep their positions in the definition (the caller gives the spans in that
 * range the expansion's context); `$x` fragments keep their call-site positions. A multi-token
 * `expr` fragment is wrapped in zero-width parentheses, as rustc's invisible delimiters keep
 * `$e * 2` from re-associating; `unwrapInvisibleParens` removes them after parsing.
 *
 * Matching is a backtracking search (greedy repetitions), which agrees with rustc's Earley-style
 * matcher on unambiguous macros; follow-set restrictions are not checked.
 *
 * FIXME: no hygiene: a `let x` written in a transcriber binds the same `x` as the call site's
 * (rustc keeps the two apart); resolution would need the expansion context of local names.
 *
 * Owns: rule parsing, matching and transcription. Must not: walk the crate or decide scoping.
 */
import type { Token, Delimiter } from '../../syntax/token.js';
import type { Span } from '../../syntax/source-map.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Parser } from '../../syntax/parser/parser.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import { makeToken, isPunctKind, isReservedName, tokenToString } from '../../syntax/token.js';
import type { Edition } from '../../syntax/edition.js';
import { error } from '../../diagnostics/diagnostic.js';
import { parseExpr } from '../../syntax/parser/expr.js';
import { parseTy } from '../../syntax/parser/ty.js';
import { parsePatAllowTopAlt, parsePatNoTopAlt } from '../../syntax/parser/pattern.js';
import { parseStmtWithoutRecovery } from '../../syntax/parser/stmt.js';
import { parseItem } from '../../syntax/parser/item.js';
import { parsePath } from '../../syntax/parser/path.js';
import { parseAttrItem } from '../../syntax/parser/attr.js';

// -- token trees ---------------------------------------------------------------------------------

export type TT = { readonly k: 'tok'; readonly tok: Token } | { readonly k: 'delim'; readonly delim: Delimiter; readonly open: Token; readonly close: Token; readonly tts: TT[] };

const OPEN: Record<string, Delimiter> = { '(': 'paren', '[': 'bracket', '{': 'brace' };
const CLOSE = new Set([')', ']', '}']);

/** Groups balanced flat tokens (the lexer checked the delimiters) into trees. */
export function toTrees(tokens: readonly Token[]): TT[] {
  const root: TT[] = [];
  const stack: { tts: TT[]; open: Token | null }[] = [{ tts: root, open: null }];
  for (const t of tokens) {
    const top = stack[stack.length - 1]!;
    if (OPEN[t.kind]) stack.push({ tts: [], open: t });
    else if (CLOSE.has(t.kind) && stack.length > 1) {
      stack.pop();
      stack[stack.length - 1]!.tts.push({ k: 'delim', delim: OPEN[top.open!.kind]!, open: top.open!, close: t, tts: top.tts });
    } else top.tts.push({ k: 'tok', tok: t });
  }
  return root;
}

export function flatten(tts: readonly TT[], out: Token[] = []): Token[] {
  for (const t of tts) {
    if (t.k === 'tok') out.push(t.tok);
    else {
      out.push(t.open);
      flatten(t.tts, out);
      out.push(t.close);
    }
  }
  return out;
}

function flatSize(t: TT): number {
  if (t.k === 'tok') return 1;
  let n = 2;
  for (const c of t.tts) n += flatSize(c);
  return n;
}

// -- rules -------------------------------------------------------------------------------------

export const FRAGMENTS = new Set(['ident', 'expr', 'ty', 'tt', 'literal', 'pat', 'pat_param', 'block', 'stmt', 'path', 'item', 'lifetime', 'vis', 'meta', 'expr_2021']);

export type Matcher =
  | { readonly k: 'tok'; readonly tok: Token }
  | { readonly k: 'delim'; readonly delim: Delimiter; readonly elems: Matcher[] }
  | { readonly k: 'frag'; readonly name: string; readonly frag: string; readonly span: Span }
  | { readonly k: 'rep'; readonly elems: Matcher[]; readonly sep: Token | null; readonly op: '*' | '+' | '?' };

export type Transcriber =
  | { readonly k: 'tok'; readonly tok: Token }
  | { readonly k: 'delim'; readonly open: Token; readonly close: Token; readonly elems: Transcriber[] }
  | { readonly k: 'var'; readonly name: string; readonly tok: Token }
  | { readonly k: 'rep'; readonly elems: Transcriber[]; readonly sep: Token | null; readonly op: '*' | '+' | '?'; readonly span: Span };

export interface Rule {
  readonly matcher: Matcher[];
  readonly transcriber: Transcriber[];
  /** The transcriber's delimited group (its positions identify tokens that come from it). */
  readonly body: Span;
}

export interface MacroDef {
  readonly name: string;
  readonly rules: Rule[];
  /** The whole `macro_rules!` item (rustc's def site). */
  readonly span: Span;
  /** The definition's body: tokens in this range come from the macro. */
  readonly bodyRange: Span;
}

const tokSpan = (t: Token): Span => mkSpan(t.lo, t.hi);

function isOp(t: TT | undefined): '*' | '+' | '?' | null {
  if (!t || t.k !== 'tok') return null;
  const k = t.tok.kind;
  return k === '*' || k === '+' || k === '?' ? k : null;
}

/** `$( ... ) sep? op`: the separator and operator after the group, and how many trees they take. */
function repSuffix(tts: readonly TT[], i: number): { sep: Token | null; op: '*' | '+' | '?'; n: number } | null {
  const a = tts[i];
  const op = isOp(a);
  if (op) return { sep: null, op, n: 1 };
  const b = isOp(tts[i + 1]);
  if (a && a.k === 'tok' && b) return { sep: a.tok, op: b, n: 2 };
  return null;
}

class RuleError extends Error {
  constructor(readonly diag: Diagnostic) {
    super('macro rule error');
  }
}

function parseMatcher(tts: readonly TT[]): Matcher[] {
  const out: Matcher[] = [];
  for (let i = 0; i < tts.length; i++) {
    const t = tts[i]!;
    if (t.k === 'delim') {
      out.push({ k: 'delim', delim: t.delim, elems: parseMatcher(t.tts) });
      continue;
    }
    if (t.tok.kind !== '$') {
      out.push({ k: 'tok', tok: t.tok });
      continue;
    }
    const next = tts[i + 1];
    if (next && next.k === 'delim' && next.delim === 'paren') {
      const suf = repSuffix(tts, i + 2);
      if (!suf) throw new RuleError(error('expected one of: `*`, `+`, or `?`', tokSpan(next.close)).build());
      out.push({ k: 'rep', elems: parseMatcher(next.tts), sep: suf.sep, op: suf.op });
      i += 1 + suf.n;
      continue;
    }
    if (next && next.k === 'tok' && next.tok.kind === 'ident') {
      const colon = tts[i + 2];
      const frag = tts[i + 3];
      if (colon && colon.k === 'tok' && colon.tok.kind === ':' && frag && frag.k === 'tok' && frag.tok.kind === 'ident') {
        const sp = mkSpan(t.tok.lo, frag.tok.hi);
        if (!FRAGMENTS.has(frag.tok.sym)) {
          throw new RuleError(
            error(`invalid fragment specifier \`${frag.tok.sym}\``, sp)
              .help('valid fragment specifiers are `ident`, `block`, `stmt`, `expr`, `pat`, `ty`, `lifetime`, `literal`, `path`, `meta`, `tt`, `item` and `vis`, along with `expr_2021` and `pat_param` for edition compatibility')
              .build(),
          );
        }
        out.push({ k: 'frag', name: next.tok.sym, frag: frag.tok.sym, span: sp });
        i += 3;
        continue;
      }
      throw new RuleError(error('missing fragment specifier', mkSpan(t.tok.lo, next.tok.hi)).build());
    }
    out.push({ k: 'tok', tok: t.tok });
  }
  return out;
}

function parseTranscriber(tts: readonly TT[]): Transcriber[] {
  const out: Transcriber[] = [];
  for (let i = 0; i < tts.length; i++) {
    const t = tts[i]!;
    if (t.k === 'delim') {
      out.push({ k: 'delim', open: t.open, close: t.close, elems: parseTranscriber(t.tts) });
      continue;
    }
    const next = tts[i + 1];
    if (t.tok.kind === '$' && next) {
      if (next.k === 'delim' && next.delim === 'paren') {
        const suf = repSuffix(tts, i + 2);
        if (!suf) throw new RuleError(error('expected one of: `*`, `+`, or `?`', tokSpan(next.close)).build());
        out.push({ k: 'rep', elems: parseTranscriber(next.tts), sep: suf.sep, op: suf.op, span: mkSpan(t.tok.lo, next.close.hi) });
        i += 1 + suf.n;
        continue;
      }
      if (next.k === 'tok' && next.tok.kind === 'ident') {
        if (next.tok.sym === 'crate' && !next.tok.raw) {
          // `$crate` is the defining crate: this crate's root.
          out.push({ k: 'tok', tok: { ...next.tok, lo: t.tok.lo } });
        } else out.push({ k: 'var', name: next.tok.sym, tok: next.tok });
        i += 1;
        continue;
      }
    }
    out.push({ k: 'tok', tok: t.tok });
  }
  return out;
}

/** Parses `macro_rules! name { rules }`'s body; the error is rustc's for a malformed rule. */
export function parseMacroDef(name: string, body: readonly Token[], itemSpan: Span, bodyRange: Span): MacroDef | Diagnostic {
  const tts = toTrees(body);
  const rules: Rule[] = [];
  try {
    let i = 0;
    while (i < tts.length) {
      const lhs = tts[i]!;
      if (lhs.k !== 'delim') throw new RuleError(error('expected macro matcher', tokSpan(lhs.tok)).build());
      const arrow = tts[i + 1];
      if (!arrow || arrow.k !== 'tok' || arrow.tok.kind !== '=>') {
        const at = arrow ? (arrow.k === 'tok' ? tokSpan(arrow.tok) : tokSpan(arrow.open)) : tokSpan(lhs.close);
        throw new RuleError(error('expected `=>`', at).build());
      }
      const rhs = tts[i + 2];
      if (!rhs || rhs.k !== 'delim') throw new RuleError(error('expected macro transcriber', arrow.k === 'tok' ? tokSpan(arrow.tok) : itemSpan).build());
      rules.push({ matcher: parseMatcher(lhs.tts), transcriber: parseTranscriber(rhs.tts), body: mkSpan(rhs.open.lo, rhs.close.hi) });
      i += 3;
      const semi = tts[i];
      if (semi && semi.k === 'tok' && semi.tok.kind === ';') i++;
      else if (semi) throw new RuleError(error('expected `;`', semi.k === 'tok' ? tokSpan(semi.tok) : tokSpan(semi.open)).build());
    }
  } catch (e) {
    if (e instanceof RuleError) return e.diag;
    throw e;
  }
  return { name, rules, span: itemSpan, bodyRange };
}

// -- matching ----------------------------------------------------------------------------------

export type Binding = { readonly k: 'leaf'; readonly tts: readonly TT[]; readonly frag: string } | { readonly k: 'seq'; readonly items: Binding[] };
export type Bindings = ReadonlyMap<string, Binding>;

/**
 * Parses one fragment at the start of `tokens`; returns how many tokens it took, or null when the
 * parser rejects them. Provided by the caller (it owns the parser setup).
 */
export type FragmentParser = (frag: string, tokens: readonly Token[]) => number | null;

function tokEq(a: Token, b: Token): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'ident' || a.kind === 'lifetime') return a.sym === b.sym && a.raw === b.raw;
  if (a.kind === 'literal') return a.sym === b.sym && a.lit === b.lit && a.suffix === b.suffix;
  return true;
}

/** How many trees of `tts` from `ti` make up `n` flat tokens, or null if `n` splits a tree. */
function treesFor(tts: readonly TT[], ti: number, n: number): number | null {
  let used = 0;
  let i = ti;
  while (used < n && i < tts.length) used += flatSize(tts[i++]!);
  return used === n ? i - ti : null;
}

function matchFragment(frag: string, tts: readonly TT[], ti: number, parse: FragmentParser): number | null {
  const t = tts[ti];
  switch (frag) {
    case 'tt':
      return t ? 1 : null;
    case 'ident':
      return t && t.k === 'tok' && t.tok.kind === 'ident' && t.tok.sym !== '_' ? 1 : null;
    case 'lifetime':
      return t && t.k === 'tok' && t.tok.kind === 'lifetime' ? 1 : null;
    case 'literal': {
      if (!t || t.k !== 'tok') return null;
      if (t.tok.kind === 'literal') return 1;
      if (t.tok.kind === 'ident' && !t.tok.raw && (t.tok.sym === 'true' || t.tok.sym === 'false')) return 1;
      const n = tts[ti + 1];
      return t.tok.kind === '-' && n && n.k === 'tok' && n.tok.kind === 'literal' ? 2 : null;
    }
    case 'block':
      return t && t.k === 'delim' && t.delim === 'brace' ? 1 : null;
    case 'vis': {
      if (!t || t.k !== 'tok' || t.tok.kind !== 'ident' || t.tok.sym !== 'pub') return 0;
      const n = tts[ti + 1];
      if (n && n.k === 'delim' && n.delim === 'paren') {
        const first = n.tts[0];
        if (first && first.k === 'tok' && first.tok.kind === 'ident' && ['crate', 'self', 'super', 'in'].includes(first.tok.sym)) return 2;
      }
      return 1;
    }
    default: {
      if (!t) return null;
      const n = parse(frag, flatten(tts.slice(ti)));
      if (n === null || n === 0) return null;
      return treesFor(tts, ti, n);
    }
  }
}

/** The variables a matcher binds (for empty repetitions). */
function varsOf(ms: readonly Matcher[], out: string[] = []): string[] {
  for (const m of ms) {
    if (m.k === 'frag') out.push(m.name);
    else if (m.k === 'delim' || m.k === 'rep') varsOf(m.elems, out);
  }
  return out;
}

type Cont = (ti: number, b: Map<string, Binding>) => boolean;

/** The furthest a failed match got (for "no rules expected `x`"), as rustc's `best_failure`. */
interface Failure {
  /** The token no rule expected; null at the end of the invocation. */
  readonly at: Token | null;
  /** What the matcher wanted there (for the "while trying to match" note). */
  readonly wanted: Matcher | null;
}

const failurePos = (f: Failure): number => (f.at ? f.at.lo : Number.MAX_SAFE_INTEGER);

class MatchState {
  best: Failure | null = null;
  constructor(readonly parse: FragmentParser) {}

  /** `close`: the delimiter closing `tts` (null at the top level). */
  fail(tts: readonly TT[], ti: number, close: Token | null, wanted: Matcher | null): false {
    const t = tts[ti];
    const f: Failure = { at: t ? (t.k === 'tok' ? t.tok : t.open) : close, wanted };
    if (!this.best || failurePos(f) > failurePos(this.best)) this.best = f;
    return false;
  }

  seq(ms: readonly Matcher[], mi: number, tts: readonly TT[], ti: number, b: Map<string, Binding>, close: Token | null, k: Cont): boolean {
    if (mi === ms.length) return k(ti, b);
    const m = ms[mi]!;
    switch (m.k) {
      case 'tok': {
        const t = tts[ti];
        if (!t || t.k !== 'tok' || !tokEq(t.tok, m.tok)) return this.fail(tts, ti, close, m);
        return this.seq(ms, mi + 1, tts, ti + 1, b, close, k);
      }
      case 'delim': {
        const t = tts[ti];
        if (!t || t.k !== 'delim' || t.delim !== m.delim) return this.fail(tts, ti, close, m);
        return this.seq(m.elems, 0, t.tts, 0, b, t.close, (inner, b2) => {
          if (inner !== t.tts.length) return this.fail(t.tts, inner, t.close, m.elems[m.elems.length - 1] ?? null);
          return this.seq(ms, mi + 1, tts, ti + 1, b2, close, k);
        });
      }
      case 'frag': {
        const n = matchFragment(m.frag, tts, ti, this.parse);
        if (n === null) return this.fail(tts, ti, close, m);
        const b2 = new Map(b);
        b2.set(m.name, { k: 'leaf', tts: tts.slice(ti, ti + n), frag: m.frag });
        return this.seq(ms, mi + 1, tts, ti + n, b2, close, k);
      }
      case 'rep':
        return this.rep(m, tts, ti, b, [], close, (ti2, b2) => this.seq(ms, mi + 1, tts, ti2, b2, close, k));
    }
  }

  rep(m: Matcher & { k: 'rep' }, tts: readonly TT[], ti: number, b: Map<string, Binding>, iters: Map<string, Binding>[], close: Token | null, k: Cont): boolean {
    const canMore = m.op !== '?' || iters.length === 0;
    if (canMore) {
      let start = ti;
      let sepOk = true;
      if (iters.length > 0 && m.sep) {
        const t = tts[ti];
        sepOk = !!t && t.k === 'tok' && tokEq(t.tok, m.sep);
        if (!sepOk) this.fail(tts, ti, close, { k: 'tok', tok: m.sep });
        start = ti + 1;
      }
      if (sepOk) {
        const more = this.seq(m.elems, 0, tts, start, new Map(), close, (ti2, ib) => {
          if (ti2 === ti) return false; // an iteration that takes nothing would loop forever
          return this.rep(m, tts, ti2, b, [...iters, ib], close, k);
        });
        if (more) return true;
      }
    }
    if (m.op === '+' && iters.length === 0) return false;
    const b2 = new Map(b);
    for (const name of varsOf(m.elems)) b2.set(name, { k: 'seq', items: iters.map((it) => it.get(name)!).filter((x) => x !== undefined) });
    return k(ti, b2);
  }
}

export type MatchResult =
  | { readonly ok: true; readonly rule: Rule; readonly bindings: Bindings }
  | { readonly ok: false; readonly at: Token | null; readonly note: { readonly text: string; readonly span: Span } | null };

/** Tries the rules in order; on failure, the token no rule expected (null: the input ended). */
export function matchRules(def: MacroDef, input: readonly Token[], parse: FragmentParser): MatchResult {
  const tts = toTrees(input);
  let best: Failure | null = null;
  for (const rule of def.rules) {
    const st = new MatchState(parse);
    let bindings: Map<string, Binding> | null = null;
    const ok = st.seq(rule.matcher, 0, tts, 0, new Map(), null, (ti, b) => {
      if (ti !== tts.length) return st.fail(tts, ti, null, rule.matcher[rule.matcher.length - 1] ?? null);
      bindings = b;
      return true;
    });
    if (ok) return { ok: true, rule, bindings: bindings! };
    const f = st.best;
    if (f && (!best || failurePos(f) > failurePos(best))) best = f;
  }
  if (!best) return { ok: false, at: null, note: null };
  return { ok: false, at: best.at, note: wantedNote(best.wanted) };
}

function wantedNote(m: Matcher | null): { text: string; span: Span } | null {
  if (!m) return null;
  if (m.k === 'frag') return { text: `while trying to match meta-variable \`$${m.name}:${m.frag}\``, span: m.span };
  if (m.k === 'tok') return { text: `while trying to match \`${tokenSource(m.tok)}\``, span: tokSpan(m.tok) };
  return null;
}

// -- transcription -----------------------------------------------------------------------------

export class TranscribeError extends Error {
  constructor(readonly diag: Diagnostic) {
    super('transcription error');
  }
}

/** The repetition count a transcriber repetition takes from the bindings it mentions. */
function repCount(elems: readonly Transcriber[], b: Bindings, sp: Span): number {
  let n: number | null = null;
  const visit = (es: readonly Transcriber[]) => {
    for (const e of es) {
      if (e.k === 'var') {
        const v = b.get(e.name);
        if (v && v.k === 'seq') {
          if (n !== null && n !== v.items.length) throw new TranscribeError(error('meta-variable repeats with mismatched counts', sp).build());
          n = v.items.length;
        }
      } else if (e.k === 'delim' || e.k === 'rep') visit(e.elems);
    }
  };
  visit(elems);
  if (n === null) throw new TranscribeError(error('attempted to repeat an expression containing no syntax variables matched as repeating at this depth', sp).build());
  return n;
}

function transcribeSeq(elems: readonly Transcriber[], b: Bindings, out: Token[]): void {
  for (const e of elems) {
    switch (e.k) {
      case 'tok':
        out.push(e.tok);
        break;
      case 'delim':
        out.push(e.open);
        transcribeSeq(e.elems, b, out);
        out.push(e.close);
        break;
      case 'var': {
        const v = b.get(e.name);
        if (!v) {
          // Not a meta-variable: `$` and the name stay as they are (rustc reports them when parsing).
          out.push(makeToken('$', e.tok.lo - 1, e.tok.lo), e.tok);
          break;
        }
        if (v.k === 'seq') throw new TranscribeError(error(`variable \`${e.name}\` is still repeating at this depth`, tokSpan(e.tok)).build());
        const toks = flatten(v.tts);
        if (v.frag === 'expr' && toks.length > 1 && !(v.tts.length === 1 && v.tts[0]!.k === 'delim')) {
          const lo = toks[0]!.lo;
          const hi = toks[toks.length - 1]!.hi;
          out.push(makeToken('(', lo, lo), ...toks, makeToken(')', hi, hi));
        } else if (v.frag === 'stmt' && toks[0]!.kind === 'ident' && toks[0]!.sym === 'let') {
          // rustc lets a `let` that came from a `$s:stmt` end without its `;`.
          const hi = toks[toks.length - 1]!.hi;
          out.push(...toks, makeToken(';', hi, hi));
        } else out.push(...toks);
        break;
      }
      case 'rep': {
        const n = repCount(e.elems, b, e.span);
        if (e.op === '?' && n > 1) throw new TranscribeError(error('this must repeat at most once', e.span).build());
        for (let i = 0; i < n; i++) {
          if (i > 0 && e.sep) out.push(e.sep);
          const inner = new Map(b);
          for (const [name, v] of b) if (v.k === 'seq') inner.set(name, v.items[i]!);
          transcribeSeq(e.elems, inner, out);
        }
        break;
      }
    }
  }
}

export function transcribe(rule: Rule, b: Bindings): Token[] {
  const out: Token[] = [];
  transcribeSeq(rule.transcriber, b, out);
  return out;
}

// -- after parsing -------------------------------------------------------------------------------

function isSpan(o: Record<string, unknown>): boolean {
  return typeof o.lo === 'number' && typeof o.hi === 'number' && typeof o.ctxt === 'number' && !('kind' in o);
}

/**
 * Removes the zero-width parentheses around `expr` fragments and gives every root-context span
 * inside `range` (the tokens that came from the definition) the context `ctxt`. Works in place on
 * a freshly parsed tree.
 */
export function fixExpansionSpans(node: unknown, range: Span, ctxt: number): void {
  const seen = new Set<object>();
  const set = (r: Record<string, unknown>, key: string) => {
    const v = visit(r[key]);
    if (v !== r[key]) r[key] = v;
  };
  const visit = (o: unknown): unknown => {
    if (o === null || typeof o !== 'object') return o;
    if (seen.has(o)) return o;
    seen.add(o);
    if (Array.isArray(o)) {
      for (let i = 0; i < o.length; i++) {
        const v = visit(o[i]);
        if (v !== o[i]) o[i] = v;
      }
      return o;
    }
    const r = o as Record<string, unknown>;
    if (isSpan(r)) {
      if (r.ctxt === 0 && (r.lo as number) >= range.lo && (r.lo as number) < range.hi) return mkSpan(r.lo as number, r.hi as number, ctxt);
      return o;
    }
    if (r.kind === 'paren' && r.expr && typeof r.expr === 'object' && 'span' in r && r.span) {
      const s = r.span as Span;
      const inner = (r.expr as { span: Span }).span;
      if (s.lo === inner.lo && s.hi === inner.hi && s.lo !== s.hi) return visit(r.expr);
    }
    if (r.kind === 'delimited' || 'tokens' in r) {
      // Token lists of nested invocations are plain tokens, not spans.
      for (const key of Object.keys(r)) if (key !== 'tokens') set(r, key);
      return o;
    }
    for (const key of Object.keys(r)) set(r, key);
    return o;
  };
  visit(node);
}

/** rustc's `recursion_limit` default. */
export const RECURSION_LIMIT = 128;

/**
 * Parses one `$x:frag` fragment (the kinds the matcher hands to the parser) as rustc's
 * `parse_nonterminal`; false when the kind is not one of them or the parser gives up.
 */
export function parseFragmentAt(p: Parser, frag: string): boolean {
  switch (frag) {
    case 'expr':
    case 'expr_2021':
      parseExpr(p);
      return true;
    case 'ty':
      parseTy(p);
      return true;
    case 'pat':
      parsePatAllowTopAlt(p, { expected: null, recoverComma: false, recoverColon: false, commaRecovery: 'likelyTuple' });
      return true;
    case 'pat_param':
      parsePatNoTopAlt(p, null, null);
      return true;
    case 'stmt':
      // rustc's `parse_stmt_without_recovery`: no trailing `;`.
      return parseStmtWithoutRecovery(p, false, false) !== null;
    case 'item':
      return parseItem(p) !== null;
    case 'path':
      parsePath(p, 'type');
      return true;
    case 'meta':
      parseAttrItem(p);
      return true;
    default:
      return false;
  }
}

/** Parser helper for `FragmentParser`s: how many tokens the parser took. */
export function consumed(p: Parser): number {
  return p.pos - 1;
}

// -- stringify! ----------------------------------------------------------------------------------

function tokenSource(t: Token): string {
  return t.kind === 'eof' ? '' : tokenToString(t);
}

/** The source spelling of a token as rustc prints it in messages (`the token \`x\``). */
export { tokenSource };

/** rustc's `space_between` (rustc_ast_pretty's `print_tts`): whether a space goes between two trees. */
function spaceBetween(a: TT, b: TT, edition: Edition): boolean {
  const punct = (t: TT) => t.k === 'tok' && isPunctKind(t.tok.kind);
  if (a.k === 'tok' && a.tok.kind === 'docComment') return false;
  if (a.k === 'tok' && a.tok.kind === '.' && !punct(b)) return false;
  if (a.k === 'tok' && a.tok.kind === '$' && b.k === 'tok' && b.tok.kind === 'ident') return false;
  if (b.k === 'tok' && (b.tok.kind === ',' || b.tok.kind === ';' || b.tok.kind === '.') && !punct(a)) return false;
  if (a.k === 'tok' && a.tok.kind === 'ident' && b.k === 'delim' && b.delim === 'paren') {
    const s = a.tok.sym;
    if (a.tok.raw || !isReservedName(s, edition) || s === 'fn' || s === 'Self' || s === 'pub') return false;
  }
  if (a.k === 'tok' && a.tok.kind === '#' && b.k === 'delim' && b.delim === 'bracket') return false;
  return true;
}

function printTts(tts: readonly TT[], edition: Edition): string {
  let out = '';
  for (let i = 0; i < tts.length; i++) {
    const t = tts[i]!;
    let spacing;
    if (t.k === 'tok') {
      out += tokenSource(t.tok);
      spacing = t.tok.spacing;
    } else {
      const inner = printTts(t.tts, edition);
      // The invisible parentheses around an `expr` fragment print as nothing.
      if (t.open.lo === t.open.hi) out += inner;
      else if (t.delim === 'brace') out += inner === '' ? '{}' : `{ ${inner} }`;
      else out += t.delim === 'paren' ? `(${inner})` : `[${inner}]`;
      spacing = t.close.spacing;
    }
    const next = tts[i + 1];
    if (next && spacing === 'alone' && spaceBetween(t, next, edition)) out += ' ';
  }
  return out;
}

/** `stringify!`'s text for tokens: rustc's `tts_to_string`. */
export function ttsToString(tokens: readonly Token[], edition: Edition): string {
  return printTts(toTrees(tokens), edition);
}
