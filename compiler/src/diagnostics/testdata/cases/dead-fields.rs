struct Point {
    x: i32,
    y: i32,
    z: i32,
}
fn helper() {}
fn main() {
    let p = Point { x: 1, y: 2, z: 3 };
    let _ = p.x;
}
