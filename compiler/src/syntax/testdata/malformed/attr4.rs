fn f() {
    #[allow(unused)]
}
