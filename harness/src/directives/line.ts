/**
 * Tokenises `//@` directive lines (compiletest `directives/line.rs`): every line of the file whose
 * trimmed text starts with `//@`, with an optional `[rev]` prefix and a name that runs to the
 * first `:` or whitespace. Knows nothing of what directives mean (handlers.ts does).
 */

export interface DirectiveLine {
  /** 1-based line number in the fixture. */
  readonly line: number;
  /** The `[rev]` the line is limited to, or null. */
  readonly revision: string | null;
  /** The text after `//@` (and after `[rev]`), trimmed. */
  readonly raw: string;
  /** The directive name: `raw` up to the first `:` or whitespace. */
  readonly name: string;
}

export interface LineProblem {
  readonly line: number;
  readonly message: string;
}

export function tokeniseDirectives(text: string): { lines: DirectiveLine[]; problems: LineProblem[] } {
  const lines: DirectiveLine[] = [];
  const problems: LineProblem[] = [];
  const src = text.split('\n');
  for (let i = 0; i < src.length; i++) {
    const trimmed = src[i]!.replace(/\r$/, '').trim();
    if (!trimmed.startsWith('//@')) continue;
    let rest = trimmed.slice(3).trimStart();
    let revision: string | null = null;
    if (rest.startsWith('[')) {
      const close = rest.indexOf(']');
      if (close < 0) {
        problems.push({ line: i + 1, message: `malformed condition directive: \`[\` without \`]\` in \`${trimmed}\`` });
        continue;
      }
      revision = rest.slice(1, close).trim();
      rest = rest.slice(close + 1).trimStart();
      if (revision === '') {
        problems.push({ line: i + 1, message: 'empty revision name in `//@[]`' });
        continue;
      }
      if (/[\s,]/.test(revision)) {
        problems.push({ line: i + 1, message: `\`//@[${revision}]\` names more than one revision; compiletest takes exactly one per bracket` });
        continue;
      }
    }
    const m = /^[^:\s]*/.exec(rest)!;
    lines.push({ line: i + 1, revision, raw: rest, name: m[0] });
  }
  return { lines, problems };
}

/** The text after `name:`, trimmed; null when the name is not followed by a colon. */
export function valueAfterColon(d: DirectiveLine): string | null {
  if (d.raw[d.name.length] !== ':') return null;
  return d.raw.slice(d.name.length + 1).trim();
}

/** The text after `name ` (a remark, e.g. an ignore reason), trimmed; null when there is none. */
export function remarkAfterSpace(d: DirectiveLine): string | null {
  const next = d.raw[d.name.length];
  if (next === undefined || !/\s/.test(next)) return null;
  const remark = d.raw.slice(d.name.length).trim();
  return remark === '' ? null : remark;
}

/**
 * compiletest `split_flags`: the value is cut at every single quote; the quoted pieces are kept
 * whole (one argument each, even if empty), the others are split on whitespace. So `-a 'b c'` is
 * `-a`, `b c`, and `x='y'` is two arguments, `x=` and `y`, as in compiletest.
 */
export function splitFlags(value: string): string[] {
  return value.split("'").flatMap((piece, i) => (i % 2 === 1 ? [piece] : piece.split(/\s+/).filter((s) => s !== '')));
}
