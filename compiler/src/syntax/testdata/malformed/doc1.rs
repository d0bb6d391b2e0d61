fn f() {}
/// doc
