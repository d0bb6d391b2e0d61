fn compute(a: i32) -> i32 {
    let b = a + 1;
    let c = b * 2;
    let d = c - 3;
    let e = d / 4;
    let f = e % 5;
    if f > 0 {
        return f;
    }
    let _g = f + 1;
}
fn main() {
    let _ = compute(1);
}
