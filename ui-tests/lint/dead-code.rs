//@ check-pass
//@ compile-flags: -W dead-code

fn helper() -> i32 { //~ WARN function `helper` is never used
    1
}

struct Unused; //~ WARN struct `Unused` is never constructed

fn main() {}
