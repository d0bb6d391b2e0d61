//@ check-pass
#![warn(unused_variables)]

fn main() {
    let a = 1; //~ WARNING unused variable: `a`
    let b = 2; //~ WARN: unused variable: `b`
    let c = 3; //~ warning unused variable: `c`
}
