fn f() {}
#![inline]
fn g() {}
