use std::fmt;

struct Celsius(f64);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}C", self.0)
    }
    fn to_fahrenheit(&self) -> f64 { //~ ERROR method `to_fahrenheit` is not a member of trait `fmt::Display`
        self.0 * 1.8 + 32.0
    }
}

fn main() {
    println!("{}", Celsius(1.0));
}
