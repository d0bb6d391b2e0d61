//@ run-rustfix
//@ check-pass
#![warn(unused_mut)]

fn main() {
    let mut count = 1; //~ WARN variable does not need to be mutable
    let mut label = String::from("n"); //~ WARN variable does not need to be mutable
    println!("{} {}", label, count);
}
