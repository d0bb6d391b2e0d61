struct List {
    value: i32,
    next: Option<List>,
}
fn main() {}
