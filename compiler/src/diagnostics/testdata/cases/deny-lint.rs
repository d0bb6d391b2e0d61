#![deny(unused_variables)]
#![deny(dead_code)]
fn unused_fn() {}
fn main() {
    let x = 1;
}
