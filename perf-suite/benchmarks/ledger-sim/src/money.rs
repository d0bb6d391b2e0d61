//! Money: integer amounts in minor units (cents, or yen) tagged with their currency. Arithmetic
//! is checked, mixing currencies is an error, and rounding is banker's rounding.

use crate::error::LedgerError;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Currency {
    Usd,
    Eur,
    Gbp,
    Jpy,
    Chf,
}

pub const CURRENCIES: [Currency; 5] = [
    Currency::Usd,
    Currency::Eur,
    Currency::Gbp,
    Currency::Jpy,
    Currency::Chf,
];

impl Currency {
    pub fn code(&self) -> &str {
        match self {
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
            Currency::Jpy => "JPY",
            Currency::Chf => "CHF",
        }
    }

    /// Digits after the decimal point in the minor unit.
    pub fn decimals(&self) -> u32 {
        match self {
            Currency::Jpy => 0,
            _ => 2,
        }
    }

    pub fn minor_per_major(&self) -> i64 {
        10_i64.pow(self.decimals())
    }

    pub fn parse(code: &str) -> Option<Currency> {
        for c in CURRENCIES.iter() {
            if c.code() == code {
                return Some(*c);
            }
        }
        None
    }

    pub fn index(&self) -> usize {
        match self {
            Currency::Usd => 0,
            Currency::Eur => 1,
            Currency::Gbp => 2,
            Currency::Jpy => 3,
            Currency::Chf => 4,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Money {
    pub amount: i64,
    pub currency: Currency,
}

impl Money {
    pub fn new(amount: i64, currency: Currency) -> Money {
        Money { amount, currency }
    }

    pub fn zero(currency: Currency) -> Money {
        Money::new(0, currency)
    }

    /// From whole units and minor units: `Money::of(12, 34, Eur)` is 12.34 EUR.
    pub fn of(major: i64, minor: i64, currency: Currency) -> Money {
        Money::new(major * currency.minor_per_major() + minor, currency)
    }

    pub fn is_zero(&self) -> bool {
        self.amount == 0
    }

    pub fn is_negative(&self) -> bool {
        self.amount < 0
    }

    fn same_currency(&self, other: &Money) -> Result<(), LedgerError> {
        if self.currency != other.currency {
            return Err(LedgerError::MixedCurrencies(self.currency, other.currency));
        }
        Ok(())
    }

    pub fn add(&self, other: &Money) -> Result<Money, LedgerError> {
        self.same_currency(other)?;
        match self.amount.checked_add(other.amount) {
            Some(v) => Ok(Money::new(v, self.currency)),
            None => Err(LedgerError::Overflow),
        }
    }

    pub fn sub(&self, other: &Money) -> Result<Money, LedgerError> {
        self.same_currency(other)?;
        match self.amount.checked_sub(other.amount) {
            Some(v) => Ok(Money::new(v, self.currency)),
            None => Err(LedgerError::Overflow),
        }
    }

    pub fn negated(&self) -> Money {
        Money::new(-self.amount, self.currency)
    }

    /// `self × numerator / denominator`, rounded half to even.
    pub fn scaled(&self, numerator: i64, denominator: i64) -> Result<Money, LedgerError> {
        let product = match (self.amount as i128).checked_mul(numerator as i128) {
            Some(p) => p,
            None => return Err(LedgerError::Overflow),
        };
        let q = round_half_even(product, denominator as i128);
        if q > I64_MAX || q < I64_MIN {
            return Err(LedgerError::Overflow);
        }
        Ok(Money::new(q as i64, self.currency))
    }

    /// Basis points (1/100 of a percent) of the amount.
    pub fn basis_points(&self, bp: i64) -> Result<Money, LedgerError> {
        self.scaled(bp, 10_000)
    }

    /// Splits the amount into `parts` amounts that differ by at most one minor unit and add up
    /// to the whole: the first ones get the remainder.
    pub fn allocate(&self, parts: usize) -> Vec<Money> {
        let mut out = Vec::with_capacity(parts);
        if parts == 0 {
            return out;
        }
        let n = parts as i64;
        let base = self.amount / n;
        let mut remainder = self.amount % n;
        let step = if remainder < 0 { -1 } else { 1 };
        for _ in 0..parts {
            let mut v = base;
            if remainder != 0 {
                v += step;
                remainder -= step;
            }
            out.push(Money::new(v, self.currency));
        }
        out
    }

    /// Splits by integer weights, largest remainders first, so the parts add up exactly.
    pub fn allocate_by(&self, weights: &[i64]) -> Vec<Money> {
        let mut total: i64 = 0;
        for w in weights.iter() {
            total += *w;
        }
        let mut out = Vec::with_capacity(weights.len());
        if total <= 0 {
            for _ in weights.iter() {
                out.push(Money::zero(self.currency));
            }
            return out;
        }
        let mut given = 0;
        let mut remainders: Vec<(i64, usize)> = Vec::new();
        for (i, w) in weights.iter().enumerate() {
            let share = self.amount * *w / total;
            let rem = (self.amount * *w) % total;
            given += share;
            out.push(Money::new(share, self.currency));
            // Negated so that an ascending sort gives the largest remainders first.
            remainders.push((-rem.abs(), i));
        }
        remainders.sort();
        let mut left = self.amount - given;
        let step = if left < 0 { -1 } else { 1 };
        let mut k = 0;
        while left != 0 && k < remainders.len() {
            let i = remainders[k].1;
            out[i].amount += step;
            left -= step;
            k += 1;
        }
        out
    }
}

const I64_MAX: i128 = 9_223_372_036_854_775_807;
const I64_MIN: i128 = -9_223_372_036_854_775_808;

/// `n / d` rounded to the nearest integer, ties to even.
pub fn round_half_even(n: i128, d: i128) -> i128 {
    let (n, d) = if d < 0 { (-n, -d) } else { (n, d) };
    // Floor division: the remainder is then in [0, d).
    let mut q = n / d;
    let mut r = n % d;
    if r < 0 {
        q -= 1;
        r += d;
    }
    let twice = r * 2;
    if twice > d || (twice == d && q % 2 != 0) {
        q + 1
    } else {
        q
    }
}

/// Digits with a comma every three places.
pub fn group_thousands(v: u64) -> String {
    let digits = v.to_string();
    let mut out = String::new();
    let n = digits.len();
    let mut i = 0;
    for c in digits.chars() {
        if i > 0 && (n - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
        i += 1;
    }
    out
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.amount < 0 { "-" } else { "" };
        let abs = if self.amount < 0 {
            (-(self.amount as i128)) as u64
        } else {
            self.amount as u64
        };
        let per = self.currency.minor_per_major() as u64;
        let major = group_thousands(abs / per);
        if self.currency.decimals() == 0 {
            return write!(f, "{}{} {}", sign, major, self.currency.code());
        }
        let minor = abs % per;
        let pad = if minor < 10 { "0" } else { "" };
        write!(
            f,
            "{}{}.{}{} {}",
            sign,
            major,
            pad,
            minor,
            self.currency.code()
        )
    }
}

/// Parses `"-1,234.56"` in the given currency.
pub fn parse_amount(text: &str, currency: Currency) -> Result<Money, LedgerError> {
    let t = text.trim();
    let mut negative = false;
    let mut major: i64 = 0;
    let mut minor: i64 = 0;
    let mut minor_digits = 0;
    let mut after_point = false;
    let mut seen_digit = false;
    let mut first = true;
    for c in t.chars() {
        let at_start = first;
        first = false;
        if c == '-' && at_start {
            negative = true;
        } else if c == ',' && !after_point {
            continue;
        } else if c == '.' && !after_point {
            after_point = true;
        } else if c.is_ascii_digit() {
            let d = match c.to_digit(10) {
                Some(d) => d as i64,
                None => 0,
            };
            seen_digit = true;
            if after_point {
                minor_digits += 1;
                if minor_digits > currency.decimals() {
                    return Err(LedgerError::Parse(format!("too many decimals in {}", t)));
                }
                minor = minor * 10 + d;
            } else {
                major = match major.checked_mul(10) {
                    Some(m) => m + d,
                    None => return Err(LedgerError::Overflow),
                };
            }
        } else {
            return Err(LedgerError::Parse(format!("unexpected `{}` in {}", c, t)));
        }
    }
    if !seen_digit {
        return Err(LedgerError::Parse(format!("no digits in {}", t)));
    }
    while minor_digits < currency.decimals() {
        minor *= 10;
        minor_digits += 1;
    }
    let amount = major * currency.minor_per_major() + minor;
    Ok(Money::new(
        if negative { -amount } else { amount },
        currency,
    ))
}
