mut static X: u8 = 1;
