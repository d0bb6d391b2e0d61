fn main() {
    let mut i = 0;
    i++; //~ ERROR Rust has no postfix increment operator
    let _ = i;
}
