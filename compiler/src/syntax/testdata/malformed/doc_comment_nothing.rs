fn f() {
    let x = 1;
    /// doc
}
