//@ run-pass
//@ check-run-results

fn bubble(v: &mut Vec<i32>) {
    let n = v.len();
    for i in 0..n {
        for j in 0..n - 1 - i {
            if v[j] > v[j + 1] {
                v.swap(j, j + 1);
            }
        }
    }
}

fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn main() {
    let mut v = vec![9, -2, 7, 0, 3, 3, 11];
    bubble(&mut v);
    println!("{:?}", v);
    let primes: Vec<u64> = (1..50).filter(|n| is_prime(*n)).collect();
    println!("{:?}", primes);
    let mut sieve = vec![true; 30];
    sieve[0] = false;
    sieve[1] = false;
    let mut i = 2;
    while i < 30 {
        if sieve[i] {
            let mut j = i * i;
            while j < 30 {
                sieve[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    let count = sieve.iter().filter(|b| **b).count();
    println!("{} primes below 30", count);
}
