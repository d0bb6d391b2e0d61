//@ run-pass
//@ check-run-results

fn classify(n: i32) -> &'static str {
    if n < 0 {
        "negative"
    } else if n == 0 {
        "zero"
    } else if n % 2 == 0 {
        "even"
    } else {
        "odd"
    }
}

fn main() {
    for n in [-3, 0, 4, 7] {
        println!("{} is {}", n, classify(n));
    }
    let mut i = 0;
    let found = loop {
        i += 1;
        if i * i > 50 {
            break i;
        }
    };
    println!("first square over 50: {}", found);
    let mut count = 0;
    'outer: for a in 1..10 {
        for b in 1..10 {
            if a * b > 20 {
                continue 'outer;
            }
            if a + b == 15 {
                break 'outer;
            }
            count += 1;
        }
    }
    println!("count {}", count);
    let mut n = 27u64;
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    println!("collatz steps {}", steps);
    for k in (1..=3).rev() {
        print!("{} ", k);
    }
    println!("liftoff");
}
