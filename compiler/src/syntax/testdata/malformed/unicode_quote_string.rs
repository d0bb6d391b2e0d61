//@ parse-errors: 2 (the rest are later phases')
fn f() {
    let s = “hello”;
}
