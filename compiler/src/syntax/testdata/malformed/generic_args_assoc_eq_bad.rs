fn f(x: impl Iterator<Item: = u8>) {}
