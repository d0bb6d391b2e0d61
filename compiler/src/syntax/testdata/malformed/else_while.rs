fn f(a: bool) {
    if a {} else while a {}
}
