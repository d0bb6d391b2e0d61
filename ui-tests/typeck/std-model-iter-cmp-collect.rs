//@ check-pass
//@ edition: 2021
// std items the type checker must know: `Ordering::then_with`, `Reverse` as an ordered key,
// `Iterator::{max_by, min_by, find_map, partition, flatten}`, collecting into `Result<Vec<_>, _>`,
// `Option<Vec<_>>` and `String` (from `&char`), owned iteration of `HashMap` and `BTreeMap`,
// `str::{trim_start_matches, trim_end_matches}`, `std::str::from_utf8`, `Box: AsRef`, and
// `PhantomData` in a derived `Copy` struct.
use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap};
use std::marker::PhantomData;

#[derive(Clone, Copy, Debug, PartialEq, Default)]
struct Tagged<T> {
    value: u32,
    tag: PhantomData<T>,
}

fn main() {
    let mut words = vec!["pear", "fig", "apple", "kiwi"];
    words.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
    words.sort_by_key(|w| (Reverse(w.len()), Reverse(*w)));
    let longest: Option<&&str> = words.iter().max_by(|a, b| a.len().cmp(&b.len()));
    let shortest = words.iter().min_by(|a, b| a.len().cmp(&b.len()));
    let first_digit: Option<u32> = "ab7c9".chars().find_map(|c| c.to_digit(10));
    let (short, long): (Vec<&str>, Vec<&str>) = words.iter().partition(|w| w.len() < 5);
    let grid = vec![vec![1, 2], vec![3]];
    let flat: Vec<&i32> = grid.iter().flatten().collect();
    let parsed: Result<Vec<i32>, std::num::ParseIntError> = ["1", "2"].iter().map(|s| s.parse::<i32>()).collect();
    let all_some: Option<Vec<u32>> = "123".chars().map(|c| c.to_digit(10)).collect();
    let letters = ['h', 'i'];
    let joined: String = letters.iter().collect();
    let mut counts: HashMap<String, u32> = HashMap::new();
    counts.insert("a".to_string(), 1);
    let owned: Vec<(String, u32)> = counts.into_iter().collect();
    let mut tree: BTreeMap<u8, String> = BTreeMap::new();
    tree.insert(2, "two".to_string());
    for (k, v) in tree {
        let _: (u8, String) = (k, v);
    }
    let trimmed = "--x--".trim_start_matches('-').trim_end_matches("-");
    let text: Result<&str, std::str::Utf8Error> = std::str::from_utf8(b"ok");
    let boxed: Box<Vec<u8>> = Box::new(vec![1]);
    let inner: &Vec<u8> = boxed.as_ref();
    let t: Tagged<&str> = Tagged { value: 3, tag: PhantomData };
    let copy = t;
    println!("{:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {}", longest, shortest, first_digit, short, long, flat, parsed, all_some, joined);
    println!("{:?} {} {:?} {:?} {:?} {}", owned, trimmed, text, inner, copy == t, Tagged::<u8>::default().value);
    println!("{:?}", Reverse(3) < Reverse(2));
}
