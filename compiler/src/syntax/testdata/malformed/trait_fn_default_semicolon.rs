trait T {
    fn f() {};
}
