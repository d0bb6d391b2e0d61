//@ check-pass
#![warn(unreachable_code)]

fn consume(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    let x = consume(1, return); //~ WARN unreachable call
    let _ = x;
}
