//@ check-pass
#![warn(unused_must_use)]

#[must_use]
fn compute() -> u32 {
    42
}

#[must_use = "the checksum should be compared"]
fn checksum(data: &[u8]) -> u8 {
    data.iter().fold(0, |a, b| a ^ b)
}

fn main() {
    compute(); //~ WARN unused return value of `compute` that must be used
    checksum(&[1, 2]); //~ WARN unused return value of `checksum` that must be used
}
