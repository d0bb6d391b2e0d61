fn f(x: &mut [u32;]) {}
