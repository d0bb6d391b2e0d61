//@ run-pass
//@ check-run-results
//@ compile-flags: -C overflow-checks=off
// Without overflow checks, arithmetic wraps (what -O gives).

fn add(a: u8, b: u8) -> u8 {
    a + b
}

fn mul(a: i32, b: i32) -> i32 {
    a * b
}

fn neg(a: i64) -> i64 {
    -a
}

fn main() {
    println!("{}", add(200, 100));
    println!("{}", mul(65536, 65536 + 3));
    println!("{}", neg(i64::MIN));
    let mut h: u32 = 2166136261;
    for b in "weft".bytes() {
        h ^= b as u32;
        h *= 16777619;
    }
    println!("fnv {:08x}", h);
}
