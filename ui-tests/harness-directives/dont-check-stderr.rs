// The stderr is not compared, but the annotations still are.
//@ dont-check-compiler-stderr

fn main() {
    let s: String = 5; //~ ERROR mismatched types
}
