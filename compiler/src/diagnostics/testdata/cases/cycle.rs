type A = B;
type B = A;
fn main() {}
