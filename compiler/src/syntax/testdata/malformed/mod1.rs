mod m {
    fn f() {}
    5
}
