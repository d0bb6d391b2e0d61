// Names used as the wrong kind of thing.
struct Meters {
    value: f64,
}
struct Unit;
mod shapes {}

fn main() {
    let a = Meters; //~ ERROR expected value, found struct `Meters`
    let b = shapes; //~ ERROR expected value, found module `shapes`
    let c = Meters { value: 1.0 };
    let d = c.value;
    let e = main { x: 1 }; //~ ERROR expected struct, variant or union type, found function `main`
    println!("{}", d);
}
