fn f() { let z: u32 = "b"; }
let x = 5;
fn g() {}
