fn f(a: u32, b: u32, c: u32) -> bool {
    a < b < c
}
