trait T {
    fn f(&self) -> u32
    fn g();
}
