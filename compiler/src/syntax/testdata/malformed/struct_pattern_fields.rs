struct S { a: u8, b: u8 }
fn f(s: S) {
    let S { .., a } = s;
    let S { a, .., } = s;
    let S { ..., a: _ } = s;
    let S { ref a: x, b } = s;
}
fn g(s: S) {
    let S { a @ .. } = s;
}
fn h(s: S) {
    let S { .., a, .. } = s;
}
