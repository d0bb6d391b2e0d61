//@ check-pass
#![warn(unused_imports)]

mod geometry {
    pub fn area(w: u32, h: u32) -> u32 {
        w * h
    }
    pub fn perimeter(w: u32, h: u32) -> u32 {
        2 * (w + h)
    }
}

use geometry::area;
use geometry::perimeter; //~ WARN unused import: `geometry::perimeter`
use std::fmt::Display; //~ WARN unused import: `std::fmt::Display`

fn main() {
    println!("{}", area(2, 3));
}
