trait T {
    fn f() -> u8
}
