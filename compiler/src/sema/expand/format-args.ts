/**
 * `format_args!` and `format_args_nl!`, after rustc_builtin_macros' format.rs: parses the macro
 * arguments (format string, positional and named arguments), parses the template, resolves every
 * placeholder to an argument (implicit captures `{x}` become path expressions pointing into the
 * string), and reports rustc's format errors: invalid format strings, unknown traits, missing or
 * unused arguments, invalid positional references. The result is a `formatArgs` expression.
 *
 * Owns: format_args expansion and its diagnostics. Must not: type check (typeck checks the traits
 * the placeholders name).
 */
import type * as A from '../../syntax/ast.js';
import type { Token } from '../../syntax/token.js';
import type { Span } from '../../syntax/source-map.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import { unescape } from '../../syntax/unescape.js';
import { asExpr, type FormatArgsExpr, type FormatArgument, type FormatCountRef, type FormatPlaceholder, type FormatTrait, type FormatCount, type FormatPiece } from '../ast-ext.js';
import { parseTemplate, isDefaultSpec, type Argument, type Range, type Piece } from './format-string.js';
import { expand as msg } from '../../diagnostics/messages.js';
import type { MacroCx } from './macros.js';

const TRAITS: Record<string, FormatTrait> = { '': 'Display', '?': 'Debug', e: 'LowerExp', E: 'UpperExp', o: 'Octal', p: 'Pointer', b: 'Binary', x: 'LowerHex', X: 'UpperHex' };

interface MacroInput {
  readonly fmt: A.Expr;
  readonly args: FormatArgument[];
  readonly isDirectLiteral: boolean;
}

/** The parser is at the end of the tokens (a function: TS narrows `p.token.kind` across calls). */
function atEof(p: { token: { kind: string } }): boolean {
  return p.token.kind === 'eof';
}

/** Parses `"fmt", a, b, name = c` (rustc's `parse_args`). Null after an error that was reported. */
function parseArgs(cx: MacroCx, tokens: readonly Token[], macroSpan: Span): MacroInput | null {
  const result = cx.parseTokens(tokens, (p, tools) => {
    const first = p.token;
    let fmt: A.Expr;
    if (first.kind === 'eof') {
      cx.diag(msg.formatRequiresString(macroSpan).build());
      return null;
    }
    if (first.kind === 'literal' && (first.lit === 'str' || first.lit === 'strRaw')) {
      fmt = tools.literal(first);
      p.bump();
    } else {
      fmt = tools.expr();
    }
    const args: FormatArgument[] = [];
    let isFirst = true;
    while (!atEof(p)) {
      if (!p.eat(',')) {
        if (isFirst) tools.clearExpected();
        if (!tools.expectComma()) return null;
      }
      isFirst = false;
      if (atEof(p)) break;
      const t = p.token;
      if (t.kind === 'ident' && p.lookAhead(1).kind === '=') {
        const ident = { name: t.sym, span: mkSpan(t.lo, t.hi) };
        p.bump();
        p.bump();
        const expr = tools.expr();
        const prev = args.find((a) => a.kind === 'named' && a.name === ident.name);
        if (prev) {
          const prevSpan = (prev as FormatArgument & { nameSpan: Span }).nameSpan;
          cx.diag(msg.formatDuplicateArg(ident.name, ident.span, prevSpan).build());
          continue;
        }
        args.push({ kind: 'named', name: ident.name, expr, nameSpan: ident.span } as FormatArgument);
      } else {
        const expr = tools.expr();
        const named = args.filter((a) => a.kind === 'named');
        if (named.length > 0) {
          cx.diag(msg.positionalAfterNamed(expr.span, named.map((a) => mkSpan((a as FormatArgument & { nameSpan: Span }).nameSpan.lo, a.expr.span.hi))).build());
          return null;
        }
        args.push({ kind: 'normal', name: null, expr });
      }
    }
    return { fmt, args, isDirectLiteral: fmt.kind === 'lit' };
  });
  return result;
}

/** The chars of a string literal's contents with their byte ranges (relative to the contents). */
function writtenChars(lit: A.Lit): { chars: { range: Range; ch: string }[]; endOfSnippet: number; value: string } | null {
  const raw = lit.kind === 'strRaw';
  const src = lit.symbol;
  const chars: { range: Range; ch: string }[] = [];
  // UTF-16 index → byte offset within `src`.
  const byteAt: number[] = new Array(src.length + 1);
  let b = 0;
  for (let i = 0; i < src.length; i++) {
    byteAt[i] = b;
    const c = src.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      b += 4;
      byteAt[++i] = b;
    } else b += 3;
  }
  byteAt[src.length] = b;
  let ok = true;
  unescape(src, raw ? 'rawStr' : 'str', (start, end, r) => {
    if (typeof r === 'string') {
      if (r === 'UnskippedWhitespaceWarning' || r === 'MultipleSkippedLinesWarning') return;
      ok = false;
      return;
    }
    chars.push({ range: { start: byteAt[start]!, end: byteAt[end]! }, ch: String.fromCodePoint(r.value) });
  });
  if (!ok) return null;
  const quote = raw ? lit.hashes + 2 : 1;
  const last = chars[chars.length - 1];
  const endOfSnippet = raw ? quote + b : 1 + (last ? last.range.end : 0);
  return { chars, endOfSnippet, value: chars.map((c) => c.ch).join('') };
}

/**
 * Expands `format_args!(tokens)`. `appendNewline` for `format_args_nl!` (println!, writeln!).
 * `boundSpan` says where unsatisfied formatting traits are reported (see ast-ext.ts).
 */
export function expandFormatArgs(cx: MacroCx, tokens: readonly Token[], appendNewline: boolean, macroSpan: Span, boundSpan: FormatArgsExpr['boundSpan'], exprSpan: Span): A.Expr {
  const input = parseArgs(cx, tokens, macroSpan);
  if (!input) return cx.b.err(exprSpan);
  const args = input.args.map((a) => ({ ...a, expr: cx.expandExpr(a.expr) }));
  const efmt = input.fmt;
  if (efmt.kind !== 'lit' || (efmt.lit.kind !== 'str' && efmt.lit.kind !== 'strRaw')) {
    const d = msg.formatMustBeLiteral(efmt.span);
    const isBlockOrUnit = (e: A.Expr) => (e.kind === 'block' && e.block.stmts.length === 0 && e.label === null) || (e.kind === 'tuple' && e.elems.length === 0);
    if (efmt.kind === 'block' && efmt.label === null && efmt.block.stmts.length === 1 && efmt.block.stmts[0]!.kind === 'expr' && efmt.block.stmts[0]!.expr.kind === 'path' && efmt.block.stmts[0]!.expr.path.segments.length === 1 && efmt.block.stmts[0]!.expr.path.segments[0]!.args === null) {
      d.suggest(msg.quoteInlinedArgument, [{ span: mkSpan(efmt.span.hi, efmt.span.hi), snippet: '"' }, { span: mkSpan(efmt.span.lo, efmt.span.lo), snippet: '"' }], 'MaybeIncorrect', 'ShowAlways');
    } else if (efmt.kind !== 'err') {
      const parts = [efmt, ...args.map((a) => a.expr)].map((e) => (isBlockOrUnit(e) ? '{:?}' : '{}'));
      d.suggest(msg.missingStringLiteral, [{ span: mkSpan(efmt.span.lo, efmt.span.lo), snippet: `"${parts.join(' ')}", ` }], 'MaybeIncorrect', 'ShowAlways');
      const snippet = cx.sm.snippet(efmt.span);
      if (efmt.kind === 'block' && efmt.block.stmts.length <= 1 && (snippet === '{}' || snippet === '{:?}' || snippet === '{:#?}')) {
        d.suggest(msg.encloseWithQuotes(snippet), [{ span: efmt.span, snippet: `"${snippet}"` }], 'MaybeIncorrect', 'ShowAlways');
      }
    }
    if (efmt.kind !== 'err') cx.diag(d.build());
    return cx.b.err(exprSpan);
  }
  const lit = efmt.lit;
  const fmtSpan = efmt.span;
  const written = writtenChars(lit);
  const value = written ? written.value : lit.symbol;
  const parsed = parseTemplate(appendNewline ? value + '\n' : value, written, lit.kind === 'strRaw' ? lit.hashes : null, appendNewline);
  const inner = (r: Range): Span => mkSpan(fmtSpan.lo + r.start, fmtSpan.lo + r.end);
  if (parsed.errors.length > 0) {
    const err = parsed.errors[0]!;
    const sp = parsed.isSourceLiteral ? inner(err.range) : fmtSpan;
    const d = msg.invalidFormatString(err.description, err.label, sp);
    if (err.note) d.note(err.note);
    if (err.secondaryLabel && parsed.isSourceLiteral) d.label(inner(err.secondaryLabel.range), err.secondaryLabel.text);
    const s = err.suggestion;
    if (s.kind === 'usePositional') {
      const captured = inner(err.range);
      const arg = cx.sm.snippet(captured);
      const unnamed = args.filter((a) => a.kind === 'normal');
      const at = unnamed.length > 0 ? unnamed[unnamed.length - 1]!.expr.span : fmtSpan;
      d.suggest(msg.usePositional, [{ span: captured, snippet: `${unnamed.length}` }, { span: mkSpan(at.hi, at.hi), snippet: `, ${arg}` }], 'MachineApplicable', 'ShowAlways');
    } else if (s.kind === 'removeRawIdent' && parsed.isSourceLiteral) {
      d.suggest(msg.removeRawIdent, [{ span: inner(s.range), snippet: '' }], 'MachineApplicable', 'ShowAlways');
    } else if (s.kind === 'reorderFormatParameter') {
      d.suggest(msg.reorderFormatParameter(s.replacement), [{ span: inner(s.range), snippet: s.replacement }], 'MaybeIncorrect', 'ShowAlways');
    } else if (s.kind === 'addMissingColon') {
      d.suggest(msg.addMissingColon, [{ span: inner(s.range), snippet: ':?' }], 'MachineApplicable', 'ShowAlways');
    }
    cx.diag(d.build());
    return cx.b.err(exprSpan);
  }
  const toSpan = (r: Range | null): Span | null => (r && parsed.isSourceLiteral ? inner(r) : null);

  const explicitCount = args.length;
  const used: boolean[] = args.map(() => false);
  const allArgs: FormatArgument[] = [...args];
  const invalidRefs: { index: number; span: Span | null; kind: 'implicit' | 'number' | 'named' }[] = [];
  const placeholders: FormatPlaceholder[] = [];
  const counts: FormatCountRef[] = [];
  const lookup = (ref: { index: number } | { name: string; span: Span | null }, kind: 'implicit' | 'number' | 'named', span: Span | null): number => {
    if ('index' in ref) {
      if (ref.index < explicitCount) {
        used[ref.index] = true;
        return ref.index;
      }
      invalidRefs.push({ index: ref.index, span, kind });
      return -1;
    }
    const i = allArgs.findIndex((a, k) => k < explicitCount && a.kind === 'named' && a.name === ref.name);
    if (i >= 0) {
      used[i] = true;
      return i;
    }
    const existing = allArgs.findIndex((a, k) => k >= explicitCount && a.name === ref.name);
    if (existing >= 0) return existing;
    const sp = ref.span ?? fmtSpan;
    let expr: A.Expr;
    if (input.isDirectLiteral) {
      expr = cx.b.exprIdent(ref.name, sp);
    } else {
      cx.diag(msg.formatNoArgNamed(ref.name, sp).build());
      expr = cx.b.err(sp);
    }
    allArgs.push({ kind: 'captured', name: ref.name, expr });
    return allArgs.length - 1;
  };
  let placeholderIndex = 0;
  const argPieces: Argument[] = parsed.pieces.filter((p): p is Extract<Piece, { kind: 'arg' }> => p.kind === 'arg').map((p) => p.arg);
  const template: FormatPiece[] = [];
  const argOrder = parsed.pieces;
  let argPieceAt = 0;
  for (const arg of argPieces) {
    // Literal text before this placeholder (the template's pieces in order).
    while (argPieceAt < argOrder.length && argOrder[argPieceAt]!.kind === 'lit') template.push(argOrder[argPieceAt++] as FormatPiece);
    argPieceAt++;
    const place = parsed.argPlaces[placeholderIndex++] ?? null;
    const span = toSpan(place);
    const posSpan = toSpan(arg.positionRange);
    const pos = arg.position;
    const index =
      pos.kind === 'implicit' ? lookup({ index: pos.index }, 'implicit', posSpan) : pos.kind === 'index' ? lookup({ index: pos.index }, 'number', posSpan) : lookup({ name: pos.name, span: posSpan }, 'named', posSpan);
    let trait = TRAITS[arg.format.ty];
    if (trait === undefined) {
      const tySpan = arg.format.tyRange ? inner(arg.format.tyRange) : null;
      cx.diag(msg.unknownFormatTrait(arg.format.ty, tySpan ?? fmtSpan).build());
      trait = 'Display';
    }
    const f = arg.format;
    const countOf = (c: typeof f.width, at: number): FormatCount => (c.kind === 'is' ? { kind: 'is', value: c.value } : c.kind === 'implied' ? null : { kind: 'arg', arg: at });
    const precSpan = toSpan(f.precisionRange);
    let precArg = -1;
    if (f.precision.kind === 'name') counts.push({ arg: (precArg = lookup({ name: f.precision.name, span: toSpan(f.precision.range) }, 'named', precSpan)), span: precSpan });
    else if (f.precision.kind === 'param') counts.push({ arg: (precArg = lookup({ index: f.precision.index }, 'number', precSpan)), span: precSpan });
    else if (f.precision.kind === 'star') counts.push({ arg: (precArg = lookup({ index: f.precision.index }, 'implicit', precSpan)), span: precSpan });
    const widthSpan = toSpan(f.widthRange);
    let widthArg = -1;
    if (f.width.kind === 'name') counts.push({ arg: (widthArg = lookup({ name: f.width.name, span: toSpan(f.width.range) }, 'named', widthSpan)), span: widthSpan });
    else if (f.width.kind === 'param') counts.push({ arg: (widthArg = lookup({ index: f.width.index }, 'number', widthSpan)), span: widthSpan });
    if (index >= 0) placeholders.push({ arg: index, trait, span });
    template.push({ kind: 'arg', arg: index, trait, fill: f.fill, align: f.align, sign: f.sign, alternate: f.alternate, zeroPad: f.zeroPad, debugHex: f.debugHex, width: countOf(f.width, widthArg), precision: countOf(f.precision, precArg) });
  }

  while (argPieceAt < argOrder.length) {
    const p = argOrder[argPieceAt++]!;
    if (p.kind === 'lit') template.push(p);
  }
  if (invalidRefs.length > 0) reportInvalidReferences(cx, invalidRefs, argPieces, parsed.argPlaces.map(toSpan), fmtSpan, args, parsed.isSourceLiteral);
  const unused = args.map((a, i) => ({ a, i })).filter(({ i }) => !used[i]);
  if (unused.length > 0) {
    reportMissingPlaceholders(
      cx,
      unused.map(({ a }) => ({ span: a.expr.span, named: a.kind === 'named' })),
      used,
      fmtSpan,
      lit,
      invalidRefs.length > 0,
      argPieces,
      args,
      inner,
    );
  }
  const fa: FormatArgsExpr = { kind: 'formatArgs', id: cx.b.id(), span: exprSpan, attrs: [], args: allArgs, placeholders, counts, boundSpan, template };
  return asExpr(fa);
}

function reportInvalidReferences(
  cx: MacroCx,
  refs: readonly { index: number; span: Span | null; kind: 'implicit' | 'number' | 'named' }[],
  pieces: readonly Argument[],
  places: readonly (Span | null)[],
  fmtSpan: Span,
  args: readonly FormatArgument[],
  isSourceLiteral: boolean,
): void {
  const n = args.length;
  const desc = n === 0 ? 'no arguments were given' : n === 1 ? 'there is 1 argument' : `there are ${n} arguments`;
  const hasNumbered = pieces.some((p) => p.position.kind === 'index' || p.format.precision.kind === 'param' || p.format.width.kind === 'param');
  let d;
  if (!hasNumbered) {
    const spans: Span[] = [];
    let count = 0;
    pieces.forEach((p, i) => {
      let placeholder: Span | null = null;
      if (p.format.precision.kind === 'star') count++;
      if (p.position.kind === 'implicit') {
        placeholder = places[i] ?? null;
        count++;
      }
      if (placeholder) spans.push(placeholder);
    });
    d = msg.positionalMismatch(count, desc, spans.length > 0 ? spans : [fmtSpan]);
    for (const a of args) d.label(a.expr.span, '');
  } else {
    const indexes = [...new Set(refs.map((r) => r.index))].sort((a, b) => a - b);
    const spans = !isSourceLiteral || places.length === 0 ? [fmtSpan] : refs.map((r) => r.span).filter((s): s is Span => s !== null);
    d = msg.invalidPositionalReference(indexes, desc, spans);
    d.note(msg.positionalZeroBased);
  }
  if (pieces.some((p) => !isDefaultSpec(p.format))) d.note(msg.formattingFlagsInfo);
  cx.diag(d.build());
}

function reportMissingPlaceholders(
  cx: MacroCx,
  unused: readonly { span: Span; named: boolean }[],
  used: readonly boolean[],
  fmtSpan: Span,
  lit: A.Lit,
  hasInvalidRefs: boolean,
  pieces: readonly Argument[],
  args: readonly FormatArgument[],
  inner: (r: Range) => Span,
): void {
  // Redundant arguments: `format!("{x}", x)`.
  const named = pieces.flatMap((p) => (p.position.kind === 'named' ? [{ span: inner(p.positionRange), name: p.position.name }] : []));
  if (named.length > 0) {
    const argSpans: Span[] = [];
    const fmtSpans: Span[] = [];
    const indices: number[] = [];
    for (let i = args.length - 1; i >= 0; i--) {
      const a = args[i]!;
      if (a.kind !== 'normal' || used[i]) continue;
      const e = a.expr;
      if (e.kind !== 'path' || e.qself !== null || e.path.segments.length !== 1 || e.path.segments[0]!.args !== null) continue;
      const binding = e.path.segments[0]!.ident.name;
      const matching = named.filter((n) => n.name === binding);
      if (matching.length === 0) continue;
      indices.push(i);
      argSpans.push(e.span);
      for (const m of matching) if (!fmtSpans.some((s) => s.lo === m.span.lo && s.hi === m.span.hi)) fmtSpans.push(m.span);
    }
    if (argSpans.length > 0) {
      const d = msg.redundantArgs(argSpans.length, argSpans, fmtSpans);
      if (!args.some((a) => a.kind === 'named')) {
        const parts = indices.map((idx, k) => {
          const s = argSpans[k]!;
          const next = args[idx + 1];
          return { span: next ? mkSpan(s.lo, next.expr.span.lo) : s, snippet: '' };
        });
        d.suggest(msg.redundantArgsRemove, parts, 'MachineApplicable', 'HideCodeInline');
      }
      cx.diag(d.build());
      return;
    }
  }
  const d = unused.length === 1 ? msg.unusedArg(unused[0]!.named, unused[0]!.span) : msg.unusedArgs(unused);
  if (unused.length === 1) d.label(fmtSpan, msg.formattingSpecifierMissing);
  else {
    d.label(fmtSpan, msg.multipleMissingSpecifiers);
    for (const u of unused) d.label(u.span, msg.unusedArgLabel(u.named));
  }
  if (!hasInvalidRefs) {
    const showExample = !used.includes(true);
    if (!showExample) {
      if (unused.length > 1) d.note(msg.considerAddingSpecifiers(unused.length));
    } else {
      const n = unused.length;
      const uncooked = lit.symbol;
      const sugg = lit.kind === 'strRaw' ? `r${'#'.repeat(lit.hashes)}"${uncooked}${'{}'.repeat(n)}"${'#'.repeat(lit.hashes)}` : `"${uncooked}${'{}'.repeat(n)}"`;
      d.suggest(msg.formatSpecifiersUseCurlyBraces(n), [{ span: fmtSpan, snippet: sugg }], 'MaybeIncorrect', 'ShowAlways');
    }
  }
  cx.diag(d.build());
}

export type { Diagnostic };
