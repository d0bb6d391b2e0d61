use std::collections::HashMapp; //~ ERROR unresolved import `std::collections::HashMapp`

fn main() {}
