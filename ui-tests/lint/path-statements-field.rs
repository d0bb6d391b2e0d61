//@ check-pass
#![warn(path_statements)]

struct Pair {
    left: u8,
    right: String,
}

fn main() {
    let p = Pair { left: 1, right: String::new() };
    let x = p.left;
    x; //~ WARN path statement with no effect
    let s = p.right;
    s; //~ WARN path statement drops value
}
