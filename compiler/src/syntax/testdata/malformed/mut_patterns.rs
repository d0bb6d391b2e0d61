//@ parse-errors: 4 (the rest are later phases')
fn f(x: (u8, u8), y: u8, z: Option<u8>) {
    let mut (a, b) = x;
    let mut mut c = y;
    let mut 5 = y;
    let mut Some(d) = z else { return };
}
