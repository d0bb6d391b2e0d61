struct Holder {
    r: &str,
}
fn pick(a: &str, b: &str) -> &str { a }
fn main() {}
