// A `&mut` binding passed where a reference is expected is reborrowed, so it can be used again;
// passed to a generic parameter, it is moved.
struct Counter {
    hits: u32,
}

impl Counter {
    fn bump(&mut self) {
        self.hits += 1;
    }

    fn absorb(&mut self, other: &mut Counter) {
        self.hits += other.hits;
        other.hits = 0;
    }
}

fn record(c: &mut Counter, log: &mut Vec<u32>) {
    c.bump();
    log.push(c.hits);
}

fn record_twice(c: &mut Counter, log: &mut Vec<u32>) {
    record(c, log);
    record(c, log);
    log.push(0);
}

fn take<T>(value: T) -> T {
    value
}

fn main() {
    let mut a = Counter { hits: 0 };
    let mut b = Counter { hits: 2 };
    let mut log = Vec::new();
    let r = &mut b;
    a.absorb(r);
    a.absorb(r);
    record_twice(&mut a, &mut log);
    let l = &mut log;
    let moved = take(l);
    moved.push(1);
    l.push(2); //~ ERROR borrow of moved value: `l`
}
