//@ run-fail
//@ check-run-results

fn dec(n: usize) -> usize {
    n - 1
}

fn main() {
    let mut n = 2;
    while true_always() {
        n = dec(n);
        println!("n = {}", n);
    }
}

fn true_always() -> bool {
    true
}
