// In 2015 paths in `use` start at the crate root.
mod a {
    pub fn f() {}
}

use a::f;
use b::g; //~ ERROR unresolved import `b`
use std::vec::Vecc; //~ ERROR unresolved import `std::vec::Vecc`

fn main() {
    f();
}
