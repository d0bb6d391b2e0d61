//@ run-fail
//@ check-run-results

fn square(x: i64) -> i64 {
    x * x
}

fn main() {
    let mut x: i64 = 3;
    loop {
        x = square(x);
        println!("{}", x);
    }
}
