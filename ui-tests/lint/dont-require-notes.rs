// Warnings must be annotated, unless `dont-require-annotations: WARN` says not.
//@ check-pass
//@ dont-require-annotations: WARN
#![warn(unused_variables)]

fn main() {
    let first = 1; //~ WARN unused variable: `first`
    let second = 2;
}
