fn f(x: u8) {
    let ref ref y = x;
}
