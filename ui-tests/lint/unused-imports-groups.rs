//@ check-pass
#![warn(unused_imports)]

use std::collections::{HashMap, HashSet, BTreeMap}; //~ WARN unused imports: `BTreeMap` and `HashSet`
use std::fmt::Write as _;
use std::io; //~ WARN unused import: `std::io`

fn main() {
    let mut m: HashMap<u8, u8> = HashMap::new();
    m.insert(1, 2);
    let mut s = String::new();
    let _ = write!(s, "{}", m.len());
}
