mod inner {
    fn secret() {}
    struct Hidden;
}
fn main() {
    inner::secret();
    let _ = inner::Hidden;
}
