struct S;
impl S {
    fn f(&mut mut self) {}
}
