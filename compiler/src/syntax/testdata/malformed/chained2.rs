//@ parse-errors: 1 (the rest are later phases')
fn f(a: u32, b: u32, c: u32) -> bool {
    a == b == c
}
