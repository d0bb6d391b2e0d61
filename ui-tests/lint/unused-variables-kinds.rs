//@ check-pass
#![warn(unused_variables)]

fn handler(request: &str, verbose: bool) -> usize { //~ WARN unused variable: `verbose`
    request.len()
}

fn main() {
    let (a, b) = (1, 2); //~ WARN unused variable: `b`
    for i in 0..3 {} //~ WARN unused variable: `i`
    match Some(5) {
        Some(n) => {} //~ WARN unused variable: `n`
        None => {}
    }
    let closure = |x: i32| 1; //~ WARN unused variable: `x`
    println!("{} {} {}", a, handler("r", true), closure(0));
}
