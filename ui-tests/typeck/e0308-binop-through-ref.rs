// rustc looks through one reference on each side of an arithmetic operator when it decides
// whether the operator is builtin-shaped: with integers of two types on either side
// of a `&`, the right operand gets "expected `u32`, found `u64`" as well as the missing impl.
fn main() {
    let a: u32 = 1;
    let b: u64 = 2;
    let r: &u32 = &a;
    let _d = r + b;
    //~^ ERROR mismatched types
    //~| ERROR cannot add `u64` to `&u32`
    let _e = a * &b;
    //~^ ERROR mismatched types
    //~| ERROR cannot multiply `u32` by `&u64`
    let mut g: u32 = 0;
    g += &b;
    //~^ ERROR mismatched types
    //~| ERROR cannot add-assign `&u64` to `u32`
    println!("{}", g);
}
