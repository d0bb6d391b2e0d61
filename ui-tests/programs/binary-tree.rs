//@ run-pass
//@ check-run-results
// A generic binary search tree over Option<Box<Node<T>>>: insertion and lookup by walking `&mut`
// links, removal with the in-order successor via Option::take, recursive traversals with
// closures (FnMut visitors), height and balance checks, range queries, and a map built on top.
use std::cmp::Ordering;
use std::fmt::Debug;

#[derive(Debug)]
struct Node<T> {
    value: T,
    left: Tree<T>,
    right: Tree<T>,
}

type Tree<T> = Option<Box<Node<T>>>;

struct Bst<T> {
    root: Tree<T>,
    len: usize,
}

impl<T: Ord + Debug> Bst<T> {
    fn new() -> Self {
        Bst { root: None, len: 0 }
    }

    fn insert(&mut self, value: T) -> bool {
        let mut link = &mut self.root;
        while let Some(node) = link {
            link = match value.cmp(&node.value) {
                Ordering::Less => &mut node.left,
                Ordering::Greater => &mut node.right,
                Ordering::Equal => return false,
            };
        }
        *link = Some(Box::new(Node { value, left: None, right: None }));
        self.len += 1;
        true
    }

    fn contains(&self, value: &T) -> bool {
        let mut cur = &self.root;
        while let Some(node) = cur {
            match value.cmp(&node.value) {
                Ordering::Less => cur = &node.left,
                Ordering::Greater => cur = &node.right,
                Ordering::Equal => return true,
            }
        }
        false
    }

    fn remove(&mut self, value: &T) -> Option<T> {
        let removed = Self::remove_from(&mut self.root, value);
        if removed.is_some() {
            self.len -= 1;
        }
        removed
    }

    fn remove_from(link: &mut Tree<T>, value: &T) -> Option<T> {
        let node = link.as_mut()?;
        match value.cmp(&node.value) {
            Ordering::Less => Self::remove_from(&mut node.left, value),
            Ordering::Greater => Self::remove_from(&mut node.right, value),
            Ordering::Equal => {
                let mut boxed = link.take().unwrap();
                *link = match (boxed.left.take(), boxed.right.take()) {
                    (None, None) => None,
                    (Some(l), None) => Some(l),
                    (None, Some(r)) => Some(r),
                    (Some(l), Some(r)) => {
                        let mut right = Some(r);
                        let successor = Self::take_min(&mut right);
                        Some(Box::new(Node { value: successor, left: Some(l), right }))
                    }
                };
                Some(boxed.value)
            }
        }
    }

    fn take_min(link: &mut Tree<T>) -> T {
        if link.as_ref().unwrap().left.is_some() {
            return Self::take_min(&mut link.as_mut().unwrap().left);
        }
        let node = link.take().unwrap();
        *link = node.right;
        node.value
    }

    fn walk<F: FnMut(&T, usize)>(tree: &Tree<T>, depth: usize, f: &mut F) {
        if let Some(node) = tree {
            Self::walk(&node.left, depth + 1, f);
            f(&node.value, depth);
            Self::walk(&node.right, depth + 1, f);
        }
    }

    fn in_order(&self) -> Vec<&T> {
        let mut out = Vec::new();
        let mut cur = &self.root;
        let mut stack: Vec<&Node<T>> = Vec::new();
        loop {
            while let Some(node) = cur {
                stack.push(node);
                cur = &node.left;
            }
            match stack.pop() {
                Some(node) => {
                    out.push(&node.value);
                    cur = &node.right;
                }
                None => break,
            }
        }
        out
    }

    fn height(tree: &Tree<T>) -> usize {
        match tree {
            None => 0,
            Some(n) => 1 + Self::height(&n.left).max(Self::height(&n.right)),
        }
    }

    fn range(&self, lo: &T, hi: &T) -> Vec<&T> {
        self.in_order().into_iter().filter(|v| *v >= lo && *v <= hi).collect()
    }

    fn min(&self) -> Option<&T> {
        let mut node = self.root.as_ref()?;
        while let Some(left) = node.left.as_ref() {
            node = left;
        }
        Some(&node.value)
    }
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    key: String,
    count: u32,
}

fn main() {
    let mut tree = Bst::new();
    let keys = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 85];
    let inserted: Vec<bool> = keys.iter().map(|&k| tree.insert(k)).collect();
    println!("inserted {:?}", inserted);
    println!("len {} height {}", tree.len, Bst::height(&tree.root));
    println!("in order {:?}", tree.in_order());
    println!("contains 45 {}, 55 {}", tree.contains(&45), tree.contains(&55));
    println!("range 33..=66 {:?}", tree.range(&33, &66));
    let mut shape = String::new();
    let mut deepest = 0;
    Bst::walk(&tree.root, 0, &mut |v: &i32, d| {
        shape.push_str(&format!("{}{} ", "-".repeat(d), v));
        deepest = deepest.max(d);
    });
    println!("shape {}", shape.trim_end());
    println!("deepest level {}", deepest);
    for k in [20, 30, 50, 99, 70] {
        println!("remove {:>2} -> {:?}, now {:?}", k, tree.remove(&k), tree.in_order());
    }
    println!("len {} height {} min {:?}", tree.len, Bst::height(&tree.root), tree.min());

    let mut words = Bst::new();
    let text = "the quick brown fox jumps over the lazy dog the end";
    for w in text.split(' ') {
        words.insert(w.to_string());
    }
    let sorted: Vec<&String> = words.in_order();
    println!("{} distinct words: {:?}", words.len, sorted);
    println!("first word {:?}", words.min());

    let mut entries = Bst::new();
    for (k, c) in [("b", 2), ("a", 9), ("b", 1), ("c", 5)] {
        entries.insert(Entry { key: k.to_string(), count: c });
    }
    let mut total = 0;
    Bst::walk(&entries.root, 0, &mut |e: &Entry, _| total += e.count);
    println!("entries {:?}", entries.in_order().iter().map(|e| format!("{}:{}", e.key, e.count)).collect::<Vec<_>>());
    println!("total count {}", total);
}
