//@ needs-threads
//@ run-pass
//@ check-run-results

use std::thread;

fn main() {
    let handle = thread::spawn(|| (1..=10).sum::<u32>());
    println!("sum {}", handle.join().unwrap());
}
