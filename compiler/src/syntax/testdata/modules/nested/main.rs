//@ parse-errors: 5 (the rest are later phases')
mod a;
mod b;
mod c;
fn main() { let x = 1 + ; }
