//@ check-pass
#![warn(path_statements)]

fn check(limit: u32, names: Vec<String>) -> u32 {
    limit; //~ WARN path statement with no effect
    names; //~ WARN path statement drops value
    limit
}

fn main() {
    println!("{}", check(3, vec![]));
}
