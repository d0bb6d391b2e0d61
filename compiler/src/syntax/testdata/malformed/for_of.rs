fn f(v: Vec<u8>) {
    for x of v {}
}
