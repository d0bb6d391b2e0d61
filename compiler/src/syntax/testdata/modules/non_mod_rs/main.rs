mod x;
fn main() {}
