fn f(x: u8) {
    if x == 1 return;
}
