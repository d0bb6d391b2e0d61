trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Square(f64);

impl Shape for Square { //~ ERROR not all trait items implemented, missing: `name`
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {}
