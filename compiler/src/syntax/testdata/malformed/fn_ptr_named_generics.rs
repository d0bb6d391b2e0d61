type F = fn<'a>(&'a u8);
