// Negating an unsigned value: `-1` gets rustc's guess that the type's maximum was meant.

fn main() {
    let a: u32 = -1; //~ ERROR E0600
    let b: u8 = -2; //~ ERROR E0600
    let c = 5usize;
    let d = -c; //~ ERROR E0600
}
