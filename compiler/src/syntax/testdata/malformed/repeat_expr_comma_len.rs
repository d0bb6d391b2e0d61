fn f() {
    let a = [0; 10, 2];
}
