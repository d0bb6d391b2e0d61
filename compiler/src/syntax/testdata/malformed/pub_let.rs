fn f() {
    pub let x = 1;
}
