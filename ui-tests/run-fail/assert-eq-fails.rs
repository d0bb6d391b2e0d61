//@ run-fail
//@ check-run-results

fn double(x: i32) -> i32 {
    x * 3
}

fn main() {
    println!("checking");
    assert_eq!(double(2), 4, "double({}) is wrong", 2);
}
