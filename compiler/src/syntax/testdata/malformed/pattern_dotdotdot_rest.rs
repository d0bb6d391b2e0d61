fn f(x: (u8, u8)) {
    let (a, ...) = x;
}
