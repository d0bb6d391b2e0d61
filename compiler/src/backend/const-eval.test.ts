/**
 * The messages of failed const evaluation against rustc 1.95.0's: every expected string below is
 * what rustc printed for a const whose initializer performs the same operation (the runtime's
 * panic, caught by `evalConst`, turned into rustc's wording by `panicMessage`).
 */
import { describe, expect, test } from 'vitest';
import { loadRuntime } from './runtime/source.js';
import { intOperand, panicMessage } from './const-eval.js';

const rt = loadRuntime();

describe('intOperand: a scalar as rustc prints an operand', () => {
  const cases: [string, number | bigint, string][] = [
    ['u8', 200, '200_u8'],
    ['u8', 255, 'u8::MAX'],
    ['u32', 4294967295, 'u32::MAX'],
    ['u32', 0, '0_u32'],
    ['i8', -128, 'i8::MIN'],
    ['i8', 127, 'i8::MAX'],
    ['i32', -1, '-1_i32'],
    ['i32', -2147483648, 'i32::MIN'],
    ['i64', 9223372036854775807n, 'i64::MAX'],
    ['u64', 18446744073709551615n, 'u64::MAX'],
    ['usize', 3n, '3_usize'],
    ['i128', -5n, '-5_i128'],
  ];
  test.each(cases)('%s %s', (ty, v, want) => {
    expect(intOperand(ty, v)).toBe(want);
  });
});

describe('a panic in a const, through the runtime, in rustc words', () => {
  // [what the const computes, the operation on the runtime, rustc's message]
  const cases: [string, () => unknown, string][] = [
    ['200_u8 + 100', () => rt.int.u8.add(200, 100, '@0:1:0'), 'attempt to compute `200_u8 + 100_u8`, which would overflow'],
    ['3_usize - 4', () => rt.int.usize.sub(3n, 4n, '@0:1:0'), 'attempt to compute `3_usize - 4_usize`, which would overflow'],
    ['-128_i8 - 1', () => rt.int.i8.sub(-128, 1, '@0:1:0'), 'attempt to compute `i8::MIN - 1_i8`, which would overflow'],
    ['i64::MAX + 1', () => rt.int.i64.add(9223372036854775807n, 1n, '@0:1:0'), 'attempt to compute `i64::MAX + 1_i64`, which would overflow'],
    ['u64::MAX * 2', () => rt.int.u64.mul(18446744073709551615n, 2n, '@0:1:0'), 'attempt to compute `u64::MAX * 2_u64`, which would overflow'],
    ['u32::MAX * 2', () => rt.int.u32.mul(4294967295, 2, '@0:1:0'), 'attempt to compute `u32::MAX * 2_u32`, which would overflow'],
    ['10_i32 / 0', () => rt.int.i32.div(10, 0, '@0:1:0'), 'attempt to divide `10_i32` by zero'],
    ['7_i64 % 0', () => rt.int.i64.rem(7n, 0n, '@0:1:0'), 'attempt to calculate the remainder of `7_i64` with a divisor of zero'],
    ['i32::MIN / -1', () => rt.int.i32.div(-2147483648, -1, '@0:1:0'), 'attempt to compute `i32::MIN / -1_i32`, which would overflow'],
    ['i16::MIN % -1', () => rt.int.i16.rem(-32768, -1, '@0:1:0'), 'attempt to compute `i16::MIN % -1_i16`, which would overflow'],
    ['-i32::MIN', () => rt.int.i32.neg(-2147483648, '@0:1:0'), 'attempt to negate `i32::MIN`, which would overflow'],
    ['1_u32 << 40_i32', () => rt.int.u32.shl(1, 40, '@0:1:0', 'i32'), 'attempt to shift left by `40_i32`, which would overflow'],
    ['panic!', () => rt.panicAt('the limit is not configured', '@0:1:0'), 'evaluation panicked: the limit is not configured'],
  ];
  test.each(cases)('%s', (_what, f, want) => {
    const out = rt.evalConst(f) as { ok: boolean; msg: string; loc: string; detail: unknown[] | null };
    expect(out.ok).toBe(false);
    expect(out.loc).toBe('@0:1:0');
    expect(panicMessage(out.msg, out.detail)).toBe(want);
  });

  test('a panic inside calls carries the calls in progress, outermost first', () => {
    const out = rt.evalConst(() => {
      rt.at('@10:20:0');
      rt.enter('cell_3');
      rt.at('@30:38:0');
      rt.enter('check_5');
      return rt.int.u32.sub(3, 10, '@40:46:0');
    }) as { ok: boolean; loc: string; frames: unknown[] };
    expect(out.ok).toBe(false);
    expect(out.loc).toBe('@40:46:0');
    expect(out.frames).toEqual([
      ['cell_3', '@10:20:0'],
      ['check_5', '@30:38:0'],
    ]);
    // The next evaluation starts with no calls in progress.
    const next = rt.evalConst(() => rt.panicAt('again', '@1:2:0')) as { frames: unknown[] };
    expect(next.frames).toEqual([]);
  });

  test('a const that does not panic hands back its value', () => {
    expect(rt.evalConst(() => rt.int.u8.add(200, 55, '@0:1:0'))).toEqual({ ok: true, value: 255 });
  });

  test('outside evalConst a panic is the program\'s (printed, then thrown to main)', () => {
    const writes: string[] = [];
    const stderr = process.stderr.write;
    process.stderr.write = ((s: string) => (writes.push(s), true)) as typeof process.stderr.write;
    try {
      expect(() => rt.int.u8.add(200, 100, 'main.rs:1:1')).toThrow();
    } finally {
      process.stderr.write = stderr;
    }
    expect(writes.join('')).toContain('attempt to add with overflow');
  });
});
