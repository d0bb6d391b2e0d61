struct S { a: u8, b: u8 }
fn f(s: S) {
    let S { .., a } = s;
}
