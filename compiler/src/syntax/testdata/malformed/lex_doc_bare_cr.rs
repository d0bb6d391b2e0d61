/// doc comment
fn f() {}
