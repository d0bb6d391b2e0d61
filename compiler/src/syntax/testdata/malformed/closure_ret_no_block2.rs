fn f() {
    let g = || -> u8 1;
}
