//@ parse-errors: 0 (the rest are later phases')
fn f() {
    let s = r#abc;
}
