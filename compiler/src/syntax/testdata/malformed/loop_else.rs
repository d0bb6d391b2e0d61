fn f() {
    for _ in 0..1 {} else {}
}
