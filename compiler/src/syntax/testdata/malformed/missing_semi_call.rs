fn g() {}
fn main() {
    g()
    g();
}
