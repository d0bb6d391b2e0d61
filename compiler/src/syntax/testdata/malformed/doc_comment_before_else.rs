fn f(a: bool) {
    if a {}
    /// doc
    else {}
}
