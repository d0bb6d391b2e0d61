fn f() {
    let g = |x: u8| -> u8 x + 1;
}
