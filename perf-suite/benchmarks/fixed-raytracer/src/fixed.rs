//! Fixed-point numbers: Q16.16 in an `i64`, so products of two values fit before the shift.
//! Every operation is exact integer arithmetic, so images are identical on every machine.

use std::fmt;

pub const FRAC_BITS: u32 = 16;
pub const ONE_RAW: i64 = 1 << FRAC_BITS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Fx(pub i64);

pub const ZERO: Fx = Fx(0);
pub const ONE: Fx = Fx(ONE_RAW);
pub const HALF: Fx = Fx(ONE_RAW / 2);
/// Beyond any distance in a scene: "no hit yet".
pub const FAR: Fx = Fx(1 << 40);
/// The smallest step worth taking: used to lift secondary rays off surfaces.
pub const EPSILON: Fx = Fx(1 << 6);

impl Fx {
    pub fn from_int(v: i64) -> Fx {
        Fx(v << FRAC_BITS)
    }

    /// `n / d` as a fixed-point number, rounded toward zero.
    pub fn from_ratio(n: i64, d: i64) -> Fx {
        Fx((n << FRAC_BITS) / d)
    }

    pub fn raw(self) -> i64 {
        self.0
    }

    pub fn add(self, o: Fx) -> Fx {
        Fx(self.0 + o.0)
    }

    pub fn sub(self, o: Fx) -> Fx {
        Fx(self.0 - o.0)
    }

    pub fn neg(self) -> Fx {
        Fx(-self.0)
    }

    pub fn mul(self, o: Fx) -> Fx {
        Fx((self.0 * o.0) >> FRAC_BITS)
    }

    /// Division; dividing by zero saturates to `FAR` with the numerator's sign.
    pub fn div(self, o: Fx) -> Fx {
        if o.0 == 0 {
            return if self.0 < 0 { FAR.neg() } else { FAR };
        }
        Fx((self.0 << FRAC_BITS) / o.0)
    }

    pub fn mul_int(self, k: i64) -> Fx {
        Fx(self.0 * k)
    }

    pub fn div_int(self, k: i64) -> Fx {
        Fx(self.0 / k)
    }

    pub fn abs(self) -> Fx {
        Fx(self.0.abs())
    }

    pub fn min(self, o: Fx) -> Fx {
        if self.0 < o.0 {
            self
        } else {
            o
        }
    }

    pub fn max(self, o: Fx) -> Fx {
        if self.0 > o.0 {
            self
        } else {
            o
        }
    }

    pub fn clamp(self, lo: Fx, hi: Fx) -> Fx {
        self.max(lo).min(hi)
    }

    pub fn is_negative(self) -> bool {
        self.0 < 0
    }

    pub fn floor(self) -> i64 {
        self.0 >> FRAC_BITS
    }

    /// The part after the point, in [0, 1).
    pub fn fract(self) -> Fx {
        Fx(self.0 & (ONE_RAW - 1))
    }

    pub fn square(self) -> Fx {
        self.mul(self)
    }

    /// Square root by Newton's method on the raw value; 0 for negative input.
    pub fn sqrt(self) -> Fx {
        if self.0 <= 0 {
            return ZERO;
        }
        // sqrt(raw / 2^16) * 2^16 = sqrt(raw * 2^16)
        Fx(isqrt(self.0 << FRAC_BITS))
    }

    /// `self` raised to a small integer power by repeated squaring.
    pub fn powi(self, mut e: u32) -> Fx {
        let mut result = ONE;
        let mut base = self;
        while e > 0 {
            if e & 1 == 1 {
                result = result.mul(base);
            }
            base = base.mul(base);
            e >>= 1;
        }
        result
    }

    pub fn lerp(self, to: Fx, t: Fx) -> Fx {
        self.add(to.sub(self).mul(t))
    }

    /// Thousandths, for printing without floating point.
    pub fn milli(self) -> i64 {
        (self.0 * 1000) >> FRAC_BITS
    }
}

/// Integer square root (floor) by Newton's method.
pub fn isqrt(n: i64) -> i64 {
    if n < 2 {
        return n.max(0);
    }
    let mut x = n;
    let mut y = (x + 1) / 2;
    while y < x {
        x = y;
        y = (x + n / x) / 2;
    }
    x
}

impl fmt::Display for Fx {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let m = self.milli();
        let sign = if m < 0 { "-" } else { "" };
        let a = m.abs();
        let frac = a % 1000;
        let mut digits = String::new();
        if frac < 100 {
            digits.push('0');
        }
        if frac < 10 {
            digits.push('0');
        }
        digits.push_str(&frac.to_string());
        write!(f, "{}{}.{}", sign, a / 1000, digits)
    }
}
