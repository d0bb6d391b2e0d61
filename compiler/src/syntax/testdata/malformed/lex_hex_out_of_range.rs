fn f() {
    let a = '\xFF';
    let b = "\x80";
    let c = "a\x80";
}
