struct S {};
fn main() {}
