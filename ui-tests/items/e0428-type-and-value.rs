struct Meters(f64);
fn Meters() {} //~ ERROR the name `Meters` is defined multiple times

trait Shape {}
struct Shape; //~ ERROR the name `Shape` is defined multiple times

fn main() {}
