struct S {
    a,
    b: u8,
}
