type T = dyn Fn(u32) -> ;
