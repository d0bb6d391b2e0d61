fn g() {
    'fn: loop {}
    '_: loop {}
    'static: loop {}
}
