struct S;
impl S {
    fn f() {};
}
