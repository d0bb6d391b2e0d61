//@ check-pass
#![warn(unused_must_use)]

fn main() {
    let names = vec!["a", "b"];
    names.iter().map(|n| n.len()); //~ WARN unused `Map` that must be used
    names.iter().rev(); //~ WARN unused `Rev` that must be used
}
