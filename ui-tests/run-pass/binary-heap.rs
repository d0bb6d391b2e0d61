//@ run-pass
//@ check-run-results
// std's BinaryHeap: a max-heap of integers, a min-heap through Reverse (destructured on pop),
// a heap of a user type ordered by its own Ord impl, peek, len, is_empty, into_sorted_vec.
use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq)]
struct Job {
    name: &'static str,
    urgency: u8,
}

impl Ord for Job {
    fn cmp(&self, other: &Job) -> Ordering {
        self.urgency.cmp(&other.urgency).then_with(|| other.name.cmp(self.name))
    }
}

impl PartialOrd for Job {
    fn partial_cmp(&self, other: &Job) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut max = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2] {
        max.push(x);
    }
    println!("{:?} {} {}", max.peek(), max.len(), max.is_empty());
    let mut out = Vec::new();
    while let Some(x) = max.pop() {
        out.push(x);
    }
    println!("{:?} {}", out, max.is_empty());
    let mut min = BinaryHeap::new();
    for (d, v) in [(7, 'a'), (2, 'b'), (9, 'c'), (2, 'a')] {
        min.push(Reverse((d, v)));
    }
    while let Some(Reverse((d, v))) = min.pop() {
        print!("{}{} ", d, v);
    }
    println!();
    let mut jobs = BinaryHeap::new();
    jobs.push(Job { name: "docs", urgency: 1 });
    jobs.push(Job { name: "fix", urgency: 5 });
    jobs.push(Job { name: "alert", urgency: 5 });
    jobs.push(Job { name: "lint", urgency: 2 });
    println!("{:?}", jobs.pop().map(|j| j.name));
    let rest: Vec<&str> = jobs.into_sorted_vec().iter().map(|j| j.name).collect();
    println!("{:?}", rest);
}
