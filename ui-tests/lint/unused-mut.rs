//@ check-pass
#![warn(unused_mut)]

fn main() {
    let mut total = 3; //~ WARN variable does not need to be mutable
    println!("{}", total);
}
