//@ edition: 2021
// Items of another module must be imported: rustc suggests the `use`.
mod geometry {
    pub struct Circle {
        pub radius: f64,
    }

    pub fn area(c: &Circle) -> f64 {
        3.14 * c.radius * c.radius
    }

    pub const UNIT: f64 = 1.0;
}

fn main() {
    let c = geometry::Circle { radius: UNIT }; //~ ERROR cannot find value `UNIT` in this scope
    println!("{}", area(&c)); //~ ERROR cannot find function `area` in this scope
}
