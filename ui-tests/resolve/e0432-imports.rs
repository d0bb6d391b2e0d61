//@ edition: 2021
// Imports that do not resolve.
use std::collections::HashMapp; //~ ERROR unresolved import `std::collections::HashMapp`
use std::colections::HashSet; //~ ERROR unresolved import `std::colections`
use crate::shapes::{Circle, Squar}; //~ ERROR unresolved import `crate::shapes::Squar`
use nothing_here::Thing; //~ ERROR unresolved import `nothing_here`
use self::shapes::area::compute; //~ ERROR unresolved import `self::shapes::area`

mod shapes {
    pub struct Circle;
    pub struct Square;
}

fn main() {}
