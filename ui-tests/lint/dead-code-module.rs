//@ check-pass
#![warn(dead_code)]

mod util {
    pub fn used() -> u8 {
        1
    }
    fn private_unused() {} //~ WARN function `private_unused` is never used
    pub(crate) fn crate_unused() {} //~ WARN function `crate_unused` is never used
}

fn main() {
    println!("{}", util::used());
}
