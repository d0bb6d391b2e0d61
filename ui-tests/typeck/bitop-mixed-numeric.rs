// Bit operators between a number and a float: `bitand_impl!` and friends in `core::ops::bit`
// generate the impls; the shifts have one impl per pair of integer types, so rustc lists eight
// of them and counts the others. (One body, so that rustc's parallel front end reports in
// source order.)

fn main() {
    let flags: u8 = 1;
    let m: f32 = 2.0;
    let _ = flags & m; //~ ERROR no implementation for `u8 & f32`

    let a: i64 = 1;
    let _ = a | 1.0; //~ ERROR no implementation for `i64 | {float}`

    let r: &u32 = &1;
    let b: f64 = 1.0;
    let _ = r ^ b; //~ ERROR no implementation for `&u32 ^ f64`

    let s: u32 = 1;
    let _ = s << 1.5; //~ ERROR no implementation for `u32 << {float}`

    let mut w: u16 = 1;
    w >>= 2.0; //~ ERROR no implementation for `u16 >>= {float}`

    let mut ok = true;
    ok &= 1; //~ ERROR no implementation for `bool &= {integer}`
    let _ = (w, ok);
}
