//@ check-pass
#![warn(path_statements)]

fn main() {
    let count = 3;
    count; //~ WARN path statement with no effect
    let name = String::from("weft");
    name; //~ WARN path statement drops value
}
