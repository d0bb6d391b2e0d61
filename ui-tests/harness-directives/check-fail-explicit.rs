//@ check-fail

fn main() {
    let flag: bool = 1; //~ ERROR mismatched types
}
