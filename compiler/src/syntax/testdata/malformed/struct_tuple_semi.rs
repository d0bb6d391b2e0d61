struct S(u8; u8);
