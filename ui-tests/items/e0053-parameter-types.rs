// A parameter of an impl method whose type differs from the trait's: the innermost types that
// differ, the trait's type, both signatures with the agreeing parts elided.
use std::collections::HashMap;

trait Index<K> {
    fn insert(&mut self, key: K, line: u32);
    fn merge(&mut self, other: HashMap<String, Vec<u32>>, limit: usize);
    fn lookup(&self, key: &K, max: u8) -> Vec<u32>;
}

struct WordIndex {
    lines: HashMap<String, Vec<u32>>,
}

impl Index<String> for WordIndex {
    fn insert(&mut self, key: &str, line: u32) { //~ ERROR method `insert` has an incompatible type for trait
        self.lines.entry(key.to_string()).or_default().push(line);
    }

    fn merge(&mut self, other: HashMap<String, Vec<u64>>, limit: usize) { //~ ERROR method `merge` has an incompatible type for trait
        for (k, v) in other {
            let _ = (k, v, limit);
        }
    }

    fn lookup(&self, key: &String, max: u16) -> Vec<u32> { //~ ERROR method `lookup` has an incompatible type for trait
        let mut found = self.lines.get(key).cloned().unwrap_or_default();
        found.truncate(max as usize);
        found
    }
}

fn main() {
    let idx = WordIndex { lines: HashMap::new() };
    println!("{}", idx.lines.len());
}
