/**
 * The std model, part 4: the inherent methods of the primitive types (integers, floats, `char`,
 * `bool`). std writes the integer methods once in a macro (`int_macros.rs`, `uint_macros.rs`), so
 * every integer type's method points at the same line of the same file; the model does the same:
 * one template per family, written with `Self`, instantiated per type (see std/load.ts, which
 * parses each template once and gives every instance its own copy of the items).
 *
 * The trait impls of primitives (`Add for i32`, `Clone for u8`, `Display for f64`...) are too many
 * to parse on every compilation; they are generated as data in std/builtin-impls.ts.
 *
 * Owns: the text of these declarations. Must not: contain bodies.
 */
import type { StdFile } from './files.js';

export const SIGNED_INTS = ['i8', 'i16', 'i32', 'i64', 'i128', 'isize'] as const;
export const UNSIGNED_INTS = ['u8', 'u16', 'u32', 'u64', 'u128', 'usize'] as const;
export const INT_TYPES = [...SIGNED_INTS, ...UNSIGNED_INTS] as const;
export const FLOAT_TYPES = ['f32', 'f64'] as const;

/** Methods every integer type has, written with `Self`; the line markers are int_macros.rs's. */
const COMMON_INT_METHODS = String.raw`
        pub const MIN: Self;
        pub const MAX: Self;
        pub const BITS: u32;
        pub const fn count_ones(self) -> u32; //@76
        pub const fn count_zeros(self) -> u32;
        pub const fn leading_zeros(self) -> u32;
        pub const fn trailing_zeros(self) -> u32;
        pub const fn rotate_left(self, n: u32) -> Self;
        pub const fn rotate_right(self, n: u32) -> Self;
        pub const fn swap_bytes(self) -> Self;
        pub const fn reverse_bits(self) -> Self;
        pub const fn checked_add(self, rhs: Self) -> Option<Self>; //@761
        pub const fn checked_sub(self, rhs: Self) -> Option<Self>;
        pub const fn checked_mul(self, rhs: Self) -> Option<Self>;
        pub const fn checked_div(self, rhs: Self) -> Option<Self>;
        pub const fn checked_rem(self, rhs: Self) -> Option<Self>;
        pub const fn checked_neg(self) -> Option<Self>;
        pub const fn checked_shl(self, rhs: u32) -> Option<Self>;
        pub const fn checked_shr(self, rhs: u32) -> Option<Self>;
        pub const fn checked_pow(self, exp: u32) -> Option<Self>;
        pub const fn saturating_add(self, rhs: Self) -> Self;
        pub const fn saturating_sub(self, rhs: Self) -> Self; //@2344
        pub const fn saturating_mul(self, rhs: Self) -> Self;
        pub const fn saturating_pow(self, exp: u32) -> Self;
        pub const fn wrapping_add(self, rhs: Self) -> Self; //@2100
        pub const fn wrapping_sub(self, rhs: Self) -> Self;
        pub const fn wrapping_mul(self, rhs: Self) -> Self;
        pub const fn wrapping_div(self, rhs: Self) -> Self;
        pub const fn wrapping_rem(self, rhs: Self) -> Self;
        pub const fn wrapping_neg(self) -> Self;
        pub const fn wrapping_shl(self, rhs: u32) -> Self;
        pub const fn wrapping_shr(self, rhs: u32) -> Self;
        pub const fn wrapping_pow(self, exp: u32) -> Self;
        pub const fn overflowing_add(self, rhs: Self) -> (Self, bool);
        pub const fn overflowing_sub(self, rhs: Self) -> (Self, bool);
        pub const fn overflowing_mul(self, rhs: Self) -> (Self, bool);
        pub const fn pow(self, exp: u32) -> Self; //@3491
        pub const fn isqrt(self) -> Self;
        pub const fn div_euclid(self, rhs: Self) -> Self;
        pub const fn rem_euclid(self, rhs: Self) -> Self; //@3227
        pub const fn ilog2(self) -> u32;
        pub const fn ilog10(self) -> u32;
        pub const fn to_be(self) -> Self;
        pub const fn to_le(self) -> Self;
        pub const fn from_str_radix(src: &str, radix: u32) -> Result<Self, ParseIntError>;
`;

const SIGNED_INT_METHODS = String.raw`
        pub const fn abs(self) -> Self; //@3604
        pub const fn signum(self) -> Self; //@3673
        pub const fn is_positive(self) -> bool;
        pub const fn is_negative(self) -> bool; //@3710
        pub const fn checked_abs(self) -> Option<Self>;
        pub const fn wrapping_abs(self) -> Self;
        pub const fn saturating_neg(self) -> Self;
        pub const fn saturating_abs(self) -> Self;
`;

const UNSIGNED_INT_METHODS = String.raw`
        pub const fn is_power_of_two(self) -> bool;
        pub const fn next_power_of_two(self) -> Self;
        pub const fn checked_next_power_of_two(self) -> Option<Self>;
        pub const fn abs_diff(self, other: Self) -> Self;
        pub const fn div_ceil(self, rhs: Self) -> Self;
`;

/** Methods that name the unsigned counterpart or byte arrays, instantiated per type. */
function signedOnly(t: string): string {
  const u = 'u' + t.slice(1);
  return String.raw`
        pub const fn unsigned_abs(self) -> ${u};
        pub const fn abs_diff(self, other: Self) -> ${u};
        pub const fn cast_unsigned(self) -> ${u};
`;
}

const FLOAT_CORE = String.raw`
    pub const RADIX: u32;
    pub const MANTISSA_DIGITS: u32;
    pub const DIGITS: u32;
    pub const EPSILON: Self;
    pub const MIN: Self;
    pub const MIN_POSITIVE: Self;
    pub const MAX: Self;
    pub const NAN: Self;
    pub const INFINITY: Self;
    pub const NEG_INFINITY: Self;
    pub const fn is_nan(self) -> bool; //@602
    pub const fn is_infinite(self) -> bool;
    pub const fn is_finite(self) -> bool;
    pub const fn is_normal(self) -> bool;
    pub const fn is_sign_positive(self) -> bool;
    pub const fn is_sign_negative(self) -> bool;
    pub const fn recip(self) -> Self;
    pub const fn to_degrees(self) -> Self;
    pub const fn to_radians(self) -> Self;
    pub const fn max(self, other: Self) -> Self; //@1009
    pub const fn min(self, other: Self) -> Self;
    pub const fn clamp(self, min: Self, max: Self) -> Self;
    pub const fn total_cmp(&self, other: &Self) -> Ordering;
    pub const fn abs(self) -> Self; //@1567
    pub const fn signum(self) -> Self;
    pub const fn copysign(self, sign: Self) -> Self;
`;

const FLOAT_STD = String.raw`
    pub const fn floor(self) -> Self; //@49
    pub const fn ceil(self) -> Self;
    pub const fn round(self) -> Self; //@101
    pub const fn round_ties_even(self) -> Self;
    pub const fn trunc(self) -> Self;
    pub const fn fract(self) -> Self;
    pub fn mul_add(self, a: Self, b: Self) -> Self;
    pub fn div_euclid(self, rhs: Self) -> Self;
    pub fn rem_euclid(self, rhs: Self) -> Self;
    pub fn powi(self, n: i32) -> Self; //@323
    pub fn powf(self, n: Self) -> Self;
    pub fn sqrt(self) -> Self; //@384
    pub fn exp(self) -> Self;
    pub fn exp2(self) -> Self;
    pub fn ln(self) -> Self;
    pub fn log(self, base: Self) -> Self;
    pub fn log2(self) -> Self;
    pub fn log10(self) -> Self;
    pub fn cbrt(self) -> Self;
    pub fn hypot(self, other: Self) -> Self;
    pub fn sin(self) -> Self;
    pub fn cos(self) -> Self;
    pub fn tan(self) -> Self;
    pub fn asin(self) -> Self;
    pub fn acos(self) -> Self;
    pub fn atan(self) -> Self;
    pub fn atan2(self, other: Self) -> Self;
    pub fn sin_cos(self) -> (Self, Self);
    pub fn sinh(self) -> Self;
    pub fn cosh(self) -> Self;
    pub fn tanh(self) -> Self;
`;

/** A template file: the items are written for one type and instantiated for each of `types`. */
export interface PrimTemplate {
  readonly path: string;
  readonly module: string;
  /** The impl header and its items; `$T` is replaced by nothing: the self type comes from `types`. */
  readonly text: string;
  readonly types: readonly string[];
}

export const PRIM_TEMPLATES: PrimTemplate[] = [
  { path: 'core/src/num/int_macros.rs', module: 'num', text: `impl Self {${COMMON_INT_METHODS}${SIGNED_INT_METHODS}}\n`, types: SIGNED_INTS },
  { path: 'core/src/num/uint_macros.rs', module: 'num', text: `impl Self {${COMMON_INT_METHODS}${UNSIGNED_INT_METHODS}}\n`, types: UNSIGNED_INTS },
];

/** Per-type files (their text names the type, so they are parsed once per type). */
export const PRIM_FILES: StdFile[] = [
  {
    // Its operator impls (`u32: Div<NonZero<u32>>`...) are synthesized (builtin-impls.ts).
    path: 'core/src/num/nonzero.rs',
    module: 'num',
    text: String.raw`
#[lang = "NonZero"]
pub struct NonZero<T>(T); //@131
`,
  },
  {
    path: 'core/src/num/mod.rs',
    module: 'num',
    text: SIGNED_INTS.map((t) => `impl ${t} {${signedOnly(t)}}\n`).join('') + String.raw`
impl u8 {
    pub const fn is_ascii(&self) -> bool;
    pub const fn is_ascii_alphabetic(&self) -> bool;
    pub const fn is_ascii_uppercase(&self) -> bool;
    pub const fn is_ascii_lowercase(&self) -> bool;
    pub const fn is_ascii_alphanumeric(&self) -> bool;
    pub const fn is_ascii_digit(&self) -> bool;
    pub const fn is_ascii_hexdigit(&self) -> bool;
    pub const fn is_ascii_punctuation(&self) -> bool;
    pub const fn is_ascii_whitespace(&self) -> bool;
    pub const fn is_ascii_control(&self) -> bool;
    pub const fn to_ascii_uppercase(&self) -> u8;
    pub const fn to_ascii_lowercase(&self) -> u8;
    pub const fn eq_ignore_ascii_case(&self, other: &u8) -> bool;
}
#[lang = "ParseIntError"]
pub struct ParseIntError {
    kind: IntErrorKind,
}
impl Debug for ParseIntError {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl Display for ParseIntError {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl Clone for ParseIntError {
    fn clone(&self) -> Self;
}
impl PartialEq for ParseIntError {
    fn eq(&self, other: &Self) -> bool;
}
pub enum IntErrorKind {
    Empty,
    InvalidDigit,
    PosOverflow,
    NegOverflow,
    Zero,
}
#[lang = "TryFromIntError"]
pub struct TryFromIntError(());
impl Debug for TryFromIntError {}
impl Display for TryFromIntError {}
impl Clone for TryFromIntError {}
impl Copy for TryFromIntError {}
impl PartialEq for TryFromIntError {}
`,
  },
  {
    path: 'core/src/num/f64.rs',
    module: 'f64',
    text: `impl f64 {${FLOAT_CORE}    pub const fn to_bits(self) -> u64; //@1179\n    pub const fn from_bits(v: u64) -> Self;\n}\n` + String.raw`
pub const EPSILON: f64;
pub const MIN: f64;
pub const MAX: f64;
pub const NAN: f64;
pub const INFINITY: f64;
pub const NEG_INFINITY: f64;
pub mod consts {
    pub const PI: f64;
    pub const TAU: f64;
    pub const E: f64;
    pub const SQRT_2: f64;
    pub const LN_2: f64;
    pub const LN_10: f64;
    pub const FRAC_PI_2: f64;
    pub const FRAC_PI_4: f64;
    pub const FRAC_1_SQRT_2: f64;
}
`,
  },
  {
    path: 'core/src/num/f32.rs',
    module: 'f32',
    text: `impl f32 {${FLOAT_CORE}    pub const fn to_bits(self) -> u32;\n    pub const fn from_bits(v: u32) -> Self;\n}\n` + String.raw`
pub const EPSILON: f32;
pub const MIN: f32;
pub const MAX: f32;
pub const NAN: f32;
pub const INFINITY: f32;
pub mod consts {
    pub const PI: f32;
    pub const TAU: f32;
    pub const E: f32;
    pub const SQRT_2: f32;
    pub const FRAC_PI_2: f32;
}
`,
  },
  { path: 'std/src/num/f64.rs', module: 'f64', text: `impl f64 {${FLOAT_STD}}\n` },
  { path: 'std/src/num/f32.rs', module: 'f32', text: `impl f32 {${FLOAT_STD}}\n` },
  {
    path: 'core/src/char/methods.rs',
    module: 'char',
    text: String.raw`
impl char {
    pub const MAX: char;
    pub const REPLACEMENT_CHARACTER: char;
    pub const fn from_u32(i: u32) -> Option<char>; //@196
    pub const fn from_digit(num: u32, radix: u32) -> Option<char>; //@289
    pub const fn is_digit(self, radix: u32) -> bool;
    pub const fn to_digit(self, radix: u32) -> Option<u32>; //@402
    pub const fn len_utf8(self) -> usize; //@645
    pub fn is_alphabetic(self) -> bool; //@778
    pub fn is_lowercase(self) -> bool;
    pub const fn is_uppercase(self) -> bool; //@860
    pub const fn is_whitespace(self) -> bool; //@893
    pub fn is_alphanumeric(self) -> bool; //@922
    pub fn is_control(self) -> bool;
    pub fn is_numeric(self) -> bool;
    pub fn to_lowercase(self) -> ToLowercase;
    pub fn to_uppercase(self) -> ToUppercase;
    pub const fn is_ascii(&self) -> bool;
    pub const fn to_ascii_uppercase(&self) -> char; //@1298
    pub const fn to_ascii_lowercase(&self) -> char;
    pub const fn eq_ignore_ascii_case(&self, other: &char) -> bool;
    pub const fn is_ascii_alphabetic(&self) -> bool;
    pub const fn is_ascii_uppercase(&self) -> bool;
    pub const fn is_ascii_lowercase(&self) -> bool;
    pub const fn is_ascii_alphanumeric(&self) -> bool;
    pub const fn is_ascii_digit(&self) -> bool; //@1587
    pub const fn is_ascii_hexdigit(&self) -> bool;
    pub const fn is_ascii_punctuation(&self) -> bool;
    pub const fn is_ascii_graphic(&self) -> bool;
    pub const fn is_ascii_whitespace(&self) -> bool;
    pub const fn is_ascii_control(&self) -> bool;
}
pub struct ToLowercase(u32);
impl Iterator for ToLowercase {
    type Item = char;
    fn next(&mut self) -> Option<char>;
}
pub struct ToUppercase(u32);
impl Iterator for ToUppercase {
    type Item = char;
    fn next(&mut self) -> Option<char>;
}
impl Display for ToUppercase {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl Display for ToLowercase {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
pub const fn from_u32(i: u32) -> Option<char>;
pub const fn from_digit(num: u32, radix: u32) -> Option<char>;
`,
  },
  {
    path: 'core/src/bool.rs',
    module: 'bool',
    text: String.raw`
impl bool {
    pub fn then_some<T>(self, t: T) -> Option<T>;
    pub fn then<T, F: FnOnce() -> T>(self, f: F) -> Option<T>;
}
`,
  },
];
