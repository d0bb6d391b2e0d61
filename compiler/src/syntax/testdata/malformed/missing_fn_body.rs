fn foo()
fn bar() {}
