fn compute(x: i32) -> i32; //~ ERROR free function without a body

fn main() {}
