//! Exchange rates: the value of each currency in US dollars, in millionths, drifting by a small
//! random walk each day. Cross rates go through the dollar; conversions round half to even.

use crate::error::LedgerError;
use crate::money::{round_half_even, Currency, Money, CURRENCIES};

/// One US dollar in millionths.
pub const MICROS: i64 = 1_000_000;

pub struct Rates {
    /// Dollars per major unit of each currency, in millionths, indexed by `Currency::index`.
    usd_value: [i64; 5],
    seed: u64,
    pub day: u32,
}

impl Rates {
    pub fn new(seed: u64) -> Rates {
        Rates {
            usd_value: [MICROS, 1_083_200, 1_271_000, 6_670, 1_129_000],
            seed,
            day: 0,
        }
    }

    pub fn usd_value(&self, c: Currency) -> i64 {
        self.usd_value[c.index()]
    }

    /// Moves every rate but the dollar's by at most ±0.3 %, and keeps it within ±25 % of its
    /// starting value so that a long run cannot wander off.
    pub fn advance_day(&mut self) {
        let start = Rates::new(0).usd_value;
        for c in CURRENCIES.iter() {
            if *c == Currency::Usd {
                continue;
            }
            self.seed = self
                .seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let step = ((self.seed >> 33) % 61) as i64 - 30;
            let i = c.index();
            let moved = self.usd_value[i] + self.usd_value[i] * step / 10_000;
            let lo = start[i] * 3 / 4;
            let hi = start[i] * 5 / 4;
            self.usd_value[i] = moved.max(lo).min(hi);
        }
        self.day += 1;
    }

    /// Units of `to` per unit of `from`, in millionths.
    pub fn rate(&self, from: Currency, to: Currency) -> i64 {
        (self.usd_value(from) as i128 * MICROS as i128 / self.usd_value(to) as i128) as i64
    }

    pub fn convert(&self, m: &Money, to: Currency) -> Result<Money, LedgerError> {
        if m.currency == to {
            return Ok(*m);
        }
        let from_value = self.usd_value(m.currency) as i128;
        let to_value = self.usd_value(to) as i128;
        if to_value == 0 {
            return Err(LedgerError::NoRate(m.currency, to));
        }
        // minor_to = minor_from / per_from * value_from / value_to * per_to
        let numerator = m.amount as i128 * from_value * to.minor_per_major() as i128;
        let denominator = to_value * m.currency.minor_per_major() as i128;
        let v = round_half_even(numerator, denominator);
        Ok(Money::new(v as i64, to))
    }

    /// The rate as text with six decimals.
    pub fn show(&self, from: Currency, to: Currency) -> String {
        let r = self.rate(from, to);
        let frac = (r % MICROS).to_string();
        let mut padded = String::new();
        let mut k = frac.len();
        while k < 6 {
            padded.push('0');
            k += 1;
        }
        padded.push_str(&frac);
        format!("{}/{} {}.{}", from.code(), to.code(), r / MICROS, padded)
    }
}
