//@ edition: 2021
// Two imports, or an import and an item, of the same name.
use std::fmt::Result;
use std::io::Result; //~ ERROR the name `Result` is defined multiple times

mod a {
    pub fn f() {}
    pub struct S;
}
mod b {
    pub fn f() {}
}

use a::f;
use b::f; //~ ERROR the name `f` is defined multiple times
use a::S;

struct S; //~ ERROR the name `S` is defined multiple times

fn main() {}
