// A return type that differs from the trait's, including a missing `-> T` and a trait that
// returns nothing.
trait Source {
    fn name(&self) -> String;
    fn size(&self) -> (usize, Option<&str>);
    fn count(&self) -> u32;
    fn reset(&mut self);
}

struct Buffer {
    data: Vec<u8>,
}

impl Source for Buffer {
    fn name(&self) -> &str { //~ ERROR method `name` has an incompatible type for trait
        "buffer"
    }

    fn size(&self) -> (usize, Option<String>) { //~ ERROR method `size` has an incompatible type for trait
        (self.data.len(), None)
    }

    fn count(&self) {} //~ ERROR method `count` has an incompatible type for trait

    fn reset(&mut self) -> bool { //~ ERROR method `reset` has an incompatible type for trait
        self.data.clear();
        true
    }
}

fn main() {}
