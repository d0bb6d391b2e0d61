//@ check-pass
#![warn(unused_imports)]

use std::{cmp::{max, min}, mem::swap}; //~ WARN unused imports: `mem::swap` and `min`

fn main() {
    println!("{}", max(1, 2));
}
