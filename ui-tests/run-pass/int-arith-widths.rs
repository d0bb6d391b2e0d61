//@ run-pass
//@ check-run-results
// Arithmetic at every integer width, with values near the limits.

fn main() {
    let a: i8 = 100;
    let b: i8 = 27;
    println!("i8 {} {} {}", a + b, a - b * 2, -a);
    let c: u8 = 250;
    println!("u8 {} {}", c + 5, c / 3);
    let d: i16 = -30000;
    println!("i16 {} {}", d - 2767, d % 7);
    let e: u16 = 65535;
    println!("u16 {} {}", e, e / 256);
    let f: i32 = 2147483600;
    println!("i32 {} {}", f + 47, -f - 48);
    let g: u32 = 4294967295;
    println!("u32 {} {}", g, g % 1000);
    let h: i64 = 9223372036854775807;
    println!("i64 {} {}", h, h / 3);
    let k: u64 = 18446744073709551615;
    println!("u64 {} {}", k, k - 1);
    let m: i128 = -170141183460469231731687303715884105728;
    println!("i128 {} {}", m, m + 1);
    let n: u128 = 340282366920938463463374607431768211455;
    println!("u128 {}", n);
    let u: usize = 7;
    let s: isize = -7;
    println!("size {} {} {} {}", u * 3, s * 3, s / 2, s % 4);
    println!("div {} {} {} {}", -7 / 2, -7 % 2, 7 / -2, 7 % -2);
}
