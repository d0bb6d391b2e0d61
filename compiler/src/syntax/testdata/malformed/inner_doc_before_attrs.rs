fn f() {}
//! doc
#[inline]
fn g() {}
