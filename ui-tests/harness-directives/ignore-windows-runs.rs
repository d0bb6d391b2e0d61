//@ ignore-windows
//@ check-pass

fn main() {}
