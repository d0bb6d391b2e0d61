fn f(a: Option<u8>, b: Option<u8>) {
    if let Some(x) = a && let Some(y) = b {}
}
