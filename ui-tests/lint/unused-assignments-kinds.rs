//@ check-pass
#![warn(unused_assignments)]

fn main() {
    let mut x = 1; //~ WARN value assigned to `x` is never read
    x = 2;
    println!("{}", x);
    let mut y = 0; //~ WARN value assigned to `y` is never read
    y = 5; //~ WARN value assigned to `y` is never read
    y = 6;
    println!("{}", y);
    let mut z;
    z = 1;
    if z > 0 {
        z = 7; //~ WARN value assigned to `z` is never read
    }
}
