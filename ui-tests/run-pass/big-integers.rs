//@ run-pass
//@ check-run-results

fn pow_mod(mut base: u64, mut exp: u64, m: u64) -> u64 {
    let mut result: u128 = 1;
    let mut b = (base % m) as u128;
    while exp > 0 {
        if exp & 1 == 1 {
            result = result * b % m as u128;
        }
        b = b * b % m as u128;
        exp >>= 1;
    }
    base = result as u64;
    base
}

fn main() {
    println!("{}", pow_mod(2, 1_000_000_007, 998_244_353));
    let mut f: u128 = 1;
    for i in 1..=34u128 {
        f *= i;
    }
    println!("34! = {}", f);
    let x: i128 = -(1i128 << 100);
    println!("{} {:x}", x / 3, (x as u128) >> 64);
    let m = u64::MAX;
    println!("{} {}", m / 7, m % 1000);
    let s: i64 = -9_000_000_000_000;
    println!("{} {}", s * 1000, (s as f64) / 1e12);
}
