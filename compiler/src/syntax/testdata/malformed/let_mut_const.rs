//@ parse-errors: 1 (the rest are later phases')
fn f() {
    const let x = 1;
}
