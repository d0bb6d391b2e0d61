pub(crat) fn f() {}
