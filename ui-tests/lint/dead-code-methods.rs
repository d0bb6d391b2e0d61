//@ check-pass
#![warn(dead_code)]

struct Counter {
    n: u32,
}

impl Counter {
    fn new() -> Counter {
        Counter { n: 0 }
    }
    fn reset(&mut self) { //~ WARN method `reset` is never used
        self.n = 0;
    }
    fn get(&self) -> u32 {
        self.n
    }
}

fn main() {
    println!("{}", Counter::new().get());
}
