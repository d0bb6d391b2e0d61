fn main() {
    let a: i8 = 200; //~ ERROR literal out of range for `i8`
    let b: u16 = 65536; //~ ERROR literal out of range for `u16`
    let c: i32 = -2147483649; //~ ERROR literal out of range for `i32`
    let d = 256u8; //~ ERROR literal out of range for `u8`
    println!("{} {} {} {}", a, b, c, d);
}
