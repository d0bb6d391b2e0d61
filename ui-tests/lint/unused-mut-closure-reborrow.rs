//@ check-pass
#![warn(unused_mut)]
// A closure calling a `&mut self` method on a captured `&mut` reference reborrows it mutably, so
// the closure is `FnMut` and its binding needs `mut`; the reference itself never does.

fn two_numbers(tokens: &mut std::slice::Iter<'_, &str>) -> (i32, i32) {
    let mut next = || tokens.next().and_then(|t| t.parse().ok()).unwrap_or(0);
    let a = next();
    (a, next())
}

fn main() {
    let words = ["4", "x", "7"];
    println!("{:?}", two_numbers(&mut words.iter()));
    let mut v = vec![1];
    let mut r = &mut v; //~ WARN variable does not need to be mutable
    r.push(2);
    let mut push = |n| r.push(n);
    push(3);
    println!("{:?}", v);
}
