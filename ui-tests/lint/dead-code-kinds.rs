//@ check-pass
#![warn(dead_code)]

struct Unused; //~ WARN struct `Unused` is never constructed

enum Mode { //~ WARN enum `Mode` is never used
    Fast,
    Slow,
}

const LIMIT: u32 = 10; //~ WARN constant `LIMIT` is never used

fn helper() -> u32 { //~ WARN function `helper` is never used
    1
}

fn main() {}
