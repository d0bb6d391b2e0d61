fn f() -> return u8 {}
