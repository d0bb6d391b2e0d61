import { describe, expect, test } from 'vitest';
import { compareOutput, renderDiff, splitBlocks } from './compare.js';

const A = 'error[E0425]: cannot find value `a`\n --> $DIR/x.rs:1:1\n\n';
const B = 'error[E0308]: mismatched types\n --> $DIR/x.rs:2:1\n  |\nnote: defined here\n\n';
const END = 'error: aborting due to 2 previous errors\n\nSome errors have detailed explanations: E0308, E0425.\n';

describe('splitBlocks', () => {
  test('a block starts at a column-0 error or warning header; notes stay with their parent', () => {
    expect(splitBlocks(A + B + END)).toEqual([A, B, END]);
    expect(splitBlocks('')).toEqual([]);
    expect(splitBlocks('ICE text\nerror: x\n')).toEqual(['ICE text\n', 'error: x\n']);
  });
});

describe('compareOutput', () => {
  test.each([
    ['identical', A + B + END, A + B + END, 'exact', 'same'],
    ['reordered blocks under exact', A + B + END, B + A + END, 'exact', 'reordered'],
    ['reordered blocks under sorted', A + B + END, B + A + END, 'sorted', 'same'],
    ['reordered blocks under lines', A + B + END, B + A + END, 'lines', 'same'],
    ['a missing block', A + B + END, A + END, 'sorted', 'differs'],
    ['a duplicated block', A + END, A + A + END, 'sorted', 'differs'],
    ['a note moved to another block: same lines, different blocks', 'error: a\nnote: n\nerror: b\n', 'error: a\nerror: b\nnote: n\n', 'lines', 'same'],
    ['a note moved to another block under sorted', 'error: a\nnote: n\nerror: b\n', 'error: a\nerror: b\nnote: n\n', 'sorted', 'differs'],
    ['trailing whitespace counts', 'error: a\n', 'error: a \n', 'lines', 'differs'],
    ['empty expected, some output', '', 'warning: w\n', 'exact', 'differs'],
  ] as const)('%s', (_name, expected, actual, policy, outcome) => expect(compareOutput(expected, actual, policy)).toBe(outcome));
});

describe('renderDiff', () => {
  test('a unified diff with the expected file as the old side', () => {
    expect(renderDiff('a\nb\nc\n', 'a\nB\nc\n', { expected: 'x.stderr', actual: 'actual stderr' }, false)).toBe(
      '--- x.stderr\n+++ actual stderr\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n',
    );
  });

  test('coloured: removed lines red, added lines green', () => {
    const d = renderDiff('a\n', 'b\n', { expected: 'e', actual: 'a' }, true);
    expect(d).toContain('\x1b[31m-a\x1b[0m');
    expect(d).toContain('\x1b[32m+b\x1b[0m');
  });
});
