unsafe const fn f() {}
