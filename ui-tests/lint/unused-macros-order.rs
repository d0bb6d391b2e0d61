//@ check-pass
// unused_macros joins the other early lints in source order.
#![warn(unused_macros, unused_imports)]

use std::collections::HashMap; //~ WARN unused import: `std::collections::HashMap`

macro_rules! first_unused { //~ WARN unused macro definition: `first_unused`
    () => {};
}

struct point_2d { //~ WARN type `point_2d` should have an upper camel case name
    x: i32,
    y: i32,
}

use std::fmt::Write; //~ WARN unused import: `std::fmt::Write`

macro_rules! second_unused { //~ WARN unused macro definition: `second_unused`
    ($x:expr) => {
        $x
    };
}

fn main() {
    let p = point_2d { x: 1, y: 2 };
    println!("{} {}", p.x, p.y);
}
