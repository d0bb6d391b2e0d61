fn f() {
    else {}
}
