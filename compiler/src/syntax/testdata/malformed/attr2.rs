#![allow(dead_code)]
fn f() {}
#![allow(unused)]
fn g() {}
