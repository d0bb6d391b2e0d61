struct S { x: u8 }
fn f() {
    match S { x: 1 } {
        _ => {}
    }
}
