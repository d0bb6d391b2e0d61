//@ check-pass
#![warn(unused_must_use)]

fn parse(s: &str) -> Result<i32, String> {
    s.parse::<i32>().map_err(|e| e.to_string())
}

fn main() {
    parse("12"); //~ WARN unused `Result` that must be used
    let v = vec![3, 1, 2];
    v.iter().map(|x| x * 2); //~ WARN unused `Map` that must be used
}
