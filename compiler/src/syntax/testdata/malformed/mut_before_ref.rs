fn f(x: mut &u8) {}
