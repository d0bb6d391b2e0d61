fn main() {
    let _x = 1;
    /// trailing doc comment //~ ERROR found a documentation comment that doesn't document anything
}
