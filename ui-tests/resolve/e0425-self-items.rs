// Inside an impl: fields and methods of `Self` named without `self.` / `Self::`.
struct Counter {
    count: u32,
    step: u32,
}

impl Counter {
    fn new() -> Counter {
        Counter { count: 0, step: 1 }
    }
    fn bump(&mut self) {
        count += step; //~ ERROR cannot find value `count` in this scope
        //~| ERROR cannot find value `step` in this scope
        reset(); //~ ERROR cannot find function `reset` in this scope
        let other = new(); //~ ERROR cannot find function `new` in this scope
        other.helper();
    }
    fn reset(&mut self) {
        self.count = 0;
    }
    fn helper(&self) {}
    fn make() -> u32 {
        count //~ ERROR cannot find value `count` in this scope
    }
    fn describe(&self) -> u32 {
        helper; //~ ERROR cannot find value `helper` in this scope
        self.count
    }
}

trait Speak {
    const LOUDNESS: u8;
    fn speak(&self) -> String;
    fn twice(&self) -> String {
        let a = speak(); //~ ERROR cannot find function `speak` in this scope
        let l = LOUDNESS; //~ ERROR cannot find value `LOUDNESS` in this scope
        a
    }
}

fn main() {
    let mut c = Counter::new();
    c.bump();
}
