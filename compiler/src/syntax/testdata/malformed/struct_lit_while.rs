struct S { x: u8 }
fn f() {
    while S { x: 1 }.x > 0 {}
}
