fn take(_a: &mut i32, _b: &mut i32) {}
fn main() {
    let mut x = 1;
    take(&mut x, &mut x);
}
