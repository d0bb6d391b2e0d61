fn five() -> i32 {
    5;
}
fn name() -> String {
    "x"
}
fn main() {}
