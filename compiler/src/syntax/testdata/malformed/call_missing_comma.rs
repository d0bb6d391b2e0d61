fn g(a: u32, b: u32) {}
fn f() {
    g(1 2);
}
