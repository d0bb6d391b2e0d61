//@ run-pass
//@ check-run-results

#[derive(Debug)]
enum Shape {
    Circle { radius: f64 },
    Square(f64),
}

impl Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle { radius } => 3.0 * radius * radius,
            Shape::Square(side) => side * side,
        }
    }
}

fn main() {
    let shapes = vec![Shape::Circle { radius: 2.0 }, Shape::Square(3.0)];
    for s in &shapes {
        println!("{:?} has area {}", s, s.area());
    }
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("total {}", total);
}
