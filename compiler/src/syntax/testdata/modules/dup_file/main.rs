mod dup;
fn main() {}
