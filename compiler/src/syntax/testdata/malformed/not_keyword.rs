fn f(x: bool) {
    if not x {}
}
