//! Random documents from a seeded generator, for round-trip testing: nested objects and arrays,
//! strings with escapes, control characters and code points from every plane, integers, decimals
//! and numbers with large exponents.

use crate::number::Number;
use crate::text::Text;
use crate::value::{Json, Member};

/// xorshift64*: small, fast and the same on every platform.
pub struct Rng {
    state: u64,
}

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng {
            state: seed ^ 0x9E37_79B9_7F4A_7C15,
        }
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.state;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.state = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize].clone()
    }
}

const WORDS: [&str; 16] = [
    "id", "name", "value", "items", "tags", "created", "owner", "price", "x", "y", "enabled",
    "meta", "count", "labels", "data", "version",
];

/// Code points that test the escaper: quotes, backslash, controls, Latin-1, Greek, CJK, emoji.
const SPECIAL: [u32; 14] = [
    0x22, 0x5C, 0x2F, 0x0A, 0x09, 0x01, 0x1F, 0x7F, 0xE9, 0x3A9, 0x4E2D, 0x2028, 0x1F600, 0x10FFFF,
];

fn text(rng: &mut Rng) -> Text {
    let mut t = Text::new();
    let len = rng.below(12);
    let mut i = 0;
    while i < len {
        if rng.chance(15) {
            t.push(rng.pick(&SPECIAL));
        } else {
            t.push(97 + rng.below(26) as u32);
        }
        i += 1;
    }
    t
}

fn number(rng: &mut Rng) -> Number {
    match rng.below(5) {
        0 => Number::from_i64(rng.below(1000) as i64 - 500),
        1 => Number::from_i64(rng.next_u64() as i64),
        2 => {
            let int_part = [rng.below(10) as u8, rng.below(10) as u8];
            let frac = [rng.below(10) as u8, rng.below(10) as u8, 5];
            Number::from_parts(rng.chance(30), &int_part, &frac, 0)
        }
        3 => {
            let digits = [1 + rng.below(9) as u8, rng.below(10) as u8];
            let exp = rng.below(80) as i64 - 40;
            Number::from_parts(rng.chance(50), &digits, &[], exp)
        }
        _ => Number::from_parts(false, &[0], &[0, 0, 1 + rng.below(9) as u8], 0),
    }
}

/// A random value nested at most `depth` levels deep.
pub fn document(rng: &mut Rng, depth: usize) -> Json {
    let container = depth > 0 && rng.chance(45);
    if !container {
        return match rng.below(6) {
            0 => Json::Null,
            1 => Json::Bool(rng.chance(50)),
            2 | 3 => Json::Number(number(rng)),
            _ => Json::Str(text(rng)),
        };
    }
    let n = rng.below(6) as usize;
    if rng.chance(50) {
        let mut items = Vec::with_capacity(n);
        let mut i = 0;
        while i < n {
            items.push(document(rng, depth - 1));
            i += 1;
        }
        Json::Array(items)
    } else {
        let mut members = Vec::with_capacity(n);
        let mut i = 0;
        while i < n {
            let key = if rng.chance(80) {
                Text::from_str(rng.pick(&WORDS))
            } else {
                text(rng)
            };
            members.push(Member {
                key,
                value: document(rng, depth - 1),
            });
            i += 1;
        }
        Json::Object(members)
    }
}

/// A copy of `v` with a few random edits: values replaced, members added or dropped.
pub fn mutate(rng: &mut Rng, v: &Json) -> Json {
    match v {
        Json::Object(members) => {
            let mut out = Vec::new();
            for m in members.iter() {
                if rng.chance(10) {
                    continue;
                }
                let value = if rng.chance(20) {
                    document(rng, 1)
                } else {
                    mutate(rng, &m.value)
                };
                out.push(Member {
                    key: m.key.clone(),
                    value,
                });
            }
            if rng.chance(30) {
                out.push(Member {
                    key: Text::from_str("added"),
                    value: Json::int(rng.below(100) as i64),
                });
            }
            Json::Object(out)
        }
        Json::Array(items) => {
            let mut out = Vec::new();
            for x in items.iter() {
                out.push(mutate(rng, x));
            }
            Json::Array(out)
        }
        other => {
            if rng.chance(10) {
                Json::Bool(true)
            } else {
                other.clone()
            }
        }
    }
}
