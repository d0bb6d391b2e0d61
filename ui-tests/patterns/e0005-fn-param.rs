enum Shape {
    Circle(f64),
    Square(f64),
}

fn radius(Shape::Circle(r): Shape) -> f64 { //~ ERROR refutable pattern in function argument
    r
}

fn main() {
    let _ = radius(Shape::Square(1.0));
}
