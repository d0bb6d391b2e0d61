use std::collections::HashMapp;
use foo::bar;
fn main() {}
