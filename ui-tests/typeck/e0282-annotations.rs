// Types that cannot be inferred: the first unknown binding of each body is reported.
use std::collections::HashMap;

fn a() {
    let items = Vec::new(); //~ ERROR type annotations needed for `Vec<_>`
}
fn b() {
    let nothing = None; //~ ERROR type annotations needed for `Option<_>`
}
fn c() {
    let table = HashMap::new(); //~ ERROR type annotations needed for `HashMap<_, _>`
}
fn d() {
    let empty = []; //~ ERROR type annotations needed for `[_; 0]`
}
fn e() {
    let r = Ok(1); //~ ERROR type annotations needed for `Result<i32, _>`
}
fn f() {
    let mut grid = Vec::new(); //~ ERROR type annotations needed for `Vec<Vec<_>>`
    grid.push(Vec::new());
}
fn g() {
    let v = vec![]; //~ ERROR type annotations needed for `Vec<_>`
}
fn main() {
    a();
    b();
    c();
    d();
    e();
    f();
    g();
}
