//@ check-pass
#![warn(unreachable_code)]

fn stop() -> i32 {
    return 1;
    let x = 2; //~ WARN unreachable statement
    x
}

fn main() {
    println!("{}", stop());
}
