struct S;
impl S {
    fn m();
}
