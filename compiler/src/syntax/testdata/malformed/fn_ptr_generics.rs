//@ parse-errors: 3 (the rest are later phases')
type F = fn<'a>(&'a u8);
type G = for<'b> fn<'a, T>(&'a u8, &'b u8);
type H = fn<T>(T);
