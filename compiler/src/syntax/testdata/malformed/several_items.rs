fn f() { let z: u32 = "b"; }
fn g() -> { }
fn h(a: u32 b: u32) {}
