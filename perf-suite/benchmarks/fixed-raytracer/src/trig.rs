//! Sine and cosine in fixed point, from a table of one quarter wave built at start-up with a
//! Taylor series in fixed-point arithmetic. Angles are in turns (1.0 is a full circle), which
//! keeps table lookups to shifts and masks.

use crate::fixed::{Fx, ONE, ZERO};

/// Entries in a quarter wave; a power of two.
const QUARTER: usize = 1024;

pub struct Trig {
    /// sin(i / QUARTER * π/2) for i in 0..=QUARTER.
    table: Vec<Fx>,
}

/// π in Q16.16.
pub const PI: Fx = Fx(205_887);

impl Trig {
    pub fn new() -> Trig {
        let mut table = Vec::with_capacity(QUARTER + 1);
        for i in 0..QUARTER + 1 {
            // x = i / QUARTER * π / 2
            let x = PI.mul(Fx::from_ratio(i as i64, QUARTER as i64)).div_int(2);
            table.push(taylor_sin(x));
        }
        table[QUARTER] = ONE;
        Trig { table }
    }

    /// sin of an angle in turns, interpolating between table entries.
    pub fn sin_turns(&self, turns: Fx) -> Fx {
        // Position on the full wave in units of table steps, with 16 fraction bits.
        let full = (QUARTER * 4) as i64;
        let pos = turns.fract().raw() * full;
        let index = (pos >> 16) as usize % (QUARTER * 4);
        let frac = Fx(pos & 0xFFFF);
        let a = self.wave(index);
        let b = self.wave((index + 1) % (QUARTER * 4));
        a.lerp(b, frac)
    }

    pub fn cos_turns(&self, turns: Fx) -> Fx {
        self.sin_turns(turns.add(Fx::from_ratio(1, 4)))
    }

    /// The full wave from the quarter table, by symmetry.
    fn wave(&self, i: usize) -> Fx {
        let quadrant = i / QUARTER;
        let k = i % QUARTER;
        match quadrant {
            0 => self.table[k],
            1 => self.table[QUARTER - k],
            2 => self.table[k].neg(),
            _ => self.table[QUARTER - k].neg(),
        }
    }

    /// tan of an angle in turns, for field-of-view computations.
    pub fn tan_turns(&self, turns: Fx) -> Fx {
        self.sin_turns(turns).div(self.cos_turns(turns))
    }
}

/// sin(x) for x in [0, π/2] by its Taylor series to the x^11 term.
fn taylor_sin(x: Fx) -> Fx {
    let x2 = x.mul(x);
    let mut term = x;
    let mut sum = ZERO;
    let mut n: i64 = 1;
    let mut k = 0;
    while k < 6 {
        if k % 2 == 0 {
            sum = sum.add(term);
        } else {
            sum = sum.sub(term);
        }
        term = term.mul(x2).div_int((n + 1) * (n + 2));
        n += 2;
        k += 1;
    }
    sum
}
