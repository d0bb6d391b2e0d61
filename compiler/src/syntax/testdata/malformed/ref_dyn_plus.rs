trait T {}
fn f(x: &dyn T + Send) {}
