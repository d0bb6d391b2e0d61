fn f(a: Option<u8>) {
    while let Some(x) = a && x > 0 {}
}
