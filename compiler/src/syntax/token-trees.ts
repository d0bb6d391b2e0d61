/**
 * Delimiter matching, after rustc_parse's `lexer/tokentrees.rs`: checks that every `(`, `[` and
 * `{` is closed by its partner and reports rustc's errors (`mismatched closing delimiter`,
 * `unexpected closing delimiter`, `this file contains an unclosed delimiter`) with the same
 * recovery, candidate and indentation heuristics. rustc does not parse a file whose delimiters
 * do not match: any error here is fatal to the compilation.
 *
 * Owns: delimiter diagnostics. Must not: parse.
 */
import { type Token, type OpenDelim, type CloseDelim, isOpenDelim, isCloseDelim, closeOf } from './token.js';
import { span, spanTo, type Span } from './source-map.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceText } from './source-text.js';
import { PDiag } from './diag.js';

interface UnmatchedDelim {
  foundDelim: CloseDelim | null;
  foundSpan: Span;
  unclosedSpan: Span | null;
  candidateSpan: Span | null;
}

class TreeErrors {
  constructor(readonly diags: PDiag[]) {}
}

function tokSpan(t: Token): Span {
  return span(t.lo, t.hi);
}

function contains(outer: Span, inner: Span): boolean {
  return outer.lo <= inner.lo && inner.hi <= outer.hi;
}

class Checker {
  private i = 0;
  private readonly open: [OpenDelim, Span][] = [];
  private readonly unmatched: UnmatchedDelim[] = [];
  private lastUnclosedFoundSpan: Span | null = null;
  private readonly emptyBlockSpans: Span[] = [];
  private readonly matchingBlockSpans: [Span, Span][] = [];

  constructor(
    private readonly tokens: readonly Token[],
    private readonly text: SourceText,
  ) {}

  private get tok(): Token {
    return this.tokens[this.i]!;
  }

  run(): PDiag[] {
    let errs: PDiag[] = [];
    try {
      this.trees(false);
    } catch (e) {
      if (e instanceof RangeError && /call stack/i.test(e.message)) {
        // rustc grows its stack for deeply nested delimiters; this checker recurses on a fixed one.
        return [new PDiag('weftc does not support code nested this deeply yet', tokSpan(this.tok))];
      }
      if (!(e instanceof TreeErrors)) throw e;
      errs = e.diags;
    }
    const out: PDiag[] = [];
    for (const u of this.unmatched) {
      const d = this.mismatchedError(u);
      if (d) out.push(d);
    }
    return [...out, ...errs];
  }

  private trees(delimited: boolean): void {
    for (;;) {
      const t = this.tok;
      if (isOpenDelim(t.kind)) {
        this.openDelim(t.kind);
      } else if (isCloseDelim(t.kind)) {
        if (delimited) return;
        throw new TreeErrors([this.closeDelimErr(t)]);
      } else if (t.kind === 'eof') {
        if (delimited) throw new TreeErrors([this.eofErr()]);
        return;
      } else {
        this.i++;
      }
    }
  }

  private sameIndentation(a: Span, b: Span): boolean {
    return this.text.margin(a.lo) === this.text.margin(b.lo);
  }

  private openDelim(delim: OpenDelim): void {
    const openTok = this.tok;
    this.open.push([delim, tokSpan(openTok)]);
    this.i++;
    const bodyStart = this.i;
    this.trees(true);
    const t = this.tok;
    if (isCloseDelim(t.kind)) {
      if (t.kind === closeOf(delim)) {
        const [openDelim, openSpan] = this.open.pop()!;
        const closeSpan = tokSpan(t);
        if (this.i === bodyStart && delim === '{') {
          const empty = spanTo(openSpan, closeSpan);
          if (!this.text.isMultiline(empty)) this.emptyBlockSpans.push(empty);
        }
        if (openDelim === '{') this.matchingBlockSpans.push([openSpan, closeSpan]);
        this.i++;
      } else {
        const found = tokSpan(t);
        if (this.lastUnclosedFoundSpan === null || !sameSpan(this.lastUnclosedFoundSpan, found)) {
          this.lastUnclosedFoundSpan = found;
          const last = this.open[this.open.length - 1];
          const unclosed = last ? last[1] : null;
          let candidate: Span | null = null;
          for (const [d, sp] of this.open) {
            if (this.sameIndentation(found, sp) && closeOf(d) === t.kind) candidate = sp;
          }
          this.open.pop();
          this.unmatched.push({ foundDelim: t.kind, foundSpan: found, unclosedSpan: unclosed, candidateSpan: candidate });
        } else {
          this.open.pop();
        }
        // A closing delimiter that matches an earlier opener is left to close that one.
        if (!this.open.some(([d]) => closeOf(d) === t.kind)) this.i++;
      }
    }
    // At EOF: the error is reported when the outer level sees it.
  }

  private eofErr(): PDiag {
    const LIMIT = 5;
    const eof = tokSpan(this.tok);
    const d = new PDiag('this file contains an unclosed delimiter', eof);
    const n = Math.min(LIMIT, this.open.length);
    for (let k = 0; k < n; k++) {
      const sp = this.open[k]![1];
      d.label(sp, 'unclosed delimiter');
      this.unmatched.push({ foundDelim: null, foundSpan: eof, unclosedSpan: sp, candidateSpan: null });
    }
    if (this.open.length >= LIMIT + 2) {
      d.label(this.open[LIMIT]![1], `another ${this.open.length - LIMIT} unclosed delimiters begin from here`);
    }
    const last = this.open[this.open.length - 1];
    if (last) this.reportSuspiciousMismatchBlock(d, last[0]);
    return d;
  }

  private closeDelimErr(t: Token): PDiag {
    const sp = tokSpan(t);
    const d = new PDiag(`unexpected closing delimiter: \`${t.kind}\``, sp);
    if (!this.reportMissingOpenDelim(d)) this.reportSuspiciousMismatchBlock(d, t.kind as CloseDelim);
    d.label(sp, 'unexpected closing delimiter');
    return d;
  }

  /** Labels `)`/`]` mismatches on the error and drops them from the separate errors. */
  private reportMissingOpenDelim(d: PDiag): boolean {
    let reported = false;
    for (let k = 0; k < this.unmatched.length; k++) {
      const u = this.unmatched[k]!;
      if (u.foundDelim === ')' || u.foundDelim === ']') {
        if (u.unclosedSpan) d.label(u.unclosedSpan, 'the nearest open delimiter');
        d.label(span(u.foundSpan.lo, u.foundSpan.lo), `missing open \`${u.foundDelim === ')' ? '(' : '['}\` for this delimiter`);
        reported = true;
        this.unmatched.splice(k--, 1);
      }
    }
    return reported;
  }

  private reportSuspiciousMismatchBlock(d: PDiag, delim: OpenDelim | CloseDelim): void {
    const matched: [Span, boolean][] = this.matchingBlockSpans.map(([o, c]) => [span(o.lo, c.lo), this.sameIndentation(o, c)]);
    matched.sort((a, b) => a[0].lo - b[0].lo);
    for (let k = 0; k < matched.length; k++) {
      const [block, same] = matched[k]!;
      if (!same) continue;
      for (let j = k + 1; j < matched.length; j++) {
        const [inner, innerSame] = matched[j]!;
        if (contains(block, inner) && !innerSame) matched[j] = [inner, true];
      }
    }
    let candidate: Span | null = null;
    for (let k = matched.length - 1; k >= 0; k--) {
      if (!matched[k]![1]) {
        candidate = matched[k]![0];
        break;
      }
    }
    if (candidate) {
      d.label(span(candidate.lo, candidate.lo), 'this delimiter might not be properly closed...');
      d.label(span(candidate.hi, candidate.hi), '...as it matches this but it has different indentation');
      if (delim === '{' || delim === '}') {
        const empty = this.emptyBlockSpans.find((sp) => contains(candidate!, sp));
        if (empty) d.label(empty, 'block is empty, you might have not meant to close it');
      }
    } else {
      const parent = this.matchingBlockSpans[this.matchingBlockSpans.length - 1];
      if (parent && this.open.length === 0 && this.emptyBlockSpans.every((sp) => !sameSpan(sp, spanTo(parent[0], parent[1])))) {
        d.label(parent[0], 'this opening brace...');
        d.label(parent[1], '...matches this closing brace');
      }
    }
  }

  private mismatchedError(u: UnmatchedDelim): PDiag | null {
    if (u.foundDelim === null) return null;
    const d = new PDiag(`mismatched closing delimiter: \`${u.foundDelim}\``, u.unclosedSpan ? [u.foundSpan, u.unclosedSpan] : u.foundSpan);
    d.label(u.foundSpan, 'mismatched closing delimiter');
    if (u.candidateSpan) d.label(u.candidateSpan, 'closing delimiter possibly meant for this');
    if (u.unclosedSpan) d.label(u.unclosedSpan, 'unclosed delimiter');
    return d;
  }
}

function sameSpan(a: Span, b: Span): boolean {
  return a.lo === b.lo && a.hi === b.hi;
}

/** Checks delimiter matching; returns rustc's errors (empty when every delimiter matches). */
export function checkDelimiters(tokens: readonly Token[], text: SourceText): Diagnostic[] {
  return new Checker(tokens, text).run().map((d) => d.build());
}
