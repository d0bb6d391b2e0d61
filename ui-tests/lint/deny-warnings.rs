//@ compile-flags: -D warnings
#![warn(unused_variables)]

fn main() {
    let unused = 1; //~ ERROR unused variable: `unused`
}
