trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}
struct Square;
impl Shape for Square {
}
fn main() {}
