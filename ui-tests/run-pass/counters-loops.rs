//@ run-pass
//@ check-run-results

fn digits_sum(mut n: u64) -> u64 {
    let mut s = 0;
    while n > 0 {
        s += n % 10;
        n /= 10;
    }
    s
}

fn is_palindrome(n: u64) -> bool {
    let s = n.to_string();
    let r: String = s.chars().rev().collect();
    s == r
}

fn main() {
    let mut total = 0u64;
    for i in (0..=100).step_by(10) {
        total += digits_sum(i * 12345);
    }
    println!("{}", total);
    let pals: Vec<u64> = (100..200).filter(|n| is_palindrome(*n)).collect();
    println!("{:?}", pals);
    let mut x = 1u32;
    let mut steps = 0;
    loop {
        x = x * 3 % 1000;
        steps += 1;
        if x == 1 || steps > 500 {
            break;
        }
    }
    println!("order {}", steps);
    let mut countdown = 5;
    while countdown > 0 {
        print!("{}..", countdown);
        countdown -= 1;
    }
    println!("go");
}
