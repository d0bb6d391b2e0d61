//! Exact decimal numbers. A JSON number is kept as sign, significant digits and a power of ten,
//! so parsing and printing never round (`0.1` stays `0.1`, `1e400` stays `1e400`), equal values
//! compare equal however they were written, and sums are exact.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Number {
    negative: bool,
    /// Significant digits, most significant first, without leading or trailing zeros (empty for 0).
    digits: Vec<u8>,
    /// The value is `digits × 10^exponent`.
    exponent: i64,
}

/// Exponents further apart than this are not aligned digit by digit when adding: the smaller
/// operand is below any precision a document could show and is dropped.
const MAX_ALIGN: i64 = 2000;

impl Number {
    pub fn zero() -> Number {
        Number::default()
    }

    /// From the parts of a JSON number: integer digits, fraction digits and the exponent.
    pub fn from_parts(negative: bool, int_digits: &[u8], frac_digits: &[u8], exp: i64) -> Number {
        let mut digits = Vec::with_capacity(int_digits.len() + frac_digits.len());
        digits.extend_from_slice(int_digits);
        digits.extend_from_slice(frac_digits);
        let n = Number {
            negative,
            digits,
            exponent: exp - frac_digits.len() as i64,
        };
        n.normalized()
    }

    pub fn from_i64(v: i64) -> Number {
        if v == 0 {
            return Number::zero();
        }
        let mut digits = Vec::new();
        let mut m: u64 = if v < 0 {
            (v as i128).abs() as u64
        } else {
            v as u64
        };
        while m > 0 {
            digits.push((m % 10) as u8);
            m /= 10;
        }
        digits.reverse();
        Number {
            negative: v < 0,
            digits,
            exponent: 0,
        }
        .normalized()
    }

    fn normalized(mut self) -> Number {
        let mut lead = 0;
        while lead < self.digits.len() && self.digits[lead] == 0 {
            lead += 1;
        }
        if lead == self.digits.len() {
            return Number::zero();
        }
        if lead > 0 {
            let mut rest = Vec::with_capacity(self.digits.len() - lead);
            rest.extend_from_slice(&self.digits[lead..]);
            self.digits = rest;
        }
        while self.digits.last() == Some(&0) {
            self.digits.pop();
            self.exponent += 1;
        }
        self
    }

    pub fn is_zero(&self) -> bool {
        self.digits.is_empty()
    }

    pub fn is_integer(&self) -> bool {
        self.exponent >= 0
    }

    pub fn is_negative(&self) -> bool {
        self.negative
    }

    pub fn significant_digits(&self) -> usize {
        self.digits.len()
    }

    /// Digits before the decimal point (can be zero or negative for values below one).
    fn point(&self) -> i64 {
        self.digits.len() as i64 + self.exponent
    }

    /// The value as an `i64`, if it is an integer in range.
    pub fn to_i64(&self) -> Option<i64> {
        if !self.is_integer() || self.point() > 19 {
            return None;
        }
        let mut v: i64 = 0;
        for d in self.digits.iter() {
            v = v.checked_mul(10)?;
            v = if self.negative {
                v.checked_sub(*d as i64)?
            } else {
                v.checked_add(*d as i64)?
            };
        }
        let mut e = 0;
        while e < self.exponent {
            v = v.checked_mul(10)?;
            e += 1;
        }
        Some(v)
    }

    pub fn negated(&self) -> Number {
        if self.is_zero() {
            return Number::zero();
        }
        Number {
            negative: !self.negative,
            ..self.clone()
        }
    }

    /// -1, 0 or 1 as `self` is below, equal to or above `other`.
    pub fn compare(&self, other: &Number) -> i32 {
        let sa = self.sign();
        let sb = other.sign();
        if sa != sb {
            return if sa < sb { -1 } else { 1 };
        }
        if sa == 0 {
            return 0;
        }
        let m = compare_magnitude(self, other);
        if sa < 0 {
            -m
        } else {
            m
        }
    }

    fn sign(&self) -> i32 {
        if self.is_zero() {
            0
        } else if self.negative {
            -1
        } else {
            1
        }
    }

    /// The exact sum.
    pub fn add(&self, other: &Number) -> Number {
        if self.is_zero() {
            return other.clone();
        }
        if other.is_zero() {
            return self.clone();
        }
        let gap = (self.exponent - other.exponent).abs();
        if gap > MAX_ALIGN {
            return if compare_magnitude(self, other) >= 0 {
                self.clone()
            } else {
                other.clone()
            };
        }
        let base = self.exponent.min(other.exponent);
        let a = aligned(self, base);
        let b = aligned(other, base);
        let (negative, mut sum) = if self.negative == other.negative {
            (self.negative, add_magnitudes(&a, &b))
        } else if compare_digits(&a, &b) >= 0 {
            (self.negative, sub_magnitudes(&a, &b))
        } else {
            (other.negative, sub_magnitudes(&b, &a))
        };
        sum.reverse();
        Number {
            negative,
            digits: sum,
            exponent: base,
        }
        .normalized()
    }

    /// The shortest canonical JSON spelling: plain digits for moderate magnitudes, exponent
    /// notation (`1.5e30`, `2e-7`) beyond them.
    pub fn to_json(&self) -> String {
        if self.is_zero() {
            return "0".to_string();
        }
        let mut out = String::new();
        if self.negative {
            out.push('-');
        }
        let n = self.digits.len() as i64;
        let p = self.point();
        if self.exponent >= 0 && p <= 21 {
            push_digits(&mut out, &self.digits);
            let mut k = 0;
            while k < self.exponent {
                out.push('0');
                k += 1;
            }
        } else if p > 0 && p <= 21 {
            push_digits(&mut out, &self.digits[..p as usize]);
            out.push('.');
            push_digits(&mut out, &self.digits[p as usize..]);
        } else if p > -6 && p <= 0 {
            out.push_str("0.");
            let mut k = p;
            while k < 0 {
                out.push('0');
                k += 1;
            }
            push_digits(&mut out, &self.digits);
        } else {
            out.push((b'0' + self.digits[0]) as char);
            if n > 1 {
                out.push('.');
                push_digits(&mut out, &self.digits[1..]);
            }
            out.push('e');
            out.push_str(&(p - 1).to_string());
        }
        out
    }
}

fn push_digits(out: &mut String, digits: &[u8]) {
    for d in digits.iter() {
        out.push((b'0' + *d) as char);
    }
}

/// Digits of `n` scaled to exponent `base` (<= its own), least significant first.
fn aligned(n: &Number, base: i64) -> Vec<u8> {
    let mut out = Vec::new();
    let mut k = base;
    while k < n.exponent {
        out.push(0);
        k += 1;
    }
    let mut i = n.digits.len();
    while i > 0 {
        i -= 1;
        out.push(n.digits[i]);
    }
    out
}

fn add_magnitudes(a: &[u8], b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(a.len().max(b.len()) + 1);
    let mut carry = 0;
    let mut i = 0;
    while i < a.len() || i < b.len() || carry > 0 {
        let x = if i < a.len() { a[i] } else { 0 };
        let y = if i < b.len() { b[i] } else { 0 };
        let s = x + y + carry;
        out.push(s % 10);
        carry = s / 10;
        i += 1;
    }
    out
}

/// `a - b` for `a >= b`, least significant digit first.
fn sub_magnitudes(a: &[u8], b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(a.len());
    let mut borrow = 0;
    let mut i = 0;
    while i < a.len() {
        let y = if i < b.len() { b[i] } else { 0 };
        let mut x = a[i] as i32 - borrow - y as i32;
        if x < 0 {
            x += 10;
            borrow = 1;
        } else {
            borrow = 0;
        }
        out.push(x as u8);
        i += 1;
    }
    out
}

/// Compares two little-endian digit vectors of the same scale.
fn compare_digits(a: &[u8], b: &[u8]) -> i32 {
    let mut la = a.len();
    while la > 0 && a[la - 1] == 0 {
        la -= 1;
    }
    let mut lb = b.len();
    while lb > 0 && b[lb - 1] == 0 {
        lb -= 1;
    }
    if la != lb {
        return if la < lb { -1 } else { 1 };
    }
    let mut i = la;
    while i > 0 {
        i -= 1;
        if a[i] != b[i] {
            return if a[i] < b[i] { -1 } else { 1 };
        }
    }
    0
}

fn compare_magnitude(a: &Number, b: &Number) -> i32 {
    if a.point() != b.point() {
        return if a.point() < b.point() { -1 } else { 1 };
    }
    let n = a.digits.len().max(b.digits.len());
    let mut i = 0;
    while i < n {
        let x = if i < a.digits.len() { a.digits[i] } else { 0 };
        let y = if i < b.digits.len() { b.digits[i] } else { 0 };
        if x != y {
            return if x < y { -1 } else { 1 };
        }
        i += 1;
    }
    0
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.to_json())
    }
}
