//@ check-pass
#![warn(unused_assignments)]

fn main() {
    let mut total = 10;
    println!("{}", total);
    total = 20; //~ WARN value assigned to `total` is never read
    total = 30;
    println!("{}", total);
}
