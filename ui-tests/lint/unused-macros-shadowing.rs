//@ check-pass
// A definition is used when an invocation resolves to it: a shadowed definition invoked only
// after the one that shadows it, and a macro invoked only from the body of an unused macro, are
// unused. So is a macro invoked only in code that `#[cfg]` removes.
#![warn(unused_macros)]

macro_rules! greet { //~ WARN unused macro definition: `greet`
    () => {
        "hello"
    };
}

macro_rules! greet {
    () => {
        "hi"
    };
}

macro_rules! inner { //~ WARN unused macro definition: `inner`
    () => {
        1
    };
}

macro_rules! outer { //~ WARN unused macro definition: `outer`
    () => {
        inner!() + 1
    };
}

macro_rules! only_in_tests { //~ WARN unused macro definition: `only_in_tests`
    () => {
        42
    };
}

#[cfg(test)]
fn check() -> i32 {
    only_in_tests!()
}

fn main() {
    println!("{}", greet!());
}
