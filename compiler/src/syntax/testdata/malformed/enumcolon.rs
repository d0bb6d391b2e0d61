enum E { a: u32 }
