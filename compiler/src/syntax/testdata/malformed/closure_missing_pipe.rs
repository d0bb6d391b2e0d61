fn f() {
    let g = |x: u8 x;
}
