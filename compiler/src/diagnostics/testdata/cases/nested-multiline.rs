fn take(_: u32) {}
fn main() {
    take(
        if true {
            "a"
        } else {
            "b"
        }
    );
}
