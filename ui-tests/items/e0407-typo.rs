trait Shape {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
}

struct Circle {
    r: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14 * self.r * self.r
    }
    fn perimetre(&self) -> f64 { //~ ERROR method `perimetre` is not a member of trait `Shape`
        2.0 * 3.14 * self.r
    }
    fn perimeter(&self) -> f64 {
        2.0 * 3.14 * self.r
    }
}

fn main() {
    let c = Circle { r: 1.0 };
    println!("{}", c.area());
}
