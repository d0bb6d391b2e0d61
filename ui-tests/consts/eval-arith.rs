// Integer arithmetic in a const initializer is checked whatever the build profile: an overflow, a
// division or remainder by zero, or a negation of the minimum is an error that names the operands.

const SMALL: u8 = 200 + 100; //~ ERROR attempt to compute `200_u8 + 100_u8`, which would overflow
const ZERO: i32 = 0;
const HALF: i32 = 10 / ZERO; //~ ERROR attempt to divide `10_i32` by zero
const REST: i64 = 7 % (ZERO as i64); //~ ERROR attempt to calculate the remainder of `7_i64` with a divisor of zero
static QUOTIENT: i32 = i32::MIN / -1; //~ ERROR attempt to compute `i32::MIN / -1_i32`, which would overflow
const MODULO: i16 = i16::MIN % -1; //~ ERROR attempt to compute `i16::MIN % -1_i16`, which would overflow
const FLIPPED: i32 = -i32::MIN; //~ ERROR attempt to negate `i32::MIN`, which would overflow
const SHIFTED: u32 = 1 << 40; //~ ERROR attempt to shift left by `40_i32`, which would overflow
const BIG: i64 = i64::MAX + 1; //~ ERROR attempt to compute `i64::MAX + 1_i64`, which would overflow
const LEFT: usize = 3 - 4; //~ ERROR attempt to compute `3_usize - 4_usize`, which would overflow
const LOW: i8 = -128 - 1; //~ ERROR attempt to compute `i8::MIN - 1_i8`, which would overflow
const WIDE: u64 = u64::MAX * 2; //~ ERROR attempt to compute `u64::MAX * 2_u64`, which would overflow
const STEPS: u32 = {
    let mut total: u32 = 0;
    let mut i: u32 = 0;
    while i < 10 {
        total = total + i * 500_000_000; //~ ERROR attempt to compute `3000000000_u32 + 2000000000_u32`, which would overflow
        i += 1;
    }
    total
};

fn main() {}
