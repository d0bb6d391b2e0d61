// Unsigned integers can also be divided by a `NonZero` of their type, and `u32` multiplies a
// `Duration`: with five impls rustc lists them instead of pointing at each; `/=` and `%=` have
// three, one from `nonzero_integer!` in `core::num::nonzero`. (One body, so that rustc's parallel
// front end reports in source order.)

fn main() {
    let items: Vec<f64> = vec![1.0, 2.0];
    let _ = items.len() / 2.0; //~ ERROR cannot divide `usize` by `{float}`

    let secs: u32 = 3;
    let scale: f32 = 1.5;
    let _ = secs * scale; //~ ERROR cannot multiply `u32` by `f32`

    let mut bytes: u64 = 1024;
    bytes %= 1.5; //~ ERROR cannot calculate and assign the remainder of `u64` divided by `{float}`
    let mut half: u8 = 10;
    half /= 2.0; //~ ERROR cannot divide-assign `u8` by `{float}`

    let rest: u16 = 9;
    let _ = rest % 'x'; //~ ERROR cannot calculate the remainder of `u16` divided by `char`
    let _ = (bytes, half);
}
