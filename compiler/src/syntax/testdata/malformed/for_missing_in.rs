fn f() {
    for x 0..10 {}
}
