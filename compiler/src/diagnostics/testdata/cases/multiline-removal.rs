fn add(a: i32, b: i32) -> i32 { a + b }
fn main() {
    let _ = add(
        1,
        2,
        3,
    );
    let _v = (
        1 + 2
    );
}
