#[path = "aux/shape.rs"]
mod shape;
struct Sq;
impl shape::Shape for Sq {
    fn area(&self) -> i32 { 1 }
    fn scale(&self, x: u32) {}
}
fn main() {}
