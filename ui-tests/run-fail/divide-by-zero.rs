//@ run-fail
//@ check-run-results

fn div(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    println!("{}", div(7, 2));
    println!("{}", div(7, 0));
}
