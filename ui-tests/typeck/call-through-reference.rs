//@ check-pass
// A closure passed by reference is called through the reference: `f: &mut F` with `F: FnMut`,
// `g: &F` with `F: Fn`, and a reference to a closure or a function.
fn visit<F: FnMut(u32)>(items: &[u32], f: &mut F) {
    for &i in items {
        f(i);
    }
}

fn apply_twice<F: Fn(i32) -> i32>(g: &F, x: i32) -> i32 {
    g(g(x))
}

fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let mut total = 0;
    visit(&[1, 2, 3], &mut |i| total += i);
    let add = |x| x + 10;
    let r = &add;
    let d = &double;
    println!("{} {} {} {}", total, apply_twice(&add, 1), r(5), d(7));
}
