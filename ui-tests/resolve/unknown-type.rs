struct Point {
    x: i32,
    y: i32,
}

fn origin() -> Pointt { //~ ERROR cannot find type `Pointt` in this scope
    Point { x: 0, y: 0 }
}

fn main() {
    let p = origin();
}
