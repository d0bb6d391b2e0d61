import { describe, expect, test } from 'vitest';
import { classifyRun, movedItems, type RunClass } from './classify.js';
import { canon, jd } from './test-support.js';

const E1 = jd('error', 'mismatched types', [3, 5], { code: 'E0308' });
const E2 = jd('error', 'cannot find value `z` in this scope', [9, 5], { code: 'E0425' });
const W1 = jd('warning', 'unused variable: `x`', [5, 9], { notes: ['`#[warn(unused_variables)]` on by default'] });
const W2 = jd('warning', 'unused variable: `y`', [7, 9]);
const W1bare = jd('warning', 'unused variable: `x`', [5, 9]);
const W2noted = jd('warning', 'unused variable: `y`', [7, 9], { notes: ['`#[warn(unused_variables)]` on by default'] });
const ABORT2 = jd('error', 'aborting due to 2 previous errors; 2 warnings emitted', null);
const ABORT1 = jd('error', 'aborting due to 1 previous error; 2 warnings emitted', null);
const ABORT3 = jd('error', 'aborting due to 3 previous errors; 2 warnings emitted', null);
const CYCLE_A = jd('error', 'cycle detected when computing type of `A`', [3, 5], { code: 'E0391' });
const CYCLE_B = jd('error', 'cycle detected when computing type of `B`', [3, 5], { code: 'E0391' });
const PANIC = "thread 'rustc' (4242) panicked at compiler/rustc_x/src/y.rs:1:2:\nboom";

const SERIAL = canon([E1, W1, W2, E2, ABORT2]);

describe('classifyRun: each class on hand-made output', () => {
  test.each<[string, string[], object, RunClass, string[]]>([
    ['the same output', [E1, W1, W2, E2, ABORT2], {}, 'identical', []],
    ['the same items in another order', [E2, W1, E1, W2, ABORT2], {}, 'order-only', ['2 of 5 items in another place']],
    ['a missing diagnostic', [E1, W1, W2, ABORT1], {}, 'set-difference', [
      'missing: error[E0425]: cannot find value `z` in this scope (at $DIR/t.rs:9:5)',
      'summary: "error: aborting due to 2 previous errors; 2 warnings emitted" became "error: aborting due to 1 previous error; 2 warnings emitted"',
    ]],
    ['an extra diagnostic', [E1, W1, W2, E2, jd('error', 'extra', [11, 1]), ABORT2], {}, 'set-difference', ['extra: error: extra (at $DIR/t.rs:11:1)']],
    ['the on-by-default note on another warning', [E1, W1bare, W2noted, E2, ABORT2], {}, 'note-migration', [
      'changed: warning: unused variable: `x` (at $DIR/t.rs:5:9)',
      'changed: warning: unused variable: `y` (at $DIR/t.rs:7:9)',
    ]],
    ['a diagnostic printed twice', [E1, W1, W2, E2, E2, ABORT3], {}, 'duplicates', ['2× instead of 1×: error[E0425]: cannot find value `z` in this scope (at $DIR/t.rs:9:5)']],
    ['another exit status', [E1, W1, W2, E2, ABORT2], { code: 0 }, 'exit-status', ['exit status 1 became exit status 0']],
    ['a panic', [PANIC, E1, ABORT2], { code: 101 }, 'ice', ['panicked at compiler/rustc_x/src/y.rs:N:N: boom']],
    ['a timeout', [E1], { timedOut: true, code: null, signal: 'SIGKILL' }, 'timeout', []],
    ['a spawn failure', [], { spawnError: 'spawn ENOENT', code: null }, 'infrastructure', ['could not start the compiler: spawn ENOENT']],
  ])('%s', (_what, lines, over, cls, details) => {
    const c = classifyRun(SERIAL, canon(lines, over));
    expect(c.class).toBe(cls);
    expect(c.details).toEqual(details);
  });

  test('a cycle anchored at another query is a set difference of kind cycle-anchor (paired as changed)', () => {
    const c = classifyRun(canon([CYCLE_A, ABORT1]), canon([CYCLE_B, ABORT1]));
    expect(c.class).toBe('set-difference');
    expect(c.kinds).toEqual(['cycle-anchor', 'changed']);
    expect(c.details[0]).toBe('cycle anchored elsewhere: `cycle detected when computing type of `A`` became `cycle detected when computing type of `B``');
  });

  test('precedence: an ICE that also changed the exit status and the diagnostics is `ice`', () => {
    expect(classifyRun(SERIAL, canon([PANIC], { code: 101 })).class).toBe('ice');
  });

  test('precedence: infrastructure before everything (an OOM kill is not a crash of the compiler)', () => {
    expect(classifyRun(SERIAL, canon([PANIC], { code: null, signal: 'SIGKILL' })).class).toBe('infrastructure');
  });

  test('an ICE the serial reference has too is not an `ice` run', () => {
    const ice = canon([PANIC, E1], { code: 101 });
    expect(classifyRun(ice, canon([PANIC.replace('4242', '77'), E1], { code: 101 })).class).toBe('identical');
  });

  test('a stdout difference is a set difference', () => {
    const c = classifyRun(SERIAL, canon([E1, W1, W2, E2, ABORT2], { stdout: 'x\n' }));
    expect([c.class, c.kinds]).toEqual(['set-difference', ['stdout']]);
  });
});

test.each([
  [['a', 'b', 'c'], ['a', 'b', 'c'], 0],
  [['a', 'b', 'c'], ['c', 'a', 'b'], 1],
  [['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'], 3],
])('movedItems(%j, %j) = %i', (a, b, n) => {
  const items = (xs: string[]) => xs.map((text) => ({ kind: 'diagnostic' as const, text, sortKey: text, anchor: text, headline: text }));
  expect(movedItems(items(a), items(b))).toBe(n);
});
