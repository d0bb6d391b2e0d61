trait T {
    fn f() -> u32 { 1 }
    fn g()
}
