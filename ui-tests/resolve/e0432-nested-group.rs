use std::collections::{HashMap, HashBag}; //~ ERROR unresolved import `std::collections::HashBag`

fn main() {
    let m: HashMap<u8, u8> = HashMap::new();
    println!("{}", m.len());
}
