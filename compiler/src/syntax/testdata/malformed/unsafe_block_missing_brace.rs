fn f() {
    unsafe 1;
}
