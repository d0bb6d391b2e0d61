//@ run-pass
//@ check-run-results
//@ edition: 2021
// Every std collection iterated by value: `for` takes ownership of the elements.
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, VecDeque};

fn main() {
    let mut scores: HashMap<String, u32> = HashMap::new();
    scores.insert("ada".to_string(), 3);
    scores.insert("grace".to_string(), 5);
    let mut owned: Vec<(String, u32)> = Vec::new();
    for (name, score) in scores {
        owned.push((name, score));
    }
    owned.sort();
    println!("{:?}", owned);

    let tags: HashSet<String> = ["b", "a", "c"].iter().map(|s| s.to_string()).collect();
    let mut names: Vec<String> = Vec::new();
    for t in tags {
        names.push(t);
    }
    names.sort();
    println!("{:?}", names);

    let mut queue: VecDeque<u32> = vec![4, 5].into_iter().collect();
    queue.push_front(3);
    for x in &mut queue {
        *x *= 10;
    }
    let mut drained = Vec::new();
    for x in queue {
        drained.push(x);
    }
    println!("{:?}", drained);

    let ordered: BTreeSet<i32> = [5, -1, 3].into_iter().collect();
    for x in ordered {
        print!("{} ", x);
    }
    println!();

    let mut index: BTreeMap<u32, String> = BTreeMap::new();
    index.insert(2, "two".to_string());
    index.insert(1, "one".to_string());
    for (k, v) in index {
        println!("{} => {}", k, v);
    }

    let heap: BinaryHeap<i32> = vec![2, 9, 4].into_iter().collect();
    let mut total = 0;
    for x in heap {
        total += x;
    }
    println!("total {}", total);

    // A heap iterated by value yields its internal order, which std's push, pop and rebuild decide.
    let mut pushed = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2, 7, 6, 4] {
        pushed.push(x);
    }
    pushed.pop();
    pushed.pop();
    let mut order = Vec::new();
    for x in pushed {
        order.push(x);
    }
    println!("{:?}", order);
    let rebuilt: BinaryHeap<u32> = vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3].into_iter().collect();
    let mut order = Vec::new();
    for x in rebuilt {
        order.push(x);
    }
    println!("{:?}", order);
}
