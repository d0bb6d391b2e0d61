//@ run-pass
//@ check-run-results
//! A task board: borrows through methods, closures that capture mutably and by reference,
//! deferred initialization on every path, references returned from `&self`; valid throughout.

use std::collections::HashMap;

#[derive(Debug, Clone)]
struct Task { id: u32, name: String, done: bool, tags: Vec<String> }

struct Board { tasks: Vec<Task>, index: HashMap<u32, usize> }

impl Board {
    fn new() -> Self { Board { tasks: Vec::new(), index: HashMap::new() } }
    fn add(&mut self, name: &str) -> u32 {
        let id = self.tasks.len() as u32 + 1;
        self.index.insert(id, self.tasks.len());
        self.tasks.push(Task { id, name: name.to_string(), done: false, tags: vec![] });
        id
    }
    fn get(&self, id: u32) -> Option<&Task> {
        let i = *self.index.get(&id)?;
        self.tasks.get(i)
    }
    fn finish(&mut self, id: u32) -> bool {
        let i = match self.index.get(&id) { Some(i) => *i, None => return false };
        let t = &mut self.tasks[i];
        t.done = true;
        true
    }
    fn names(&self) -> Vec<&str> {
        self.tasks.iter().map(|t| t.name.as_str()).collect()
    }
    fn longest(&self) -> &str {
        let mut best = "";
        for t in &self.tasks {
            if t.name.len() > best.len() { best = &t.name; }
        }
        best
    }
}

fn summarize(board: &Board) -> String {
    let total;
    let done: usize;
    total = board.tasks.len();
    done = board.tasks.iter().filter(|t| t.done).count();
    let mut parts = Vec::new();
    let mut add = |s: String| parts.push(s);
    add(format!("{}/{}", done, total));
    add(board.longest().to_string());
    parts.join(" ")
}

fn main() {
    let mut b = Board::new();
    let a = b.add("write");
    let c = b.add("review code");
    b.finish(a);
    let label = {
        let t = b.get(c).unwrap();
        t.name.clone()
    };
    let mut counts: HashMap<bool, u32> = HashMap::new();
    for t in b.tasks.iter() {
        *counts.entry(t.done).or_insert(0) += 1;
    }
    let snapshot = b.tasks.clone();
    let mut tagged = snapshot;
    tagged[0].tags.push(String::from("x"));
    let first_tag = tagged[0].tags.first().cloned();
    let names = b.names();
    println!("{} {:?} {:?} {:?} {}", label, counts.get(&true), first_tag, names, summarize(&b));
    let mut acc = 0;
    let bump = |n: u32| n + 1;
    for i in 0..3 { acc += bump(i); }
    let result;
    if acc > 2 { result = "big"; } else { result = "small"; }
    println!("{} {} {:?}", acc, result, b.get(a).map(|t| t.id));
}
