//@ parse-errors: 1 (the rest are later phases')
foo!(x)
fn main() {}
