fn f(a: bool, b: bool) {
    if a {} else b {}
}
