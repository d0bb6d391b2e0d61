fn f() {
    let c = b'a;
}
