// E0053 comes with the impl's other errors in rustc's order: each method compared with the
// trait's, then the missing items, and the bodies' type errors after every item check.
trait Shape {
    fn area(&self) -> f64;
    fn scale(&mut self, by: f64);
    fn name(&self) -> String;
}

struct Square {
    side: f64,
}

fn describe(s: &Square) -> String {
    let n: u32 = s.side; //~ ERROR mismatched types
    format!("{}", n)
}

impl Shape for Square { //~ ERROR not all trait items implemented, missing: `name`
    fn area(&self) -> f32 { //~ ERROR method `area` has an incompatible type for trait
        (self.side * self.side) as f32
    }

    fn scale(&mut self, by: f32) { //~ ERROR method `scale` has an incompatible type for trait
        self.side *= by as f64;
    }
}

struct Circle {
    r: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14 * self.r * self.r
    }

    fn scale(&self, by: f64) { //~ ERROR method `scale` has an incompatible type for trait
        let _ = by;
    }

    fn name(&self) -> String {
        String::from("circle")
    }
}

fn main() {
    println!("{}", describe(&Square { side: 2.0 }));
}
