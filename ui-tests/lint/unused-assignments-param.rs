//@ check-pass
#![warn(unused_assignments)]

fn reset(mut count: u32) -> u32 { //~ WARN value passed to `count` is never read
    count = 0;
    count
}

fn main() {
    println!("{}", reset(5));
}
