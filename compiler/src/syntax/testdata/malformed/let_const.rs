fn f() {
    let const X: u8 = 1;
}
