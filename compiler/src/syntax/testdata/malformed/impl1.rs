impl S {
    fn f() {}
    let x = 1;
}
struct S;
