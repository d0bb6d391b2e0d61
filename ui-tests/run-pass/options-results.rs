//@ run-pass
//@ check-run-results

fn parse_digit(c: char) -> Result<u32, String> {
    match c.to_digit(10) {
        Some(d) => Ok(d),
        None => Err(format!("not a digit: {:?}", c)),
    }
}

fn sum_digits(s: &str) -> Result<u32, String> {
    let mut total = 0;
    for c in s.chars() {
        total += parse_digit(c)?;
    }
    Ok(total)
}

fn half(n: i32) -> Option<i32> {
    if n % 2 == 0 { Some(n / 2) } else { None }
}

fn main() {
    println!("{:?} {:?}", sum_digits("1234"), sum_digits("12x4"));
    let a = half(10);
    let b = half(7);
    println!("{:?} {:?} {} {}", a, b, a.is_some(), b.is_none());
    println!("{} {}", a.unwrap_or(0), b.unwrap_or(-1));
    println!("{:?} {:?}", a.map(|x| x * 3), b.map(|x| x * 3));
    println!("{:?}", half(8).and_then(half).and_then(half));
    let r: Result<i32, String> = Ok(3);
    if let Ok(v) = r {
        println!("ok {}", v);
    }
    let nested: Option<Option<i32>> = Some(None);
    println!("{:?} {:#?}", nested, Some(Some(1)));
}
