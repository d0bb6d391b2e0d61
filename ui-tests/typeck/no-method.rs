struct Counter {
    value: u32,
}

impl Counter {
    fn increment(&mut self) {
        self.value += 1;
    }
}

fn main() {
    let mut c = Counter { value: 0 };
    c.increment();
    c.reset(); //~ ERROR no method named `reset` found for struct `Counter` in the current scope
}
