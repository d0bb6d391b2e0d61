//@ check-pass
//@ compile-flags: --print crate-name
//@ normalize-stdout: "normalize_stdout" -> "$$CRATE"

fn main() {}
