//@ run-pass
//@ check-run-results

fn fib(n: u64) -> u64 {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

fn gcd(a: u32, b: u32) -> u32 {
    if b == 0 { return a; }
    gcd(b, a % b)
}

fn factorial(n: u128) -> u128 {
    (1..=n).product()
}

fn swap_pair(p: (i32, &str)) -> (&str, i32) {
    let (a, b) = p;
    (b, a)
}

fn main() {
    println!("fib(20) = {}", fib(20));
    println!("gcd = {}", gcd(1071, 462));
    println!("30! = {}", factorial(30));
    let t = swap_pair((5, "five"));
    println!("{:?} {} {}", t, t.0, t.1);
}
