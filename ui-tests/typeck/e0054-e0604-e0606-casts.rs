// Invalid `as` casts, checked once the body is: to `bool` (E0054, "compare with zero" for
// numbers), to `char` from anything but `u8` (E0604, `char::from_u32` for a `u32`), and the
// E0606 casts rustc explains: a reference to a number (remove the borrow, or dereference), a
// `&str` (through a raw pointer), `bool`/`char` to a float (through an integer).
fn main() {
    let f = 3.5 as bool; //~ ERROR cannot cast `f64` as `bool`
    let i = 7i32 as bool; //~ ERROR cannot cast `i32` as `bool`
    let c = 'c' as bool; //~ ERROR cannot cast `char` as `bool`
    let u = 66u32 as char; //~ ERROR only `u8` can be cast as `char`, not `u32`
    let j = 66i64 as char; //~ ERROR only `u8` can be cast as `char`, not `i64`
    let k = -1i8 as char; //~ ERROR only `u8` can be cast as `char`, not `i8`
    let g = 2.0f64 as char; //~ ERROR only `u8` can be cast as `char`, not `f64`
    let r = &5u8 as u32; //~ ERROR casting `&u8` as `u32` is invalid
    let n = 9u16;
    let rn = &n;
    let m = rn as u64; //~ ERROR casting `&u16` as `u64` is invalid
    let s = "s" as i32; //~ ERROR casting `&'static str` as `i32` is invalid
    let b = true as f64; //~ ERROR casting `bool` as `f64` is invalid
    let ch = 'x' as f32; //~ ERROR casting `char` as `f32` is invalid
    let ok = (65u8 as char, 97 as char, 'a' as u32, true as i32, 2.5 as u8);
    let _ = (f, i, c, u, j, k, g, r, m, s, b, ch, ok);
}
