// A braced struct used as a value or called like a function.
struct Point {
    x: i32,
    y: i32,
}
struct Config {
    name: String,
    verbose: bool,
    level: u8,
}
struct Blank {}

fn origin() -> Point {
    Point //~ ERROR expected value, found struct `Point`
}

fn main() {
    let p = Point(1, 2); //~ ERROR expected function, tuple struct or tuple variant, found struct `Point`
    let c = Config("x".to_string(), true); //~ ERROR expected function, tuple struct or tuple variant, found struct `Config`
    let e = Blank; //~ ERROR expected value, found struct `Blank`
    let q = origin();
    println!("{}", q.x + q.y);
}
