//@ run-pass
//@ check-run-results
// `str::parse` into a user type through its FromStr impl, str to_ascii_uppercase/lowercase,
// splitn, Chars::as_str, Iterator::{skip_while, take_while, find_map}, unsigned_abs, u8's
// is_ascii_* tests, std::str::from_utf8 (valid, invalid, cut short) and f64::max as a value.
use std::str::FromStr;

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

impl FromStr for Point {
    type Err = String;
    fn from_str(s: &str) -> Result<Point, String> {
        let (a, b) = s.split_once(',').ok_or(format!("no comma in {:?}", s))?;
        let x = a.trim().parse::<i32>().map_err(|e| e.to_string())?;
        let y = b.trim().parse::<i32>().map_err(|e| e.to_string())?;
        Ok(Point { x, y })
    }
}

fn main() {
    println!("{:?} {:?} {:?}", "3, -4".parse::<Point>(), "34".parse::<Point>(), "1,z".parse::<Point>());
    let p: Point = "7,8".parse().unwrap();
    println!("{} {}", p.x + p.y, "MiXeD-ß".to_ascii_uppercase() + &"MiXeD".to_ascii_lowercase());
    let parts: Vec<&str> = "a b c d".splitn(3, ' ').collect();
    let parts2: Vec<&str> = "k=v=w".splitn(2, "=").collect();
    println!("{:?} {:?} {:?}", parts, parts2, "x".splitn(3, ',').collect::<Vec<_>>());
    let mut cs = "hello".chars();
    cs.next();
    println!("{:?} {:?}", cs.as_str(), cs.next());
    let v = [1, 2, 7, 3, 9];
    let after: Vec<&i32> = v.iter().skip_while(|&&x| x < 5).collect();
    let before: Vec<&i32> = v.iter().take_while(|&&x| x < 5).collect();
    let first_big = v.iter().find_map(|&x| if x > 5 { Some(x * 10) } else { None });
    println!("{:?} {:?} {:?}", after, before, first_big);
    println!("{} {} {}", (-5i64).unsigned_abs(), i32::MIN.unsigned_abs(), 3i8.unsigned_abs());
    let bytes = b"a1_Z";
    let flags: Vec<(bool, bool, bool)> = bytes.iter().map(|b| (b.is_ascii_alphanumeric(), b.is_ascii_digit(), b.is_ascii_uppercase())).collect();
    println!("{:?}", flags);
    let inputs: Vec<Vec<u8>> = vec![vec![104, 105], vec![104, 0xff, 105], vec![104, 0xe2, 0x82], vec![0xf0, 0x90, 0x28]];
    for b in &inputs {
        println!("{:?}", std::str::from_utf8(b));
    }
    let m = [1.5, -2.0, 4.25].iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let n = [1.5, -2.0, 4.25].iter().cloned().fold(f64::INFINITY, f64::min);
    println!("{} {}", m, n);
}
