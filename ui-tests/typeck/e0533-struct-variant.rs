// A struct variant used as a value.
enum Shape {
    Circle { radius: f64 },
    Rect { w: f64, h: f64 },
    Empty,
}

fn make(r: f64) -> Shape {
    Shape::Circle(r) //~ ERROR expected value, found struct variant `Shape::Circle`
}

fn main() {
    let a = Shape::Rect; //~ ERROR expected value, found struct variant `Shape::Rect`
    let b = Shape::Circle; //~ ERROR expected value, found struct variant `Shape::Circle`
    let c = Shape::Rect(1.0, 2.0); //~ ERROR expected value, found struct variant `Shape::Rect`
    let d = make(1.0);
    let e = Shape::Empty;
}
