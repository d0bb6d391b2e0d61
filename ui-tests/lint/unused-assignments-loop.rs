//@ check-pass
#![warn(unused_assignments)]

fn main() {
    let mut last = 0; //~ WARN value assigned to `last` is never read
    for i in 0..3 {
        last = i;
        println!("{}", last);
    }
}
