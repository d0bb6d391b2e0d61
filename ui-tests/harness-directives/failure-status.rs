// `-Z treat-err-as-bug` turns the first error into an internal compiler error (exit status 101).
//@ failure-status: 101
//@ compile-flags: -Z treat-err-as-bug
//@ dont-check-compiler-stderr

fn main() {
    let x: bool = 0; //~ ERROR mismatched types
}

//~? RAW the compiler unexpectedly panicked
