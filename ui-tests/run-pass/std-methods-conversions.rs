//@ run-pass
//@ check-run-results
// Byte string literals, a user Neg on a reference, char classes, tan, Vec::extend from an
// iterator and iter::repeat, as_slice with slice patterns, Option's ok_or_else/map_or/
// map_or_else/filter, `?` converting an error through a user From impl, casts of enums with
// explicit discriminants, and supertrait methods through a trait object's vtable.
use std::num::ParseIntError;
use std::ops::Neg;

#[derive(Debug, Clone, Copy)]
struct V(i32, i32);

impl Neg for &V {
    type Output = V;
    fn neg(self) -> V {
        V(-self.0, -self.1)
    }
}

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> AppError {
        AppError::Parse(e)
    }
}

fn double(s: &str) -> Result<i64, AppError> {
    let n: i64 = s.parse()?;
    Ok(n * 2)
}

#[derive(Clone, Copy)]
enum Coin {
    Penny = 1,
    Nickel = 5,
    Dime = 10,
    Big = 100,
    Bigger,
}

trait Named {
    fn name(&self) -> String;
}

trait Greeter: Named {
    fn greet(&self) -> String {
        format!("hello, {}", self.name())
    }
}

struct Ann;

impl Named for Ann {
    fn name(&self) -> String {
        "ann".to_string()
    }
}

impl Greeter for Ann {}

fn main() {
    let bytes = b"AZ\n\x01";
    println!("{:?} {}", bytes, bytes.len());
    let v = V(3, -4);
    println!("{:?}", -&v);
    let c = ['a', '7', '_', 'é'];
    println!("{:?}", c.iter().map(|c| c.is_alphanumeric()).collect::<Vec<_>>());
    println!("{:.4}", (std::f64::consts::PI / 4.0).tan());
    let mut out = vec![1];
    out.extend(std::iter::repeat(9).take(3));
    out.extend(vec![4, 5].into_iter().map(|x| x * 10));
    let mut s = String::with_capacity(8);
    s.push_str("cap");
    println!("{:?} {}", out, s);
    let words = vec!["go", "north"];
    let msg = match words.as_slice() {
        ["go", dir] => format!("going {}", dir),
        [single] => format!("just {}", single),
        _ => "what?".to_string(),
    };
    println!("{}", msg);
    let some: Option<u32> = Some(4);
    let none: Option<u32> = None;
    println!("{:?} {:?}", some.ok_or_else(|| "missing"), none.ok_or_else(|| "missing"));
    println!("{} {}", some.map_or(0, |x| x * 3), none.map_or_else(|| 99, |x| x * 3));
    println!("{:?} {:?}", some.filter(|x| x % 2 == 0), some.filter(|x| *x > 10));
    println!("{:?} {:?}", double("21").ok(), double("2x").map_err(|AppError::Parse(e)| e.to_string()));
    let coins = [Coin::Penny, Coin::Nickel, Coin::Dime, Coin::Big, Coin::Bigger];
    println!("{:?}", coins.iter().map(|&c| c as u32).collect::<Vec<_>>());
    let g: Box<dyn Greeter> = Box::new(Ann);
    println!("{} / {}", g.greet(), g.name());
}
