type T u8;
