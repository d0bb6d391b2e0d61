fn f() {
    x)
}
