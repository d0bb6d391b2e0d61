fn f() {
    'a loop {}
}
