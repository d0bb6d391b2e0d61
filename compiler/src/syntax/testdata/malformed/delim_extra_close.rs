fn f() {
    if x {
    }
}
}
fn g() {
