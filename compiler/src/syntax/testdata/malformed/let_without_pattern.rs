fn f() {
    let = 5;
}
