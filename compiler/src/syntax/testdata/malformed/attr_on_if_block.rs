fn f(a: bool) {
    if a #[allow(unused)] {}
}
