//@ run-pass
//@ check-run-results
// Trait objects: `&dyn Trait` from references, in arrays and slices, default methods through the vtable.

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Sq(f64);
struct Circle {
    r: f64,
}

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        format!("square {}", self.0)
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

fn total(shapes: &[&dyn Shape]) -> f64 {
    let mut t = 0.0;
    for s in shapes {
        t += s.area();
    }
    t
}

fn describe(s: &dyn Shape) -> String {
    format!("{} with area {:.2}", s.name(), s.area())
}

fn main() {
    let a = Sq(2.0);
    let b = Circle { r: 1.5 };
    let shapes: [&dyn Shape; 2] = [&a, &b];
    for s in shapes.iter() {
        println!("{}", describe(*s));
    }
    println!("{}", total(&shapes));
    let c = Circle { r: 1.0 };
    let d: &dyn Shape = &c;
    println!("{}", describe(d));
    println!("{}", describe(&Sq(0.5)));
}
