fn f(x: [u8 4]) {}
fn g(x: [u8, ]) {}
fn h(x: [u8, N]) {}
const N: usize = 1;
fn i(x: [u8, 4 5]) {}
fn j(x: [u8 = 4]) {}
