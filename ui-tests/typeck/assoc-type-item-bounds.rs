//@ check-pass
// The bounds declared on an associated type (`type Error: Display + Debug;`) hold for its
// projection in generic code, where it does not normalize.
use std::fmt::{Debug, Display};

trait Parser {
    type Output: Debug;
    type Error: Display + Debug;
    fn parse(&self, s: &str) -> Result<Self::Output, Self::Error>;
}

struct Digits;

impl Parser for Digits {
    type Output = u32;
    type Error = String;
    fn parse(&self, s: &str) -> Result<u32, String> {
        s.parse().map_err(|_| format!("not digits: {}", s))
    }
}

fn report<P: Parser>(p: &P, input: &str) -> String {
    match p.parse(input) {
        Ok(v) => format!("{:?}", v),
        Err(e) => format!("error {} ({:?})", e, e),
    }
}

fn main() {
    println!("{} / {}", report(&Digits, "42"), report(&Digits, "4x"));
}
