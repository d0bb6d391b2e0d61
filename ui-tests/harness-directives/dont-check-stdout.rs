//@ check-pass
//@ compile-flags: --print crate-name
//@ dont-check-compiler-stdout

fn main() {}
