//@ parse-errors: 2 (the rest are later phases')
fn f(x: std:string::String) {}
