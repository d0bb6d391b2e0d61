//@ check-pass
#![warn(path_statements)]

struct Meters(f64);

fn main() {
    let items = vec![1, 2, 3];
    items; //~ WARN path statement drops value
    let m = Meters(2.0);
    m; //~ WARN path statement with no effect
    let flag = true;
    flag; //~ WARN path statement with no effect
}
