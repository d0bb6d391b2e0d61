//@ edition: 2015
fn f() {
    let x = async move { 1 };
}
