trait Store {
    type Key;
    const CAPACITY: usize;
    fn get(&self, k: &Self::Key) -> Option<u32>;
}

struct Memory;

impl Store for Memory {
    type Key = u32;
    type Value = u32; //~ ERROR type `Value` is not a member of trait `Store`
    const CAPACITY: usize = 8;
    const LIMIT: usize = 4; //~ ERROR const `LIMIT` is not a member of trait `Store`
    fn get(&self, _k: &u32) -> Option<u32> {
        None
    }
    fn clear(&mut self) {} //~ ERROR method `clear` is not a member of trait `Store`
}

fn main() {}
