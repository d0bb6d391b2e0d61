// `should-ice`: the compiler must end with an internal compiler error (exit status 101).
//@ should-ice
//@ compile-flags: -Z treat-err-as-bug
//@ dont-check-compiler-stderr

fn main() {
    undefined_call(); //~ ERROR cannot find function `undefined_call` in this scope
}

//~? RAW the compiler unexpectedly panicked
