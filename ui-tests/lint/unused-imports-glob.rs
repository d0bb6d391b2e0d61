//@ check-pass
#![warn(unused_imports)]

mod colors {
    pub const RED: u32 = 0xff0000;
    pub const GREEN: u32 = 0x00ff00;
}

mod shapes {
    pub struct Circle;
}

use colors::*;
use shapes::*; //~ WARN unused import: `shapes::*`

fn main() {
    println!("{} {}", RED, GREEN);
}
