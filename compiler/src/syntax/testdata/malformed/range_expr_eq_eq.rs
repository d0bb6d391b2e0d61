fn f() {
    let r = 0..==5;
}
