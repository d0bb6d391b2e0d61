//@ edition: 2015
fn f() {
    let s = foo"bar";
}
