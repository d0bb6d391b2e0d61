struct S;
impl S {
    fn f() {}
    5
}
