//@ aux-build: weft_helper.rs
//@ run-pass
//@ check-run-results

extern crate weft_helper;

fn main() {
    println!("{}", weft_helper::double(21));
}
