fn 2f() {}
