fn f() {}
#![allow(unused)]
#[inline]
fn g() {}
