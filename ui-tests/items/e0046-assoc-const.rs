trait Unit {
    const SYMBOL: &'static str;
    const FACTOR: f64;
    fn convert(&self, v: f64) -> f64;
}

struct Kilo;

impl Unit for Kilo { //~ ERROR not all trait items implemented, missing: `FACTOR`
    const SYMBOL: &'static str = "k";
    fn convert(&self, v: f64) -> f64 {
        v * 1000.0
    }
}

fn main() {
    println!("{}", Kilo.convert(1.0));
}
