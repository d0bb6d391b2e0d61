//@ check-pass
#![warn(unused_must_use)]

fn main() {
    let v = vec![1, 2, 3];
    v.iter().filter(|x| **x > 1); //~ WARN unused `Filter` that must be used
    let s = String::from("a");
    s.len(); //~ WARN unused return value of `String::len` that must be used
    "x".to_string(); 
}
