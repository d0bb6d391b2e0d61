//@ aux-crate: shapes=weft_shapes.rs
//@ edition: 2021

use shapes::Square;

fn main() {
    let s = Square { side: 2 };
    let area: String = s.area(); //~ ERROR mismatched types
}
