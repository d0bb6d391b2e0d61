fn f(a: Option<u8>, b: bool) {
    if let Some(x) = a || b {}
}
