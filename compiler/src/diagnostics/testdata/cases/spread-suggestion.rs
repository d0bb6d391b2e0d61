struct Holder {
    a: i32,
    b: i32,
    c: i32,
    d: i32,
    e: i32,
    r: &str,
}
fn main() {}
