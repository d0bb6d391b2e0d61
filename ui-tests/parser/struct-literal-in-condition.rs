struct Point {
    x: i32,
}

fn main() {
    let p = Point { x: 1 };
    if p.x == Point { x: 1 }.x {} //~ ERROR struct literals are not allowed here
}
