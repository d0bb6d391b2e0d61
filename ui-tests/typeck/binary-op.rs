struct Meters(f64);

fn main() {
    let a = Meters(1.0);
    let b = Meters(2.0);
    let c = a + b; //~ ERROR cannot add `Meters` to `Meters`
}
