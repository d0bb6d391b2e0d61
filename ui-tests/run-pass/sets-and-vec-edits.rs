//@ run-pass
//@ check-run-results
// HashSet (order-free results only) and BTreeSet, Vec::dedup/retain/truncate.

use std::collections::BTreeSet;
use std::collections::HashSet;

fn main() {
    let mut seen: HashSet<u32> = HashSet::new();
    let mut dups = Vec::new();
    for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5] {
        if !seen.insert(x) {
            dups.push(x);
        }
    }
    println!("{:?} {} {}", dups, seen.len(), seen.contains(&9));
    let mut letters: BTreeSet<char> = BTreeSet::new();
    for c in "mississippi".chars() {
        letters.insert(c);
    }
    println!("{:?}", letters);
    let mut words: BTreeSet<String> = BTreeSet::new();
    for w in ["pear", "apple", "fig", "apple"] {
        words.insert(w.to_string());
    }
    for w in &words {
        print!("{} ", w);
    }
    println!("{}", words.remove("fig"));
    let mut v = vec![1, 1, 2, 3, 3, 3, 4, 5, 6];
    v.dedup();
    v.retain(|x| x % 2 == 0 || *x == 5);
    println!("{:?}", v);
    v.truncate(2);
    println!("{:?}", v);
}
