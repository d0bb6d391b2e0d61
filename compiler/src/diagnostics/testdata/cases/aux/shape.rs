pub trait Shape {
    fn area(&self) -> u32;
    fn scale(x: u32);
}
