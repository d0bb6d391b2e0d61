fn main() {
    return;
    let _x = 1;
}
fn f() -> i32 {
    panic!("no");
    5
}
