import { describe, expect, test } from 'vitest';
import { compileRustRegex } from './directives/rust-regex.js';
import { isJsonOutput, normalizeOutput, normalizePlatformDifferences, type NormalizeContext } from './normalize.js';

const cx: NormalizeContext = {
  testDir: '/src/ui-tests/typeck', remappedTestDir: null, rustSrcDir: '/sysroot/lib/rustlib/src/rust',
  testBuildDirs: ['/tmp/run/typeck/x.serial', '/private/tmp/run/typeck/x.serial'], buildRoot: '/tmp/run', json: false,
};
const check = (input: string, expected: string, context: NormalizeContext = cx) => expect(normalizeOutput(input, context)).toBe(expected);

describe('built-in normalisation, in compiletest order', () => {
  test.each([
    [' --> /src/ui-tests/typeck/x.rs:3:5', ' --> $DIR/x.rs:3:5'],
    ['/rustc/FAKE_PREFIX/library/core/src/ops.rs:12:7', '$SRC_DIR/core/src/ops.rs:LL:COL'],
    ['/sysroot/lib/rustlib/src/rust/library/std/src/io.rs:1:2: 3:4', '$SRC_DIR_REAL/std/src/io.rs:LL:COL'],
    ['/rustc/FAKE_PREFIX/compiler/rustc_x/lib.rs', '$COMPILER_DIR/rustc_x/lib.rs'],
    ['  --> /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/vec/mod.rs:438:0', '  --> $SRC_DIR/alloc/src/vec/mod.rs:LL:COL'],
    ['/tmp/run/typeck/x.serial/a and /private/tmp/run/typeck/x.serial/b', '$TEST_BUILD_DIR/a and $TEST_BUILD_DIR/b'],
    ['/tmp/run/other', '$BUILD_DIR/other'],
    ['$TEST_BUILD_DIR/x.long-type-1234567.txt', '$TEST_BUILD_DIR/x.long-type-$LONG_TYPE_HASH.txt'],
    ["thread 'main' (4242) panicked at", "thread 'main' ($TID) panicked at"],
    ['a\tb', 'a\\tb'],
    ['line\r\nnext\r\n', 'line\nnext\n'],
    ['LL |     let x: i32 = "a"; //~ ERROR mismatched\n', 'LL |     let x: i32 = "a";\n'],
    ['x //[rev]~^ ERROR y', 'x'],
    // Pretty-printed allocations are numbered first, then the ones in sentences.
    ['alloc7 then ╾─alloc3+0x4─╼ then alloc7', 'ALLOC1 then ╾ALLOC0+0x4╼ then ALLOC1'],
    ['_RNvCs1234abcd_4main and Cs99zz_', '_RNvCsCRATE_HASH_4main and CsCRATE_HASH_'],
  ])('%j', (input, expected) => check(input, expected));

  test('tabs become \\t before annotations are removed, so spaces before them go too', () => {
    check('code\t//~ ERROR x', 'code\\t');
  });

  test('`\\n` becomes a newline only for JSON output', () => {
    check('a\\nb', 'a\\nb');
    check('a\\nb', 'a\nb', { ...cx, json: true });
  });

  test('remap-src-base: the fake source base is $DIR too', () => {
    check('fake-test-src-base/typeck/x.rs', '$DIR/x.rs', { ...cx, remappedTestDir: 'fake-test-src-base/typeck' });
  });

  test('custom rules run last and see the normalised text', () => {
    const r = compileRustRegex('\\$DIR/(\\w+)\\.rs');
    if (!r.ok) throw new Error(r.error);
    expect(normalizeOutput('/src/ui-tests/typeck/x.rs', cx, [{ regex: r.regex, replacement: 'FILE<$1>', line: 1 }])).toBe('FILE<x>');
  });

  test('Windows paths', () => {
    expect(normalizePlatformDifferences('$DIR\\sub dir\\x.rs and C:\\\\a\\\\b.txt')).toBe('$DIR/sub dir/x.rs and C:/a/b.txt');
  });

  test('the JSON heuristic', () => {
    expect(isJsonOutput(['--error-format=json'], [])).toBe(true);
    expect(isJsonOutput(['-O'], ['--format', 'json'])).toBe(true);
    expect(isJsonOutput(['--error-format', 'human'], [])).toBe(false);
  });
});
