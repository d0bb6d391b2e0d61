fn h() {}
struct S { a: u32 b: u32 }
fn k() { let x: u32 = "s"; }
