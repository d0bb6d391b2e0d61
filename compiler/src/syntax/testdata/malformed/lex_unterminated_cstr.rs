fn f() {
    let s = c"abc;
}
