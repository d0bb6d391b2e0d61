// A float operand with an integer literal: rustc suggests writing the literal with `.0`, when the
// left operand is a float (not a reference to one) and the literal has no suffix. (One body, so
// that rustc's parallel front end reports in source order.)

fn main() {
    let radius: f64 = 2.0;
    let _ = radius * 2; //~ ERROR cannot multiply `f64` by `{integer}`
    let _ = radius / (4); //~ ERROR cannot divide `f64` by `{integer}`
    let mut speed: f32 = 1.5;
    speed -= 3; //~ ERROR cannot subtract-assign `{integer}` from `f32`
    let _ = speed % 2; //~ ERROR cannot calculate the remainder of `f32` divided by `{integer}`

    let r = &radius;
    let _ = r * 2; //~ ERROR cannot multiply `&f64` by `{integer}`
    let _ = radius + 2u8; //~ ERROR cannot add `u8` to `f64`
    let _ = radius - -1; //~ ERROR cannot subtract `{integer}` from `f64`
}
