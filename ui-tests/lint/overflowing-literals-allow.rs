//@ check-pass
#![warn(overflowing_literals)]

fn main() {
    let x: u8 = 1000; //~ WARN literal out of range for `u8`
    #[allow(overflowing_literals)]
    let y: u8 = 1000;
    println!("{} {}", x, y);
}
