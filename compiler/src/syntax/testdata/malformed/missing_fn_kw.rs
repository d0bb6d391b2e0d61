pub foo(x: u8) {}
