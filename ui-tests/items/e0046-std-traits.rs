// A std trait's missing items: their source is not shown, so rustc suggests each item's
// signature as an impl would write it (`Self` kept, the trait's other parameters the impl's).

use std::fmt;
use std::ops::Add;

struct Point {
    x: i32,
}

impl fmt::Display for Point {} //~ ERROR E0046

struct Counter(u32);

impl Iterator for Counter {} //~ ERROR E0046

impl Clone for Point {} //~ ERROR E0046

impl Default for Counter {} //~ ERROR E0046

#[derive(Debug)]
struct Failure;

impl PartialEq for Failure {} //~ ERROR E0046

impl Add for Counter {} //~ ERROR E0046

mod shapes {
    pub struct Steps;

    impl Iterator for Steps { //~ ERROR E0046
        type Item = u8;
    }
}

fn main() {
    let p = Point { x: 1 };
    let _ = p.x;
}
