// Comparisons between different numeric types: the right operand is coerced to the left's type.
fn main() {
    let a: u8 = 1;
    let b: u32 = 2;
    let c: i64 = 3;
    let f: f64 = 1.5;
    let small: i8 = -1;
    if a < b {} //~ ERROR mismatched types
    if c == b {} //~ ERROR mismatched types
    if b >= c {} //~ ERROR mismatched types
    if f > 1.0f32 {} //~ ERROR mismatched types
    if small != a {} //~ ERROR mismatched types
    let flag = true;
    if flag == 1 {} //~ ERROR mismatched types
}
