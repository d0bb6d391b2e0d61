fn f() {
    let x: u8: = 5;
}
