//@ check-pass
// std model: iter::repeat, String::from_utf8_lossy and Cow (Display, Debug, Deref, into_owned),
// BTreeMap keys and values from the back.
use std::collections::BTreeMap;
fn main() {
    let v: Vec<u8> = std::iter::repeat(7u8).take(3).collect();
    let s = String::from_utf8_lossy(&[104, 105]);
    println!("{:?} {} {:?} {}", v, s, s, s.len());
    let o: String = s.into_owned();
    let mut m = BTreeMap::new();
    m.insert(1, 'a');
    println!("{} {:?} {:?}", o, m.keys().next_back(), m.values().rev().next());
}
