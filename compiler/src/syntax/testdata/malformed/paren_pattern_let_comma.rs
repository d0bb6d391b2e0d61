fn f() {
    let (a, b = (1, 2);
}
