//@ check-pass
// The `else` block of a `let ... else` diverges, but the statement does not: what follows it is
// reachable (no unreachable_code), unlike what follows a `return` or a diverging block.
#![warn(unreachable_code)]

fn first_even(v: &[i32]) -> i32 {
    let Some(x) = v.iter().find(|x| *x % 2 == 0) else { panic!("none") };
    let Some(y) = v.last() else { return 0 };
    x + y
}

fn after_return() -> i32 {
    return 1;
    2 //~ WARN unreachable expression
}

fn main() {
    println!("{} {}", first_even(&[1, 2, 3]), after_return());
}
