struct S { a: u8 }
fn f(s: S) {
    let S { a = 1 } = s;
}
