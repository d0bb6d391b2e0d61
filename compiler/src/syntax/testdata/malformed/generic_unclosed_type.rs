//@ parse-errors: 1 (the rest are later phases')
fn f() {
    let v: Vec<u8 = Vec::new();
}
