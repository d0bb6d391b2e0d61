fn f() {
    let mut i = 0;
    i--;
}
