fn f() {
    while {}
}
