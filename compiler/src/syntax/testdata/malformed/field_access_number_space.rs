fn f(t: (u8, u8)) {
    let a = t. 0;
}
