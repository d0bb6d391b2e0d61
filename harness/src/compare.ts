/**
 * Comparing actual output with an expected file: exact (compiletest), `sorted` (the same multiset
 * of diagnostic blocks, in any order), `lines` (compiletest's `compare-output-by-lines`: the same
 * sorted lines), and telling a pure reordering apart from different output. Also renders the
 * coloured unified diff shown for a mismatch. Pure.
 */
import { structuredPatch } from 'diff';

export type ComparePolicy = 'exact' | 'sorted' | 'lines';
export type CompareOutcome = 'same' | 'reordered' | 'differs';

/**
 * Splits rendered output into diagnostic blocks: a block starts at a column-0 `error…:` or
 * `warning…:` header (or a future-incompatibility report); notes and helps stay with their parent.
 */
export function splitBlocks(text: string): string[] {
  const blocks: string[] = [];
  let cur = '';
  for (const line of text.split(/(?<=\n)/)) {
    if (/^(error|warning)(\[[^\]\n]*\])?: |^Future incompatibility report:/.test(line) && cur !== '') {
      blocks.push(cur);
      cur = '';
    }
    cur += line;
  }
  if (cur !== '') blocks.push(cur);
  return blocks;
}

/** Blocks are compared as text; a block that lost its trailing newline is the same block. */
function blockKey(b: string): string {
  return b.endsWith('\n') ? b : `${b}\n`;
}

export function sameBlocks(a: string, b: string): boolean {
  const x = splitBlocks(a).map(blockKey).sort();
  const y = splitBlocks(b).map(blockKey).sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

export function sameSortedLines(a: string, b: string): boolean {
  const x = a.split('\n').sort();
  const y = b.split('\n').sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/**
 * Compares `actual` with `expected` under `policy`. A difference is `reordered` when the same
 * blocks appear in another order, otherwise `differs`.
 */
export function compareOutput(expected: string, actual: string, policy: ComparePolicy): CompareOutcome {
  if (expected === actual) return 'same';
  if (policy === 'lines' && sameSortedLines(expected, actual)) return 'same';
  const reordered = sameBlocks(expected, actual);
  if (policy === 'sorted' && reordered) return 'same';
  return reordered ? 'reordered' : 'differs';
}

const RED = '\x1b[31m';
const GREEN = '\x1b[32m';
const CYAN = '\x1b[36m';
const BOLD = '\x1b[1m';
const RESET = '\x1b[0m';

/** A unified diff (3 lines of context) from `expected` to `actual`, coloured when `color`. */
export function renderDiff(expected: string, actual: string, labels: { expected: string; actual: string }, color: boolean): string {
  const patch = structuredPatch(labels.expected, labels.actual, expected, actual, undefined, undefined, { context: 3 });
  const paint = (c: string, s: string) => (color ? `${c}${s}${RESET}` : s);
  const out: string[] = [paint(BOLD, `--- ${labels.expected}`), paint(BOLD, `+++ ${labels.actual}`)];
  for (const h of patch.hunks) {
    out.push(paint(CYAN, `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`));
    for (const l of h.lines) {
      if (l.startsWith('\\')) out.push(paint(CYAN, l));
      else if (l.startsWith('-')) out.push(paint(RED, l));
      else if (l.startsWith('+')) out.push(paint(GREEN, l));
      else out.push(l);
    }
  }
  return `${out.join('\n')}\n`;
}
