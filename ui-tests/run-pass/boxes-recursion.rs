//@ run-pass
//@ check-run-results

#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

fn sum(l: &List) -> i32 {
    match l {
        Cons(v, rest) => v + sum(rest),
        Nil => 0,
    }
}

#[derive(Debug)]
struct Node {
    value: u32,
    children: Vec<Node>,
}

fn depth(n: &Node) -> usize {
    1 + n.children.iter().map(|c| depth(c)).max().unwrap_or(0)
}

fn main() {
    let list = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("{:?}", list);
    println!("sum {}", sum(&list));
    let b = Box::new(41);
    println!("{}", *b + 1);
    let tree = Node { value: 1, children: vec![Node { value: 2, children: vec![] }, Node { value: 3, children: vec![Node { value: 4, children: vec![] }] }] };
    println!("depth {} root {}", depth(&tree), tree.value);
    println!("{:#?}", tree.children[0]);
}
