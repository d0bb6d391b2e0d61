fn f() {
    let s = b"abc;
}
