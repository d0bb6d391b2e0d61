//@ check-pass
#![warn(unused_imports)]
// Imports never used, in the shapes rustc groups them.
use std::collections::HashMap; //~ WARN unused import: `std::collections::HashMap`
use std::collections::{BTreeMap, HashSet, VecDeque}; //~ WARN unused imports: `BTreeMap` and `VecDeque`
use std::fmt::{self, Display}; //~ WARN unused imports: `Display` and `self`
use std::io; //~ WARN unused import: `std::io`

mod inner {
    use std::cmp::Ordering; //~ WARN unused import: `std::cmp::Ordering`
    pub fn f() -> i32 {
        1
    }
}

fn main() {
    let s: HashSet<i32> = HashSet::new();
    println!("{} {}", s.len(), inner::f());
}
