fn f() {
    let s = "ab";
}
