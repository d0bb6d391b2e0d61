// Arithmetic between two different number types: rustc lists the impls of the operator trait for
// the left operand's type, which std generates with `add_impl!` and friends and
// `forward_ref_binop!`, and points into those macros. (One body, so that rustc's parallel
// front end reports in source order.)

fn main() {
    let count: i32 = 2;
    let factor: f32 = 1.5;
    let _ = count + factor; //~ ERROR cannot add `f32` to `i32`

    let total: f64 = 1.0;
    let parts: i32 = 2;
    let _ = total / parts; //~ ERROR cannot divide `f64` by `i32`

    let size: &i64 = &10;
    let by: f64 = 0.5;
    let _ = size - by; //~ ERROR cannot subtract `f64` from `&i64`

    let n: i16 = 7;
    let m: f32 = 2.0;
    let _ = n % m; //~ ERROR cannot calculate the remainder of `i16` divided by `f32`

    let w: u8 = 3;
    let h: u16 = 4;
    let _ = w * h; //~ ERROR mismatched types
    //~^ ERROR cannot multiply `u8` by `u16`
}
