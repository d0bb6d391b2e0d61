#[path = "other.rs"]
mod a;
#[path = "missing.rs"]
mod b;
fn main() {}
