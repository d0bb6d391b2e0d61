fn f() {
    let a = .5;
}
