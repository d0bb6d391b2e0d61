fn f<'a>(x: &mut 'a u8) {}
