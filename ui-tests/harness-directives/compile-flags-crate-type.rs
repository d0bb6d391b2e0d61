//@ compile-flags: --crate-type lib
//@ check-pass

pub fn exported(x: i32) -> i32 {
    x + 1
}
