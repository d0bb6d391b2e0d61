/**
 * The runtime's formatting and integer semantics against what rustc-built programs print: every
 * expected string below is the output of a program built by rustc 1.95.0 that formats the same
 * value with the same spec (or performs the same operation), so a difference is a difference from
 * Rust, not from our own idea of it.
 */
import { describe, expect, test } from 'vitest';
import { loadRuntime } from './source.js';

const rt = loadRuntime();

/** `{:<fill><align><sign><#><0><width>.<precision><type>}` → the runtime's spec. */
function specOf(s: string): unknown {
  const m = /^\{:?(?:(.)?([<^>]))?(\+)?(#)?(0)?(\d+)?(?:\.(\d+))?([?xXbo])?\}$/u.exec(s);
  if (!m) throw new Error(`bad spec ${s}`);
  const [, fill, align, plus, alt, zero, width, prec] = m;
  const a = align === '<' ? 'left' : align === '>' ? 'right' : align === '^' ? 'center' : 'unknown';
  return rt.spec(fill ?? ' ', a, !!plus, !!alt, !!zero, null, width ?? null, prec ?? null);
}

function formatterOf(kind: string): (v: unknown, f: unknown) => void {
  const [k, ty] = kind.split(':');
  switch (k) {
    case 'int': return (v, f) => rt.fmtInt(v, f, ty);
    case 'hex': return (v, f) => rt.fmtRadix(v, f, ty, 16, false);
    case 'HEX': return (v, f) => rt.fmtRadix(v, f, ty, 16, true);
    case 'bin': return (v, f) => rt.fmtRadix(v, f, ty, 2, false);
    case 'oct': return (v, f) => rt.fmtRadix(v, f, ty, 8, false);
    case 'f64': return (v, f) => rt.fmtFloat(v, f, false, false);
    case 'f64dbg': return (v, f) => rt.fmtFloat(v, f, true, false);
    case 'f32': return (v, f) => rt.fmtFloat(v, f, false, true);
    case 'f32dbg': return (v, f) => rt.fmtFloat(v, f, true, true);
    case 'str': return rt.fmtStr;
    case 'strdbg': return rt.dbgStr;
    case 'char': return rt.fmtChar;
    case 'chardbg': return rt.dbgChar;
    case 'bool': return rt.fmtBool;
  }
  throw new Error(`unknown kind ${kind}`);
}

// [spec, the Rust value formatted, formatter, the JS value, what the rustc-built program printed]
const FORMAT: [string, string, string, () => unknown, string][] = [
  ["{}", "42i32", "int:i32", () => 42, "42"],
  ["{:5}", "42i32", "int:i32", () => 42, "   42"],
  ["{:<5}", "42i32", "int:i32", () => 42, "42   "],
  ["{:^6}", "-7i32", "int:i32", () => -7, "  -7  "],
  ["{:+}", "7i32", "int:i32", () => 7, "+7"],
  ["{:+05}", "7i32", "int:i32", () => 7, "+0007"],
  ["{:05}", "-42i64", "int:i64", () => -42n, "-0042"],
  ["{:*>8}", "123u16", "int:u16", () => 123, "*****123"],
  ["{:#x}", "255u8", "hex:u8", () => 255, "0xff"],
  ["{:#X}", "48879u32", "HEX:u32", () => 48879, "0xBEEF"],
  ["{:x}", "-1i8", "hex:i8", () => -1, "ff"],
  ["{:b}", "-2i16", "bin:i16", () => -2, "1111111111111110"],
  ["{:#010b}", "5u8", "bin:u8", () => 5, "0b00000101"],
  ["{:o}", "64u32", "oct:u32", () => 64, "100"],
  ["{:#o}", "8u64", "oct:u64", () => 8n, "0o10"],
  ["{}", "-170141183460469231731687303715884105728i128", "int:i128", () => -170141183460469231731687303715884105728n, "-170141183460469231731687303715884105728"],
  ["{:x}", "340282366920938463463374607431768211455u128", "hex:u128", () => 340282366920938463463374607431768211455n, "ffffffffffffffffffffffffffffffff"],
  ["{}", "18446744073709551615u64", "int:u64", () => 18446744073709551615n, "18446744073709551615"],
  ["{}", "1.5f64", "f64", () => 1.5, "1.5"],
  ["{:?}", "1.0f64", "f64dbg", () => 1, "1.0"],
  ["{}", "1.0f64", "f64", () => 1, "1"],
  ["{:?}", "0.1f64", "f64dbg", () => 0.1, "0.1"],
  ["{}", "1e21f64", "f64", () => 1e21, "1000000000000000000000"],
  ["{:?}", "1e16f64", "f64dbg", () => 1e16, "1e16"],
  ["{:?}", "1e15f64", "f64dbg", () => 1e15, "1000000000000000.0"],
  ["{:?}", "0.0001f64", "f64dbg", () => 0.0001, "0.0001"],
  ["{:?}", "0.00001f64", "f64dbg", () => 0.00001, "1e-5"],
  ["{}", "0.00001f64", "f64", () => 0.00001, "0.00001"],
  ["{:.2}", "0.125f64", "f64", () => 0.125, "0.12"],
  ["{:.1}", "0.25f64", "f64", () => 0.25, "0.2"],
  ["{:.0}", "2.5f64", "f64", () => 2.5, "2"],
  ["{:.3}", "-1.0005f64", "f64", () => -1.0005, "-1.000"],
  ["{:8.2}", "3.14159f64", "f64", () => 3.14159, "    3.14"],
  ["{:+.1}", "2.0f64", "f64", () => 2, "+2.0"],
  ["{:08.2}", "-3.5f64", "f64", () => -3.5, "-0003.50"],
  ["{}", "-0.0f64", "f64", () => -0, "-0"],
  ["{}", "f64::NAN", "f64", () => NaN, "NaN"],
  ["{}", "f64::INFINITY", "f64", () => Infinity, "inf"],
  ["{:?}", "f64::NEG_INFINITY", "f64dbg", () => -Infinity, "-inf"],
  ["{}", "0.1f32", "f32", () => Math.fround(0.1), "0.1"],
  ["{:?}", "0.3f32", "f32dbg", () => Math.fround(0.3), "0.3"],
  ["{}", "16777217.0f32", "f32", () => Math.fround(16777217), "16777216"],
  ["{}", "f64::MAX", "f64", () => Number.MAX_VALUE, "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
  ["{:?}", "1e-7f64", "f64dbg", () => 1e-7, "1e-7"],
  ["{}", "\"ab\"", "str", () => 'ab', "ab"],
  ["{:>5}", "\"ab\"", "str", () => 'ab', "   ab"],
  ["{:-^7}", "\"ab\"", "str", () => 'ab', "--ab---"],
  ["{:.2}", "\"h\u00e9llo\"", "str", () => 'héllo', "h\u00e9"],
  ["{:?}", "\"a\\\"b\\\\c\\n\\t\"", "strdbg", () => 'a"b\\c\n\t', "\"a\\\"b\\\\c\\n\\t\""],
  ["{:?}", "'\\''", "chardbg", () => 39, "'\\''"],
  ["{:?}", "'\"'", "chardbg", () => 34, "'\"'"],
  ["{}", "'\u00e9'", "char", () => 233, "\u00e9"],
  ["{:>3}", "'x'", "char", () => 120, "  x"],
  ["{}", "true", "bool", () => true, "true"],
  ["{:>6}", "false", "bool", () => false, " false"],
];

describe('format machinery', () => {
  test.each(FORMAT)('%s of %s', (spec, _rust, kind, value, expected) => {
    expect(rt.format([[value(), formatterOf(kind), specOf(spec)]])).toBe(expected);
  });

  test('{:#?} of nested structs indents like std', () => {
    const point = (v: { x: number }, f: unknown) => rt.dbgStruct(f, 'P', [['x', v.x, (n: number, g: unknown) => rt.fmtInt(n, g, 'i32')]]);
    const outer = (v: { p: { x: number }; l: number[] }, f: unknown) =>
      rt.dbgStruct(f, 'O', [['p', v.p, point], ['l', v.l, (l: number[], g: unknown) => rt.dbgList(g, l, (n: number, h: unknown) => rt.fmtInt(n, h, 'i32'), '[', ']')]]);
    const value = { p: { x: 1 }, l: [2, 3] };
    // What a rustc-built program prints for `{:#?}` and `{:?}` of the same value.
    expect(rt.format([[value, outer, rt.spec(' ', 'unknown', false, true, false, null, null, null)]])).toBe('O {\n    p: P {\n        x: 1,\n    },\n    l: [\n        2,\n        3,\n    ],\n}');
    expect(rt.format([[value, outer, null]])).toBe('O { p: P { x: 1 }, l: [2, 3] }');
  });
});

// [type, operation, operands, what the rustc-built program printed]
const INT_OPS: [string, string, () => [number | bigint, number | bigint], string][] = [
  ["i8", "wrapping_add", () => [100, 27], "127"],
  ["i8", "wrapping_sub", () => [100, 27], "73"],
  ["i8", "wrapping_mul", () => [100, 27], "-116"],
  ["i8", "checked_add", () => [100, 27], "Some(127)"],
  ["i8", "checked_sub", () => [100, 27], "Some(73)"],
  ["i8", "div", () => [100, 27], "Some(3)"],
  ["i8", "rem", () => [100, 27], "Some(19)"],
  ["i8", "wrapping_add", () => [-128, 1], "-127"],
  ["i8", "wrapping_sub", () => [-128, 1], "127"],
  ["i8", "wrapping_mul", () => [-128, 1], "-128"],
  ["i8", "checked_add", () => [-128, 1], "Some(-127)"],
  ["i8", "checked_sub", () => [-128, 1], "None"],
  ["i8", "div", () => [-128, 1], "Some(-128)"],
  ["i8", "rem", () => [-128, 1], "Some(0)"],
  ["u8", "wrapping_add", () => [250, 10], "4"],
  ["u8", "wrapping_sub", () => [250, 10], "240"],
  ["u8", "wrapping_mul", () => [250, 10], "196"],
  ["u8", "checked_add", () => [250, 10], "None"],
  ["u8", "checked_sub", () => [250, 10], "Some(240)"],
  ["u8", "div", () => [250, 10], "Some(25)"],
  ["u8", "rem", () => [250, 10], "Some(0)"],
  ["i16", "wrapping_add", () => [-32768, -1], "32767"],
  ["i16", "wrapping_sub", () => [-32768, -1], "-32767"],
  ["i16", "wrapping_mul", () => [-32768, -1], "-32768"],
  ["i16", "checked_add", () => [-32768, -1], "None"],
  ["i16", "checked_sub", () => [-32768, -1], "Some(-32767)"],
  ["i16", "div", () => [-32768, -1], "None"],
  ["i16", "rem", () => [-32768, -1], "None"],
  ["u16", "wrapping_add", () => [65535, 2], "1"],
  ["u16", "wrapping_sub", () => [65535, 2], "65533"],
  ["u16", "wrapping_mul", () => [65535, 2], "65534"],
  ["u16", "checked_add", () => [65535, 2], "None"],
  ["u16", "checked_sub", () => [65535, 2], "Some(65533)"],
  ["u16", "div", () => [65535, 2], "Some(32767)"],
  ["u16", "rem", () => [65535, 2], "Some(1)"],
  ["i32", "wrapping_add", () => [2147483647, 1], "-2147483648"],
  ["i32", "wrapping_sub", () => [2147483647, 1], "2147483646"],
  ["i32", "wrapping_mul", () => [2147483647, 1], "2147483647"],
  ["i32", "checked_add", () => [2147483647, 1], "None"],
  ["i32", "checked_sub", () => [2147483647, 1], "Some(2147483646)"],
  ["i32", "div", () => [2147483647, 1], "Some(2147483647)"],
  ["i32", "rem", () => [2147483647, 1], "Some(0)"],
  ["i32", "wrapping_add", () => [-7, 2], "-5"],
  ["i32", "wrapping_sub", () => [-7, 2], "-9"],
  ["i32", "wrapping_mul", () => [-7, 2], "-14"],
  ["i32", "checked_add", () => [-7, 2], "Some(-5)"],
  ["i32", "checked_sub", () => [-7, 2], "Some(-9)"],
  ["i32", "div", () => [-7, 2], "Some(-3)"],
  ["i32", "rem", () => [-7, 2], "Some(-1)"],
  ["u32", "wrapping_add", () => [4294967295, 4294967295], "4294967294"],
  ["u32", "wrapping_sub", () => [4294967295, 4294967295], "0"],
  ["u32", "wrapping_mul", () => [4294967295, 4294967295], "1"],
  ["u32", "checked_add", () => [4294967295, 4294967295], "None"],
  ["u32", "checked_sub", () => [4294967295, 4294967295], "Some(0)"],
  ["u32", "div", () => [4294967295, 4294967295], "Some(1)"],
  ["u32", "rem", () => [4294967295, 4294967295], "Some(0)"],
  ["i64", "wrapping_add", () => [-9223372036854775808n, -1n], "9223372036854775807"],
  ["i64", "wrapping_sub", () => [-9223372036854775808n, -1n], "-9223372036854775807"],
  ["i64", "wrapping_mul", () => [-9223372036854775808n, -1n], "-9223372036854775808"],
  ["i64", "checked_add", () => [-9223372036854775808n, -1n], "None"],
  ["i64", "checked_sub", () => [-9223372036854775808n, -1n], "Some(-9223372036854775807)"],
  ["i64", "div", () => [-9223372036854775808n, -1n], "None"],
  ["i64", "rem", () => [-9223372036854775808n, -1n], "None"],
  ["u64", "wrapping_add", () => [18446744073709551615n, 3n], "2"],
  ["u64", "wrapping_sub", () => [18446744073709551615n, 3n], "18446744073709551612"],
  ["u64", "wrapping_mul", () => [18446744073709551615n, 3n], "18446744073709551613"],
  ["u64", "checked_add", () => [18446744073709551615n, 3n], "None"],
  ["u64", "checked_sub", () => [18446744073709551615n, 3n], "Some(18446744073709551612)"],
  ["u64", "div", () => [18446744073709551615n, 3n], "Some(6148914691236517205)"],
  ["u64", "rem", () => [18446744073709551615n, 3n], "Some(0)"],
  ["i128", "wrapping_add", () => [170141183460469231731687303715884105727n, 2n], "-170141183460469231731687303715884105727"],
  ["i128", "wrapping_sub", () => [170141183460469231731687303715884105727n, 2n], "170141183460469231731687303715884105725"],
  ["i128", "wrapping_mul", () => [170141183460469231731687303715884105727n, 2n], "-2"],
  ["i128", "checked_add", () => [170141183460469231731687303715884105727n, 2n], "None"],
  ["i128", "checked_sub", () => [170141183460469231731687303715884105727n, 2n], "Some(170141183460469231731687303715884105725)"],
  ["i128", "div", () => [170141183460469231731687303715884105727n, 2n], "Some(85070591730234615865843651857942052863)"],
  ["i128", "rem", () => [170141183460469231731687303715884105727n, 2n], "Some(1)"],
  ["u128", "wrapping_add", () => [340282366920938463463374607431768211455n, 7n], "6"],
  ["u128", "wrapping_sub", () => [340282366920938463463374607431768211455n, 7n], "340282366920938463463374607431768211448"],
  ["u128", "wrapping_mul", () => [340282366920938463463374607431768211455n, 7n], "340282366920938463463374607431768211449"],
  ["u128", "checked_add", () => [340282366920938463463374607431768211455n, 7n], "None"],
  ["u128", "checked_sub", () => [340282366920938463463374607431768211455n, 7n], "Some(340282366920938463463374607431768211448)"],
  ["u128", "div", () => [340282366920938463463374607431768211455n, 7n], "Some(48611766702991209066196372490252601636)"],
  ["u128", "rem", () => [340282366920938463463374607431768211455n, 7n], "Some(3)"],
  ["usize", "wrapping_add", () => [5n, 9n], "14"],
  ["usize", "wrapping_sub", () => [5n, 9n], "18446744073709551612"],
  ["usize", "wrapping_mul", () => [5n, 9n], "45"],
  ["usize", "checked_add", () => [5n, 9n], "Some(14)"],
  ["usize", "checked_sub", () => [5n, 9n], "None"],
  ["usize", "div", () => [5n, 9n], "Some(0)"],
  ["usize", "rem", () => [5n, 9n], "Some(5)"],
  ["isize", "wrapping_add", () => [-9n, 4n], "-5"],
  ["isize", "wrapping_sub", () => [-9n, 4n], "-13"],
  ["isize", "wrapping_mul", () => [-9n, 4n], "-36"],
  ["isize", "checked_add", () => [-9n, 4n], "Some(-5)"],
  ["isize", "checked_sub", () => [-9n, 4n], "Some(-13)"],
  ["isize", "div", () => [-9n, 4n], "Some(-2)"],
  ["isize", "rem", () => [-9n, 4n], "Some(-1)"],
];

function show(v: unknown): string {
  if (v && typeof v === 'object' && '$' in v) return (v as { $: number }).$ === 1 ? `Some(${String((v as Record<number, unknown>)[0])})` : 'None';
  return String(v);
}

describe('integer semantics', () => {
  test.each(INT_OPS)('%s %s', (ty, op, operands, expected) => {
    const ops = rt.int[ty];
    const [a, b] = operands();
    const zero = ops.big ? 0n : 0;
    const minusOne = ops.big ? -1n : -1;
    let r: unknown;
    switch (op) {
      case 'wrapping_add': r = ops.wadd(a, b); break;
      case 'wrapping_sub': r = ops.wsub(a, b); break;
      case 'wrapping_mul': r = ops.wmul(a, b); break;
      case 'checked_add': r = ops.checked((a as number) + (b as number)); break;
      case 'checked_sub': r = ops.checked((a as number) - (b as number)); break;
      case 'div':
      case 'rem':
        r = b === zero || (ops.signed && a === ops.min && b === minusOne) ? rt.None() : rt.Some(ops[op](a, b, ''));
        break;
    }
    expect(show(r)).toBe(expected);
  });
});

// [type, operation, operands, what the rustc-built program printed for `a << b`, `a >> b`, `a.count_ones()`]
const BIT_OPS: [string, 'shl' | 'shr' | 'countOnes', () => [number | bigint, number], string][] = [
  ["u32", "shl", () => [1, 31], "2147483648"],
  ["i32", "shl", () => [-1, 4], "-16"],
  ["i32", "shr", () => [-16, 2], "-4"],
  ["u32", "shr", () => [4294967295, 28], "15"],
  ["i8", "shr", () => [-128, 7], "-1"],
  ["u8", "shl", () => [255, 7], "128"],
  ["i16", "shl", () => [1, 15], "-32768"],
  ["u64", "shr", () => [18446744073709551615n, 63], "1"],
  ["i64", "shl", () => [-1n, 63], "-9223372036854775808"],
  ["u16", "shl", () => [43981, 4], "48336"],
  ["u64", 'countOnes', () => [18446744073709551615n, 0], "64"],
  ["i32", 'countOnes', () => [-1, 0], "32"],
  ["i8", 'countOnes', () => [-128, 0], "1"],
  ["u32", 'countOnes', () => [2863311530, 0], "16"],
  ["i128", 'countOnes', () => [-1n, 0], "128"],
];

describe('shifts and bit counts', () => {
  test.each(BIT_OPS)('%s %s', (ty, op, operands, expected) => {
    const [a, b] = operands();
    expect(String(rt.int[ty][op](a, b, ''))).toBe(expected);
  });
});

// [target type, source kind, the value cast, what the rustc-built program printed for `value as target`]
const CASTS: [string, 'int' | 'float', () => number | bigint, string][] = [
  ["u32", 'int', () => 1311768467463790320n, "2596069104"],
  ["u16", 'int', () => -1n, "65535"],
  ["i16", 'int', () => 1311768467463790320n, "-8464"],
  ["u8", 'int', () => -1, "255"],
  ["u64", 'int', () => -1, "18446744073709551615"],
  ["i8", 'int', () => 300, "44"],
  ["usize", 'int', () => -5n, "18446744073709551611"],
  ["i32", 'int', () => 340282366920938463463374607431768211455n, "-1"],
  ["u32", 'int', () => -128, "4294967168"],
  ["i64", 'int', () => 18446744073709551615n, "-1"],
  ["u8", 'int', () => -300, "212"],
  ["i32", 'float', () => 3.99, "3"],
  ["u8", 'float', () => -3.99, "0"],
  ["i32", 'float', () => 1e+20, "2147483647"],
  ["i64", 'float', () => -1e+20, "-9223372036854775808"],
  ["u128", 'float', () => 1e+40, "340282366920938463463374607431768211455"],
  ["u8", 'float', () => 255.5, "255"],
  ["i16", 'float', () => NaN, "0"],
];

describe('casts', () => {
  test.each(CASTS)('as %s from %s', (to, from, value, expected) => {
    const ops = rt.int[to];
    expect(String(from === 'float' ? ops.fromFloat(value()) : ops.from(value()))).toBe(expected);
  });
});
