struct S {
    a: u8,
    fn f() {}
}
