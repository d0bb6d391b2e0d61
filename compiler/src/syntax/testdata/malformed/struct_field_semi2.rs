//@ parse-errors: 1 (the rest are later phases')
struct S { a: u32; b: u32 }
fn f() { let z: u32 = "b"; }
