// A receiver that differs from the trait's: mutability, by value against by reference.
trait Counter {
    fn bump(&mut self);
    fn peek(&self) -> u64;
    fn finish(self) -> u64;
}

struct Clicks {
    n: u64,
}

impl Counter for Clicks {
    fn bump(&self) {} //~ ERROR method `bump` has an incompatible type for trait

    fn peek(&mut self) -> u64 { //~ ERROR method `peek` has an incompatible type for trait
        self.n
    }

    fn finish(&self) -> u64 { //~ ERROR method `finish` has an incompatible type for trait
        self.n
    }
}

fn main() {
    let c = Clicks { n: 0 };
    println!("{}", c.n);
}
