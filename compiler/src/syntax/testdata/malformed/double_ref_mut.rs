fn f(x: &mut mut u8) {}
