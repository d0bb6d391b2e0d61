/**
 * Suggestions as the human emitter shows them (rustc's `CodeSuggestion::splice_lines` and the
 * `SubstitutionPart` predicates): each substitution is applied to the lines it touches, giving the
 * new code and, per line, the ranges to highlight. A replacement that only adds text around the
 * original (`countr` → `counter`) is first reduced to the addition (`e`).
 *
 * Owns: splicing and classifying edits. Must not: draw (emitter-human.ts) or serialise.
 */
import type { Suggestion, SubstitutionPart } from './diagnostic.js';
import type { Span, SourceMap, Loc } from '../syntax/source-map.js';

export interface Highlight {
  readonly start: number;
  readonly end: number;
}

export type Confusion = 'none' | 'case' | 'digit-letter' | 'both';

export interface SplicedSuggestion {
  /** The code after the edits, from the start of the first touched line to the end of the last. */
  readonly complete: string;
  /** The edits, sorted, reduced to their essential part. */
  readonly parts: readonly SubstitutionPart[];
  /** The spans of `parts` before the reduction. */
  readonly originalSpans: readonly Span[];
  /** Per line of `complete`, the char ranges that changed. */
  readonly highlights: readonly (readonly Highlight[])[];
  readonly confusion: Confusion;
}

const encoder = new TextEncoder();

function utf8Len(s: string): number {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s) ? s.length : encoder.encode(s).length;
}

function snippetOf(sm: SourceMap, s: Span): string | null {
  if (s.hi < s.lo) return null;
  const a = sm.lookupFile(s.lo);
  const b = sm.lookupFile(s.hi);
  if (a !== b || !a.hasSource) return null;
  return sm.snippet(s);
}

/** rustc's `as_substr`: `suggestion` = common prefix + middle + rest of `original`. */
function asSubstr(original: string, suggestion: string): [number, string, number] | null {
  const o = [...original];
  const s = [...suggestion];
  let k = 0;
  while (k < o.length && k < s.length && o[k] === s[k]) k++;
  const prefix = o.slice(0, k).join('');
  const origRest = o.slice(k).join('');
  const suggRest = s.slice(k).join('');
  if (!suggRest.endsWith(origRest)) return null;
  return [utf8Len(prefix), suggRest.slice(0, suggRest.length - origRest.length), utf8Len(origRest)];
}

function replacesMeaningfulContent(sm: SourceMap, p: SubstitutionPart): boolean {
  const text = snippetOf(sm, p.span);
  return text === null ? p.span.hi !== p.span.lo : text.trim() !== '';
}

export function isAddition(sm: SourceMap, p: SubstitutionPart): boolean {
  return p.snippet !== '' && !replacesMeaningfulContent(sm, p);
}

export function isDeletion(sm: SourceMap, p: SubstitutionPart): boolean {
  return p.snippet.trim() === '' && replacesMeaningfulContent(sm, p);
}

function isReplacement(sm: SourceMap, p: SubstitutionPart): boolean {
  return p.snippet !== '' && replacesMeaningfulContent(sm, p);
}

/** A replacement that loses some of the original text (`abc` → `abx`, not `abc` → `abcde`). */
export function isDestructiveReplacement(sm: SourceMap, p: SubstitutionPart): boolean {
  if (!isReplacement(sm, p)) return false;
  const text = snippetOf(sm, p.span);
  return !(text !== null && asSubstr(text.trim(), p.snippet.trim()) !== null);
}

/** Whether the suggested code differs from the code already there. */
export function isDifferent(sm: SourceMap, suggested: string, s: Span): boolean {
  const found = snippetOf(sm, s);
  return found === null || found !== suggested;
}

function trimTrivialReplacement(sm: SourceMap, p: SubstitutionPart): SubstitutionPart {
  if (p.snippet === '') return p;
  const text = snippetOf(sm, p.span);
  if (text === null) return p;
  const sub = asSubstr(text, p.snippet);
  if (sub === null) return p;
  const [prefix, middle, suffix] = sub;
  return { span: { lo: p.span.lo + prefix, hi: p.span.hi - suffix, ctxt: p.span.ctxt }, snippet: middle };
}

const ASCII_CONFUSABLES = new Set(['c', 'f', 'i', 'k', 'o', 's', 'u', 'v', 'w', 'x', 'y', 'z']);
const DIGIT_LETTER = ['0O', '1l', '5S', '8B', '9g'];

/** rustc's `detect_confusion_type`: the suggestion differs only in case or in 0/O, 1/l... */
export function detectConfusion(sm: SourceMap, suggested: string, s: Span): Confusion {
  const found = snippetOf(sm, s);
  if (found === null || utf8Len(found) !== utf8Len(suggested)) return 'none';
  let caseDiff = false;
  let digitLetter = false;
  let other = false;
  const f = [...found];
  const g = [...suggested];
  for (let i = 0; i < Math.min(f.length, g.length); i++) {
    const a = f[i]!;
    const b = g[i]!;
    if (a === b) continue;
    const isAsciiPair = a.length === 1 && b.length === 1 && a.charCodeAt(0) < 128 && b.charCodeAt(0) < 128;
    if (isAsciiPair && a.toLowerCase() === b.toLowerCase()) {
      if (ASCII_CONFUSABLES.has(a) || ASCII_CONFUSABLES.has(b)) caseDiff = true;
      else other = true;
    } else if (DIGIT_LETTER.includes(a + b) || DIGIT_LETTER.includes(b + a)) {
      digitLetter = true;
    } else {
      other = true;
    }
  }
  const isCase = caseDiff && !other && found !== suggested;
  const isDigit = digitLetter && !other && found !== suggested;
  return isCase && isDigit ? 'both' : isCase ? 'case' : isDigit ? 'digit-letter' : 'none';
}

export function confusionLabel(c: Confusion): string {
  switch (c) {
    case 'none':
      return '';
    case 'case':
      return ' (notice the capitalization)';
    case 'digit-letter':
      return ' (notice the digit/letter confusion)';
    case 'both':
      return ' (notice the capitalization and digit/letter confusion)';
  }
}

function combine(a: Confusion, b: Confusion): Confusion {
  if (a === 'none') return b;
  if (b === 'none') return a;
  return a === b ? a : 'both';
}

/** Width in the suggestion's highlight units: a tab counts 4, anything else 1. */
function highlightWidth(s: string): number {
  let n = 0;
  for (const c of s) n += c === '\t' ? 4 : 1;
  return n;
}

/** Appends the chars [lo, hi) of a line (to its end when `hi` is null, then a newline). */
function pushTrailing(buf: string[], line: string | null, lo: Loc, hi: Loc | null): void {
  if (line === null) return;
  const chars = [...line];
  if (lo.col < chars.length) {
    if (hi !== null && hi.col < chars.length) {
      if (hi.col > lo.col) buf.push(chars.slice(lo.col, hi.col).join(''));
    } else {
      buf.push(chars.slice(lo.col).join(''));
    }
  }
  if (hi === null) buf.push('\n');
}

function isValidSpan(sm: SourceMap, s: Span): boolean {
  if (s.hi < s.lo) return false;
  return sm.lookupFile(s.lo) === sm.lookupFile(s.hi);
}

export function spliceLines(sm: SourceMap, suggestion: Suggestion): SplicedSuggestion[] {
  const out: SplicedSuggestion[] = [];
  for (const substitution of suggestion.substitutions) {
    if (substitution.parts.length === 0 || substitution.parts.some((p) => !isValidSpan(sm, p.span))) continue;
    const sorted = substitution.parts.map((p, i) => ({ p, i })).sort((a, b) => a.p.span.lo - b.p.span.lo || a.i - b.i).map((x) => x.p);
    const lo = Math.min(...sorted.map((p) => p.span.lo));
    const file = sm.lookupFile(lo);
    if (!file.hasSource) continue;
    const buf: string[] = [];
    const highlights: Highlight[][] = [];
    let lineHighlight: Highlight[] = [];
    let acc = 0;
    let confusion: Confusion = 'none';
    let prevHi: Loc = { ...sm.lookupLoc(lo), col: 0 };
    let prevLine = sm.getLine(file, prevHi.line);
    const parts: SubstitutionPart[] = [];
    for (const original of sorted) {
      const part = trimTrivialReplacement(sm, original);
      parts.push(part);
      confusion = combine(confusion, detectConfusion(sm, part.snippet, part.span));
      const curLo = sm.lookupLoc(part.span.lo);
      if (prevHi.line === curLo.line) {
        pushTrailing(buf, prevLine, prevHi, curLo);
      } else {
        acc = 0;
        highlights.push(lineHighlight);
        lineHighlight = [];
        pushTrailing(buf, prevLine, prevHi, null);
        for (let idx = prevHi.line + 1; idx < curLo.line; idx++) {
          const text = sm.getLine(file, idx);
          if (text !== null) {
            buf.push(text, '\n');
            highlights.push(lineHighlight);
            lineHighlight = [];
          }
        }
        const cur = sm.getLine(file, curLo.line);
        if (cur !== null) buf.push([...cur].slice(0, curLo.col).join(''));
      }
      const snippetLines = part.snippet.split('\n');
      const len = highlightWidth(snippetLines[0]!);
      if (isDifferent(sm, part.snippet, part.span)) lineHighlight.push({ start: curLo.col + acc, end: curLo.col + acc + len });
      buf.push(part.snippet);
      const curHi = sm.lookupLoc(part.span.hi);
      acc += len - (curHi.col - curLo.col);
      prevHi = curHi;
      prevLine = sm.getLine(file, prevHi.line);
      for (const l of snippetLines.slice(1)) {
        acc = 0;
        highlights.push(lineHighlight);
        lineHighlight = [{ start: 0, end: highlightWidth(l) }];
      }
    }
    highlights.push(lineHighlight);
    let complete = buf.join('');
    if (!complete.endsWith('\n')) {
      const rest: string[] = [];
      pushTrailing(rest, prevLine, prevHi, null);
      complete += rest.join('');
    }
    complete = complete.replace(/\n+$/, '');
    if (highlights.every((h) => h.length === 0)) continue;
    out.push({ complete, parts, originalSpans: sorted.map((p) => p.span), highlights, confusion });
  }
  return out;
}
