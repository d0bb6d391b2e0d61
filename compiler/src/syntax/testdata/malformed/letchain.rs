fn f(a: Option<u32>) {
    if let Some(x) = a && x > 0 {}
}
