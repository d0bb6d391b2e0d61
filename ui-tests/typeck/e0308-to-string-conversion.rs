// A `String` expected where a `Display` value was given: rustc suggests `.to_string()`, with
// parentheses around a borrow.

use std::fmt;

struct Celsius(f64);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} C", self.0)
    }
}

struct Opaque;

fn main() {
    let _a: String = 'x'; //~ ERROR E0308
    let _b: String = false; //~ ERROR E0308
    let _c: String = Celsius(20.0); //~ ERROR E0308
    let reading = Celsius(21.5);
    let _d: String = &reading; //~ ERROR E0308
    let _e: String = Opaque; //~ ERROR E0308
}
