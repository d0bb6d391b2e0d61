fn f() {
    let a = const 1;
}
