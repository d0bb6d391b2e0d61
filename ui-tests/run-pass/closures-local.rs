//@ run-pass
//@ check-run-results
// Closures called where they are defined, capturing by reference, taking `&mut` arguments; fn pointers.

fn call_ptr(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}
fn double(x: i32) -> i32 { x * 2 }
fn main() {
    let n = 3;
    let add3 = |x: i32| x + n;
    println!("{}", add3(4));
    println!("{}", call_ptr(double, 21));
    let sq = |x: i64| x * x;
    println!("{}", sq(12));
    let mut v = vec![1, 2];
    apply_twice(&mut v);
    println!("{:?}", v);
    let evens: Vec<i32> = v.iter().map(|x| x * 10).filter(|x| x % 20 == 0).collect();
    println!("{:?}", evens);
}
fn apply_twice(v: &mut Vec<i32>) {
    let bump = |x: &mut i32| *x += 1;
    for x in v.iter_mut() {
        bump(x);
    }
    println!("calls {}", v.len());
}
