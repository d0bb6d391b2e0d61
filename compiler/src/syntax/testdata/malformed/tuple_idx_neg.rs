//@ parse-errors: 1 (the rest are later phases')
fn f(t: (u8, u8)) {
    let a = t.-1;
}
