struct S(x: u8);
