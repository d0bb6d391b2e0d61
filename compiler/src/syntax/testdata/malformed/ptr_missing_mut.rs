fn f(x: *u8) {}
