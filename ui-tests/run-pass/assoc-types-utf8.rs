//@ run-pass
//@ check-run-results
// Associated types made concrete by monomorphization (`<Hex as Decoder>::Error` formatted in a
// generic function), String::from_utf8 and String::from_utf8_lossy.
use std::fmt;

trait Decoder {
    type Error: fmt::Display + fmt::Debug;
    fn decode(&self, s: &str) -> Result<Vec<u8>, Self::Error>;
}

struct Hex;

#[derive(Debug)]
struct BadDigit(char);

impl fmt::Display for BadDigit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "bad hex digit {:?}", self.0)
    }
}

impl Decoder for Hex {
    type Error = BadDigit;
    fn decode(&self, s: &str) -> Result<Vec<u8>, BadDigit> {
        let digits: Vec<u32> = s.chars().map(|c| c.to_digit(16).ok_or(BadDigit(c))).collect::<Result<_, _>>()?;
        Ok(digits.chunks(2).map(|p| (p[0] * 16 + p[1]) as u8).collect())
    }
}

fn show<D: Decoder>(d: &D, s: &str) -> String {
    match d.decode(s) {
        Ok(bytes) => format!("{:?} {:?} {}", bytes, String::from_utf8_lossy(&bytes), String::from_utf8(bytes.clone()).is_ok()),
        Err(e) => format!("error: {} / {:?}", e, e),
    }
}

fn main() {
    println!("{}", show(&Hex, "776566"));
    println!("{}", show(&Hex, "ff41"));
    println!("{}", show(&Hex, "7g"));
}
