//@ run-fail
//@ check-run-results

fn parse(s: &str) -> Result<i32, String> {
    if s.is_empty() { Err(String::from("empty input")) } else { Ok(s.len() as i32) }
}

fn main() {
    println!("{}", parse("abc").unwrap());
    println!("{}", parse("").unwrap());
}
