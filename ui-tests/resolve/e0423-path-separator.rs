// A module, trait or type alias followed by `.` where `::` was meant.
mod geometry {
    pub fn area(w: u32, h: u32) -> u32 {
        w * h
    }
    pub const UNIT: u32 = 1;
}
trait Shape {
    fn sides() -> u32;
}
type Alias = Vec<u8>;

fn main() {
    let a = geometry.area(2, 3); //~ ERROR expected value, found module `geometry`
    let b = geometry.UNIT; //~ ERROR expected value, found module `geometry`
    let c = Shape.sides(); //~ ERROR expected value, found trait `Shape`
    let d = Alias.new(); //~ ERROR expected value, found type alias `Alias`
    println!("{} {}", a, b);
}
