/**
 * Format-string parsing, after rustc_parse_format: splits a `format_args!` template into literal
 * pieces and `{...}` arguments with their format specs, and reports the first syntax error the way
 * rustc does (description, label, note, secondary label, suggestion), with positions as byte
 * ranges into the string literal as written (quotes included), so that the caller can turn them
 * into spans.
 *
 * Owns: the template grammar and its errors. Must not: know about macros, spans or diagnostics.
 */

export type Position = { kind: 'implicit'; index: number } | { kind: 'index'; index: number } | { kind: 'named'; name: string };

export type Count =
  | { kind: 'is'; value: number }
  | { kind: 'name'; name: string; range: Range }
  | { kind: 'param'; index: number }
  | { kind: 'star'; index: number }
  | { kind: 'implied' };

/** A half-open byte range into the literal as written. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface FormatSpec {
  fill: string | null;
  fillRange: Range | null;
  align: 'left' | 'right' | 'center' | 'unknown';
  sign: '+' | '-' | null;
  alternate: boolean;
  zeroPad: boolean;
  debugHex: 'lower' | 'upper' | null;
  precision: Count;
  precisionRange: Range | null;
  width: Count;
  widthRange: Range | null;
  ty: string;
  tyRange: Range | null;
}

export interface Argument {
  readonly position: Position;
  readonly positionRange: Range;
  readonly format: FormatSpec;
}

export type Piece = { kind: 'lit'; text: string } | { kind: 'arg'; arg: Argument };

export type Suggestion =
  | { kind: 'none' }
  | { kind: 'usePositional' }
  | { kind: 'removeRawIdent'; range: Range }
  | { kind: 'reorderFormatParameter'; range: Range; replacement: string }
  | { kind: 'addMissingColon'; range: Range }
  | { kind: 'useRustDebugPrintingMacro' };

export interface ParseError {
  readonly description: string;
  readonly note: string | null;
  readonly label: string;
  readonly range: Range;
  readonly secondaryLabel: { text: string; range: Range } | null;
  readonly suggestion: Suggestion;
}

export function isDefaultSpec(f: FormatSpec): boolean {
  return (
    f.fill === null && f.align === 'unknown' && f.sign === null && !f.alternate && !f.zeroPad && f.debugHex === null &&
    f.precision.kind === 'implied' && f.width.kind === 'implied' && f.ty === ''
  );
}

function defaultSpec(): FormatSpec {
  return { fill: null, fillRange: null, align: 'unknown', sign: null, alternate: false, zeroPad: false, debugHex: null, precision: { kind: 'implied' }, precisionRange: null, width: { kind: 'implied' }, widthRange: null, ty: '', tyRange: null };
}

/** One char of the (unescaped) input with the range it occupies in the literal as written. */
interface InputChar {
  readonly range: Range;
  /** Index in `input` (UTF-16 units). */
  readonly idx: number;
  readonly ch: string;
}

const ID_START = /[\p{XID_Start}_]/u;
const ID_CONTINUE = /[\p{XID_Continue}]/u;

function isIdStart(c: string): boolean {
  return ID_START.test(c);
}

function isIdContinue(c: string): boolean {
  return ID_CONTINUE.test(c);
}

function utf8Len(c: string): number {
  const cp = c.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

function isWhitespace(c: string): boolean {
  return /\s/u.test(c);
}

export interface ParsedTemplate {
  readonly pieces: Piece[];
  readonly errors: ParseError[];
  /** Ranges of every `{...}` argument, when the literal is in the source. */
  readonly argPlaces: Range[];
  readonly isSourceLiteral: boolean;
}

/**
 * `input` is the unescaped string (with the `\n` of `println!` appended when `appendedNewline`);
 * `escapedChars` maps each char of the written literal (between the quotes, for cooked strings)
 * to its written range, or is null when the written form is not known (then ranges are guesses).
 * `rawHashes` is the number of `#` of a raw string, null for a cooked one.
 */
export function parseTemplate(input: string, written: { chars: readonly { range: Range; ch: string }[]; endOfSnippet: number } | null, rawHashes: number | null, appendedNewline: boolean): ParsedTemplate {
  const quoteOffset = rawHashes === null ? 1 : rawHashes + 2;
  let vec: InputChar[];
  let isSourceLiteral: boolean;
  let endOfSnippet: number;
  if (written) {
    isSourceLiteral = true;
    endOfSnippet = written.endOfSnippet;
    vec = [];
    let idx = 0;
    for (const w of written.chars) {
      vec.push({ range: { start: w.range.start + quoteOffset, end: w.range.end + quoteOffset }, idx, ch: w.ch });
      idx += w.ch.length;
    }
    if (appendedNewline) {
      const end = vec.length > 0 ? vec[vec.length - 1]!.range.end : quoteOffset;
      vec.push({ range: { start: end, end: end + 1 }, idx, ch: '\n' });
    }
  } else {
    isSourceLiteral = false;
    endOfSnippet = input.length - (appendedNewline ? 1 : 0);
    vec = [];
    let i = 0;
    let pos = quoteOffset;
    for (const ch of input) {
      const n = utf8Len(ch);
      vec.push({ range: { start: pos, end: pos + n }, idx: i, ch });
      pos += n;
      i += ch.length;
    }
  }
  const p = new TemplateParser(input, vec, isSourceLiteral, endOfSnippet);
  const pieces: Piece[] = [];
  for (;;) {
    const piece = p.next();
    if (p.errors.length > 0 || piece === null) break;
    pieces.push(piece);
  }
  return { pieces, errors: p.errors, argPlaces: p.argPlaces, isSourceLiteral };
}

class TemplateParser {
  i = 0;
  readonly errors: ParseError[] = [];
  curarg = 0;
  readonly argPlaces: Range[] = [];
  lastOpenBrace: Range | null = null;

  constructor(
    readonly input: string,
    readonly vec: readonly InputChar[],
    readonly isSourceLiteral: boolean,
    readonly endOfSnippet: number,
  ) {}

  peek(): InputChar | undefined {
    return this.vec[this.i];
  }

  peekAhead(): InputChar | undefined {
    return this.vec[this.i + 1];
  }

  consumePos(ch: string): InputChar | null {
    const c = this.peek();
    if (c && c.ch === ch) {
      this.i++;
      return c;
    }
    return null;
  }

  consume(ch: string): boolean {
    return this.consumePos(ch) !== null;
  }

  rangeAt(index: number): Range {
    const c = this.vec[index];
    return c ? c.range : { start: this.endOfSnippet, end: this.endOfSnippet };
  }

  posAt(index: number): number {
    const c = this.vec[index];
    return c ? c.idx : this.input.length;
  }

  next(): Piece | null {
    const c = this.peek();
    if (!c) return null;
    if (c.ch === '{') {
      this.i++;
      const n = this.peek();
      if (n && n.ch === '{') {
        this.i++;
        return { kind: 'lit', text: this.string(n.idx) };
      }
      this.lastOpenBrace = c.range;
      const arg = this.argument();
      this.ws();
      const close = this.consumePos('}');
      if (close) {
        if (this.isSourceLiteral) this.argPlaces.push({ start: c.range.start, end: close.range.end });
      } else {
        this.missingClosingBrace(arg);
      }
      return { kind: 'arg', arg };
    }
    if (c.ch === '}') {
      this.i++;
      const n = this.peek();
      if (n && n.ch === '}') {
        this.i++;
        return { kind: 'lit', text: this.string(n.idx) };
      }
      this.errors.push({
        description: 'unmatched `}` found',
        note: 'if you intended to print `}`, you can escape it using `}}`',
        label: 'unmatched `}`',
        range: c.range,
        secondaryLabel: null,
        suggestion: { kind: 'none' },
      });
      return null;
    }
    return { kind: 'lit', text: this.string(c.idx) };
  }

  private missingClosingBrace(arg: Argument): void {
    const c = this.peek();
    let range: Range;
    let description: string;
    if (c) {
      range = { start: c.range.start, end: c.range.start };
      description = `expected \`}\`, found \`${escapeDebug(c.ch)}\``;
    } else {
      range = { start: this.endOfSnippet, end: this.endOfSnippet };
      description = 'expected `}` but string was terminated';
    }
    let note: string;
    let secondary: { text: string; range: Range } | null;
    if (arg.format.fill === '}') {
      note = 'the character `}` is interpreted as a fill character because of the `:` that precedes it';
      secondary = arg.format.fillRange ? { text: 'this is not interpreted as a formatting closing brace', range: arg.format.fillRange } : null;
    } else {
      note = 'if you intended to print `{`, you can escape it using `{{`';
      secondary = this.lastOpenBrace ? { text: 'because of this opening brace', range: this.lastOpenBrace } : null;
    }
    this.errors.push({ description, note, label: 'expected `}`', range, secondaryLabel: secondary, suggestion: { kind: 'none' } });
    const a = this.peek();
    const b = this.peekAhead();
    if (a && b) {
      if (a.ch === '?' && b.ch === '}') this.missingColonBeforeDebugFormatter();
      else if (a.ch === '?') this.suggestFormatDebug();
      else if (a.ch === '<' || a.ch === '^' || a.ch === '>') this.suggestFormatAlign(a.ch);
      else if (a.ch === ',') this.suggestUnsupportedPythonNumericGrouping();
      else if (a.ch === '=' && b.ch === '}') this.suggestRustDebugPrintingMacro();
      else this.suggestPositionalArgInsteadOfCapturedArg(arg);
    }
  }

  private ws(): void {
    while (this.i < this.vec.length && isWhitespace(this.vec[this.i]!.ch)) this.i++;
  }

  private string(start: number): string {
    for (;;) {
      const c = this.peek();
      if (!c) return this.input.slice(start);
      if (c.ch === '{' || c.ch === '}') return this.input.slice(start, c.idx);
      this.i++;
    }
  }

  private argument(): Argument {
    const startIdx = this.i;
    const explicit = this.position();
    this.ws();
    const endIdx = this.i;
    const format = this.format();
    let position: Position;
    if (explicit) position = explicit;
    else position = { kind: 'implicit', index: this.curarg++ };
    return { position, positionRange: { start: this.rangeAt(startIdx).start, end: this.rangeAt(endIdx).start }, format };
  }

  private position(): Position | null {
    const n = this.integer();
    if (n !== null) return { kind: 'index', index: n };
    const c = this.peek();
    if (c && isIdStart(c.ch)) {
      const start = c.range.start;
      const word = this.word();
      const hash = this.peek();
      const after = this.peekAhead();
      if (word === 'r' && hash && hash.ch === '#' && after && isIdStart(after.ch)) {
        this.i++;
        const prefixEnd = hash.range.end;
        const w = this.word();
        this.errors.unshift({
          description: 'raw identifiers are not supported',
          note: "identifiers in format strings can be keywords and don't need to be prefixed with `r#`",
          label: 'raw identifier used here',
          range: { start, end: this.rangeAt(this.i).start },
          secondaryLabel: null,
          suggestion: { kind: 'removeRawIdent', range: { start, end: prefixEnd } },
        });
        return { kind: 'named', name: w };
      }
      return { kind: 'named', name: word };
    }
    return null;
  }

  private format(): FormatSpec {
    const spec = defaultSpec();
    if (!this.consume(':')) return spec;
    const c = this.peek();
    const n = this.peekAhead();
    if (c && n && (n.ch === '>' || n.ch === '<' || n.ch === '^')) {
      this.i++;
      spec.fill = c.ch;
      spec.fillRange = c.range;
    }
    if (this.consume('<')) spec.align = 'left';
    else if (this.consume('>')) spec.align = 'right';
    else if (this.consume('^')) spec.align = 'center';
    if (this.consume('+')) spec.sign = '+';
    else if (this.consume('-')) spec.sign = '-';
    if (this.consume('#')) spec.alternate = true;
    let haveWidth = false;
    const zero = this.consumePos('0');
    if (zero) {
      const dollar = this.consumePos('$');
      if (dollar) {
        spec.width = { kind: 'param', index: 0 };
        spec.widthRange = { start: zero.range.start, end: dollar.range.end };
        haveWidth = true;
      } else {
        spec.zeroPad = true;
      }
    }
    if (!haveWidth) {
      const startIdx = this.i;
      spec.width = this.count();
      if (spec.width.kind !== 'implied') spec.widthRange = { start: this.rangeAt(startIdx).start, end: this.rangeAt(this.i).start };
    }
    const dot = this.consumePos('.');
    if (dot) {
      if (this.consume('*')) spec.precision = { kind: 'star', index: this.curarg++ };
      else spec.precision = this.count();
      spec.precisionRange = { start: dot.range.start, end: this.rangeAt(this.i).start };
    }
    const startIdx = this.i;
    if (this.consume('x')) {
      if (this.consume('?')) {
        spec.debugHex = 'lower';
        spec.ty = '?';
      } else spec.ty = 'x';
    } else if (this.consume('X')) {
      if (this.consume('?')) {
        spec.debugHex = 'upper';
        spec.ty = '?';
      } else spec.ty = 'X';
    } else {
      const q = this.consumePos('?');
      if (q) {
        spec.ty = '?';
        const r = this.peek();
        if (r && (r.ch === '#' || r.ch === 'x' || r.ch === 'X')) {
          this.errors.unshift({
            description: `expected \`}\`, found \`${r.ch}\``,
            note: null,
            label: "expected `'}'`",
            range: r.range,
            secondaryLabel: null,
            suggestion: { kind: 'reorderFormatParameter', range: { start: q.range.start, end: r.range.end }, replacement: `${r.ch}?` },
          });
        }
      } else {
        spec.ty = this.word();
        if (spec.ty !== '') spec.tyRange = { start: this.rangeAt(startIdx).start, end: this.rangeAt(this.i).start };
      }
    }
    return spec;
  }

  private count(): Count {
    const n = this.integer();
    if (n !== null) return this.consume('$') ? { kind: 'param', index: n } : { kind: 'is', value: n };
    const startIdx = this.i;
    const word = this.word();
    if (word === '') return { kind: 'implied' };
    const dollar = this.consumePos('$');
    if (dollar) return { kind: 'name', name: word, range: { start: this.rangeAt(startIdx).start, end: dollar.range.start } };
    this.i = startIdx;
    return { kind: 'implied' };
  }

  private word(): string {
    const index = this.i;
    const c = this.peek();
    if (!c || !isIdStart(c.ch)) return '';
    this.i++;
    let errEnd: number;
    let end: number;
    for (;;) {
      const d = this.peek();
      if (d) {
        if (isIdContinue(d.ch)) this.i++;
        else {
          errEnd = d.range.start;
          end = d.idx;
          break;
        }
      } else {
        errEnd = this.endOfSnippet;
        end = this.input.length;
        break;
      }
    }
    const word = this.input.slice(this.posAt(index), end);
    if (word === '_') {
      this.errors.push({
        description: 'invalid argument name `_`',
        note: 'argument name cannot be a single underscore',
        label: 'invalid argument name',
        range: { start: this.rangeAt(index).start, end: errEnd },
        secondaryLabel: null,
        suggestion: { kind: 'none' },
      });
    }
    return word;
  }

  private integer(): number | null {
    let cur = 0;
    let found = false;
    let overflow = false;
    const startIndex = this.i;
    for (;;) {
      const c = this.peek();
      if (!c || c.ch < '0' || c.ch > '9') break;
      this.i++;
      cur = cur * 10 + (c.ch.charCodeAt(0) - 48);
      if (cur > 65535) {
        overflow = true;
        cur %= 65536;
      }
      found = true;
    }
    if (overflow) {
      const text = this.input.slice(this.posAt(startIndex), this.posAt(this.i));
      this.errors.push({
        description: `integer \`${text}\` does not fit into the type \`u16\` whose range is \`0..=65535\``,
        note: null,
        label: 'integer out of range for `u16`',
        range: { start: this.rangeAt(startIndex).start, end: this.rangeAt(this.i).end },
        secondaryLabel: null,
        suggestion: { kind: 'none' },
      });
    }
    return found ? cur : null;
  }

  private suggestFormatDebug(): void {
    const q = this.consumePos('?');
    if (!q) return;
    if (!this.consume(':')) return;
    const word = this.word();
    this.errors.unshift({
      description: 'expected format parameter to occur after `:`',
      note: `\`?\` comes after \`:\`, try \`${word}:?\` instead`,
      label: 'expected `?` to occur after `:`',
      range: q.range,
      secondaryLabel: null,
      suggestion: { kind: 'none' },
    });
  }

  private missingColonBeforeDebugFormatter(): void {
    const q = this.consumePos('?');
    if (!q) return;
    this.errors.unshift({
      description: 'expected `}`, found `?`',
      note: 'to print `{`, you can escape it using `{{`',
      label: 'expected `:` before `?` to format with `Debug`',
      range: q.range,
      secondaryLabel: null,
      suggestion: { kind: 'addMissingColon', range: q.range },
    });
  }

  private suggestRustDebugPrintingMacro(): void {
    const eq = this.consumePos('=');
    if (!eq) return;
    this.errors.unshift({
      description: "python's f-string debug `=` is not supported in rust, use `dbg(x)` instead",
      note: 'to print `{`, you can escape it using `{{`',
      label: 'expected `}`',
      range: eq.range,
      secondaryLabel: this.lastOpenBrace ? { text: 'because of this opening brace', range: this.lastOpenBrace } : null,
      suggestion: { kind: 'useRustDebugPrintingMacro' },
    });
  }

  private suggestFormatAlign(alignment: string): void {
    const a = this.consumePos(alignment);
    if (!a) return;
    this.errors.unshift({
      description: 'expected alignment specifier after `:` in format string; example: `{:>?}`',
      note: null,
      label: `expected \`${alignment}\` to occur after \`:\``,
      range: a.range,
      secondaryLabel: null,
      suggestion: { kind: 'none' },
    });
  }

  private suggestPositionalArgInsteadOfCapturedArg(arg: Argument): void {
    if (arg.position.kind !== 'named' || !isDefaultSpec(arg.format)) return;
    if (!this.consume('.')) return;
    const field = this.argument();
    if (!this.consume('}')) return;
    const range = { start: arg.positionRange.start, end: field.positionRange.end };
    const note = 'consider moving this expression to a local variable and then using the local here instead';
    if (field.position.kind === 'named') {
      this.errors.unshift({ description: "field access isn't supported", note, label: 'not supported', range, secondaryLabel: null, suggestion: { kind: 'usePositional' } });
    } else if (field.position.kind === 'index') {
      this.errors.unshift({ description: "tuple index access isn't supported", note, label: 'not supported', range, secondaryLabel: null, suggestion: { kind: 'usePositional' } });
    }
  }

  private suggestUnsupportedPythonNumericGrouping(): void {
    const c = this.consumePos(',');
    if (!c) return;
    this.errors.unshift({
      description: "python's numeric grouping `,` is not supported in rust format strings",
      note: 'to print `{`, you can escape it using `{{`',
      label: 'expected `}`',
      range: c.range,
      secondaryLabel: this.lastOpenBrace ? { text: 'because of this opening brace', range: this.lastOpenBrace } : null,
      suggestion: { kind: 'none' },
    });
  }
}

/** Rust's `char::escape_debug` for the chars a format string can hold. */
export function escapeDebug(c: string): string {
  switch (c) {
    case '\n':
      return '\\n';
    case '\t':
      return '\\t';
    case '\r':
      return '\\r';
    case '\\':
      return '\\\\';
    case "'":
      return "\\'";
    case '"':
      return '\\"';
    case '\0':
      return '\\0';
    default:
      return c;
  }
}
