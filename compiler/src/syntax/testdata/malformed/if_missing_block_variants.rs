fn f(a: Option<u8>, b: bool) {
    if let Some(x) = a else { return };
}
fn g(a: bool, b: bool) {
    if a && if b {}
}
fn h(a: Option<u8>, b: Option<u8>) {
    if let Some(x) = a; && let Some(y) = b {}
}
