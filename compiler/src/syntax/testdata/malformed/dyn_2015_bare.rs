//@ edition: 2015
//@ parse-errors: 1 (the rest are later phases')
trait T {}
fn f(x: &dyn + T) {}
