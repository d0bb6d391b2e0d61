/**
 * A grid of styled characters that the human emitter draws into (rows and columns, writes past
 * the end pad with spaces), then renders to text with or without ANSI colours, as rustc's
 * `StyledBuffer` and `emit_to_destination` do.
 *
 * Owns: the grid and the colour of each style. Must not: know what a diagnostic is.
 */
import type { Level } from './diagnostic.js';

/** rustc's `Style`. `Level` takes the colour of the level of the buffer being rendered. */
export enum Style {
  NoStyle,
  MainHeaderMsg,
  HeaderMsg,
  LineAndColumn,
  LineNumber,
  Quotation,
  UnderlinePrimary,
  UnderlineSecondary,
  LabelPrimary,
  LabelSecondary,
  Level,
  Highlight,
  Addition,
  Removal,
}

export class StyledBuffer {
  private readonly text: string[][] = [];
  private readonly styles: Style[][] = [];

  numLines(): number {
    return this.text.length;
  }

  private ensureLines(line: number): void {
    while (line >= this.text.length) {
      this.text.push([]);
      this.styles.push([]);
    }
  }

  putc(line: number, col: number, chr: string, style: Style): void {
    this.ensureLines(line);
    const row = this.text[line]!;
    const rowStyles = this.styles[line]!;
    while (row.length < col) {
      row.push(' ');
      rowStyles.push(Style.NoStyle);
    }
    row[col] = chr;
    rowStyles[col] = style;
  }

  /** Writes a string from `col` on, one cell per code point. */
  puts(line: number, col: number, s: string, style: Style): void {
    let n = col;
    for (const c of s) this.putc(line, n++, c, style);
  }

  prepend(line: number, s: string, style: Style): void {
    this.ensureLines(line);
    const chars = [...s];
    this.text[line]!.unshift(...chars.map(() => ' '));
    this.styles[line]!.unshift(...chars.map(() => Style.NoStyle));
    this.puts(line, 0, s, style);
  }

  append(line: number, s: string, style: Style): void {
    if (line >= this.text.length) this.puts(line, 0, s, style);
    else this.puts(line, this.text[line]!.length, s, style);
  }

  /** Replaces the cells [start, end) of a line by `s` (rustc's `replace`, used to elide long spans). */
  replace(line: number, start: number, end: number, s: string): void {
    if (start === end) return;
    const row = this.text[line];
    if (!row || start > row.length || end > row.length) return;
    const chars = [...s];
    const drop = end - chars.length - start;
    if (drop > 0) {
      row.splice(start, drop);
      this.styles[line]!.splice(start, drop);
    }
    chars.forEach((c, i) => {
      row[start + i] = c;
      this.styles[line]![start + i] = Style.LineNumber;
    });
  }

  setStyleRange(line: number, from: number, to: number, style: Style, overwrite: boolean): void {
    const row = this.styles[line];
    if (!row) return;
    for (let col = from; col < to && col < row.length; col++) {
      const s = row[col]!;
      if (overwrite || s === Style.NoStyle || s === Style.Quotation) row[col] = style;
    }
  }

  /**
   * The rows as text. With `ansi`, each run of one style is wrapped in that style's escape and a
   * reset, as anstyle writes them.
   */
  render(level: Level, ansi: boolean): string[] {
    const rows: string[] = [];
    for (let r = 0; r < this.text.length; r++) {
      const row = this.text[r]!;
      if (!ansi) {
        rows.push(row.join(''));
        continue;
      }
      const styles = this.styles[r]!;
      let out = '';
      let i = 0;
      while (i < row.length) {
        const style = styles[i]!;
        let j = i;
        let run = '';
        while (j < row.length && styles[j] === style) run += row[j++];
        const esc = ansiOf(style, level);
        out += esc ? `${esc}${run}\x1b[0m` : run;
        i = j;
      }
      rows.push(out);
    }
    return rows;
  }
}

const BOLD = '\x1b[1m';
const BRIGHT_BLUE = '\x1b[94m';

function levelColor(level: Level): string {
  switch (level) {
    case 'error':
    case 'error: internal compiler error':
      return '\x1b[91m';
    case 'warning':
      return '\x1b[33m';
    case 'note':
      return '\x1b[92m';
    case 'help':
      return '\x1b[96m';
    case 'failure-note':
      return '';
  }
}

/** The escape that starts a style (empty for none); anstyle writes effects before colours. */
function ansiOf(style: Style, level: Level): string {
  switch (style) {
    case Style.Addition:
      return '\x1b[92m';
    case Style.Removal:
      return '\x1b[91m';
    case Style.LineNumber:
    case Style.UnderlineSecondary:
    case Style.LabelSecondary:
      return BOLD + BRIGHT_BLUE;
    case Style.MainHeaderMsg:
      return BOLD;
    case Style.UnderlinePrimary:
    case Style.LabelPrimary:
    case Style.Level:
      return BOLD + levelColor(level);
    case Style.Highlight:
      return BOLD + '\x1b[35m';
    default:
      return '';
  }
}
