//@ run-pass
//@ check-run-results

fn fizz(n: u32) -> String {
    match (n % 3, n % 5) {
        (0, 0) => "FizzBuzz".to_string(),
        (0, _) => "Fizz".to_string(),
        (_, 0) => "Buzz".to_string(),
        _ => n.to_string(),
    }
}

fn sign(x: &i32) -> &'static str {
    match *x {
        i32::MIN..=-1 => "neg",
        0 => "zero",
        _ => "pos",
    }
}

fn main() {
    let out: Vec<String> = (1..=15).map(fizz).collect();
    println!("{}", out.join(" "));
    for x in &[-5, 0, 5] {
        println!("{} {}", x, sign(x));
    }
    let pairs = vec![(1, "one"), (2, "two"), (3, "three")];
    for &(n, name) in &pairs {
        if let (2, s) = (n, name) {
            println!("found {}", s);
        }
    }
    let msg = match pairs.get(1) {
        Some(&(n, s)) if n > 1 => format!("{}:{}", n, s),
        Some(_) => "small".to_string(),
        None => "none".to_string(),
    };
    println!("{}", msg);
    let v = [1, 2, 3, 4, 5];
    match v {
        [first, second, .., last] => println!("{} {} {}", first, second, last),
    }
}
