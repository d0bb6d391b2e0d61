mod sub;
fn main() {}
