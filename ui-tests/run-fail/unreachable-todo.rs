//@ run-fail
//@ check-run-results

fn pick(n: u8) -> &'static str {
    match n {
        0 => "zero",
        1 => "one",
        _ => unreachable!("n was {}", n),
    }
}

fn main() {
    println!("{}", pick(1));
    println!("{}", pick(7));
}
