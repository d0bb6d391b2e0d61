//@ run-pass
//@ check-run-results
// BTreeMap (ordered, printed) and HashMap (only order-free results printed): entry API, get/get_mut, index, keys/values, collect.

use std::collections::BTreeMap;
use std::collections::HashMap;

fn main() {
    let text = "one two three two three three";
    let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    println!("{:?}", counts);
    for (w, n) in &counts {
        println!("{} -> {}", w, n);
    }
    let mut ages: HashMap<String, u32> = HashMap::new();
    ages.insert("ann".to_string(), 31);
    ages.insert("bo".to_string(), 25);
    let old = ages.insert("ann".to_string(), 32);
    println!("{:?} {:?} {:?} {}", old, ages.get("ann"), ages.get("cy"), ages.len());
    if let Some(a) = ages.get_mut("bo") {
        *a += 1;
    }
    println!("{} {}", ages["bo"], ages.contains_key("cy"));
    let mut names: Vec<&String> = ages.keys().collect();
    names.sort();
    println!("{:?}", names);
    let total: u32 = ages.values().sum();
    println!("{}", total);
    let squares: BTreeMap<u64, u64> = (1..=4).map(|i| (i, i * i)).collect();
    println!("{:?} {:?}", squares, squares.get(&3));
    let mut groups: BTreeMap<bool, Vec<i32>> = BTreeMap::new();
    for x in [1, 2, 3, 4, 5] {
        groups.entry(x % 2 == 0).or_insert_with(Vec::new).push(x);
    }
    println!("{:#?}", groups);
    println!("{:?}", ages.remove("ann"));
}
