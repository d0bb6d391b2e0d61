//@ check-pass
#![warn(path_statements)]

fn main() {
    for i in 0..3 {
        i; //~ WARN path statement with no effect
    }
    let opt: Option<String> = None;
    opt; //~ WARN path statement drops value
}
