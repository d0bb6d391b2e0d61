struct S;
impl S {
    fn f(x: u8, self) {}
}
