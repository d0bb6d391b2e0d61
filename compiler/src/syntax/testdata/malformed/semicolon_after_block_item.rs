fn f() {};
fn g() {}
