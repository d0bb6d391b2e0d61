mod m {
    fn f() {}
};
