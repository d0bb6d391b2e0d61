//@ run-pass
//@ check-run-results
//@ edition: 2021
// `cmp::Reverse` as a sort and max key (alone and inside tuples), and owned iteration of a
// HashMap (`into_iter`, sorted afterwards) and of a BTreeMap (`for` over the map).
use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap};

fn main() {
    let mut v = vec![(2, "b"), (9, "a"), (2, "a"), (5, "c")];
    v.sort_by_key(|&(n, s)| (Reverse(n), s));
    println!("{:?}", v);
    v.sort_by_key(|p| Reverse(p.1));
    println!("{:?}", v);
    let best = v.iter().max_by_key(|&&(n, s)| (n % 3, Reverse(s)));
    println!("{:?} {}", best, Reverse(1) < Reverse(0));
    let r = Reverse(String::from("x"));
    println!("{}", r.0);
    let mut m: HashMap<String, u32> = HashMap::new();
    m.insert("one".to_string(), 1);
    m.insert("two".to_string(), 2);
    let mut pairs: Vec<(String, u32)> = m.into_iter().collect();
    pairs.sort();
    println!("{:?}", pairs);
    let t: BTreeMap<u8, &str> = [(3, "c"), (1, "a")].into_iter().collect();
    for (k, v) in t {
        print!("{}={} ", k, v);
    }
    println!();
}
