fn walk(_i: Iter) {}
fn main() {}
