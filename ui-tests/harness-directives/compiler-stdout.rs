// `--print crate-name` writes to the compiler's stdout, compared with `.stdout`.
//@ check-pass
//@ compile-flags: --print crate-name

fn main() {}
