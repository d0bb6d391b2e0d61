//@ parse-errors: 1 (the rest are later phases')
pub println!("x");
