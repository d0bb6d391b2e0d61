// Trait bounds that do not hold: formatting, generic functions, `?`.
use std::fmt::Display;

struct Token {
    text: String,
}

fn show<T: Display>(value: T) -> String {
    format!("{}", value)
}

fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut best = items[0];
    for &i in items {
        if i > best {
            best = i;
        }
    }
    best
}

fn parse_all(input: &str) -> Vec<u32> {
    let n: u32 = input.parse()?; //~ ERROR the `?` operator can only be used in a function that returns `Result` or `Option` (or another type that implements `FromResidual`)
    vec![n]
}

fn main() {
    let t = Token { text: String::from("x") };
    println!("{}", t); //~ ERROR `Token` doesn't implement `std::fmt::Display`
    println!("{:?}", t); //~ ERROR `Token` doesn't implement `Debug`
    let s = show(t); //~ ERROR `Token` doesn't implement `std::fmt::Display`
    let names = vec![String::from("a")];
    let big = largest(&names); //~ ERROR the trait bound `String: Copy` is not satisfied
    println!("{} {} {:?}", s, big, parse_all("1"));
}
