fn apply<F: Fn(i32) -> i32>(f: F) -> i32 { f(1) }
fn main() {
    let _ = apply(|x| {
        let y = x + 1;
        y.to_string()
    });
}
