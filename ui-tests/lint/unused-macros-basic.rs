//@ check-pass
// Which `macro_rules!` definitions `unused_macros` reports: not the invoked ones, not exported
// ones, not names starting with `_`, not where the lint is allowed.
#![warn(unused_macros)]

macro_rules! double {
    ($e:expr) => {
        $e * 2
    };
}

macro_rules! triple { //~ WARN unused macro definition: `triple`
    ($e:expr) => {
        $e * 3
    };
}

macro_rules! _scratch {
    () => {};
}

#[macro_export]
macro_rules! shared {
    () => {
        0
    };
}

#[allow(unused_macros)]
macro_rules! kept_for_later {
    ($name:ident) => {
        let $name = 1;
    };
}

fn main() {
    let x = double!(21);
    println!("{}", x);
}
