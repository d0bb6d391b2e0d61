//@ run-pass
//@ check-run-results
// Links of Option<Box<Node>>: `as_mut()?` binds a `&mut Box<Node>` (kept a box, not unboxed),
// walking `&mut` links with while let, and take() to unlink.
#[derive(Debug)]
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn bump_second(list: &mut Option<Box<Node>>) -> Option<i32> {
    let first = list.as_mut()?;
    let second = first.next.as_mut()?;
    second.val += 10;
    Some(second.val)
}

fn push_back(list: &mut Option<Box<Node>>, val: i32) {
    let mut link = list;
    while let Some(node) = link {
        link = &mut node.next;
    }
    *link = Some(Box::new(Node { val, next: None }));
}

fn pop_front(list: &mut Option<Box<Node>>) -> Option<i32> {
    let node = list.take()?;
    *list = node.next;
    Some(node.val)
}

fn main() {
    let mut list = None;
    for v in [1, 2, 3] {
        push_back(&mut list, v);
    }
    println!("{:?}", bump_second(&mut list));
    println!("{:?} {:?}", pop_front(&mut list), pop_front(&mut list));
    println!("{:?}", list);
    println!("{:?}", bump_second(&mut list));
}
