//@ parse-errors: 1 (the rest are later phases')
fn f(x: Option<u8>) {
    match x {
        (Some(y) if y > 0) => {}
        _ => {}
    }
}
