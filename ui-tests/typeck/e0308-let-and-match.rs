// Annotated bindings, `if`/`else` and `match` arms of different types.
enum Level {
    Low,
    High,
}

fn describe(l: Level) -> String {
    match l {
        Level::Low => "low".to_string(),
        Level::High => 10, //~ ERROR `match` arms have incompatible types
    }
}

fn main() {
    let a: i32 = "five"; //~ ERROR mismatched types
    let b: String = 42; //~ ERROR mismatched types
    let c: bool = 1; //~ ERROR mismatched types
    let d: Vec<u8> = "bytes"; //~ ERROR mismatched types
    let e = if a > 0 { 1 } else { "none" }; //~ ERROR `if` and `else` have incompatible types
    let f: Option<i32> = 5; //~ ERROR mismatched types
    let g: (i32, String) = (1, 2); //~ ERROR mismatched types
    let h: [u8; 3] = [1, 2, 3, 4]; //~ ERROR mismatched types
    let s = describe(Level::Low);
    println!("{} {} {} {:?} {} {:?} {:?} {:?} {}", a, b, c, d, e, f, g, h, s);
}
