fn f() {}
//! inner
