//@ check-pass
#![warn(unused_variables)]

fn main() {
    let answer = 42; //~ WARN unused variable: `answer`
}
