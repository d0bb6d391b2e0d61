pub S(u8);
