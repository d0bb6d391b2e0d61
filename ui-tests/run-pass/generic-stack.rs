//@ run-pass
//@ check-run-results

#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T: std::fmt::Debug + Clone> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, x: T) {
        self.items.push(x);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    let mut s: Stack<i32> = Stack::new();
    s.push(1);
    s.push(2);
    s.push(3);
    println!("{:?} peek={:?} len={}", s, s.peek(), s.len());
    println!("{:?} {:?}", s.pop(), s.pop());
    let mut names = Stack::new();
    names.push(String::from("x"));
    names.push(String::from("y"));
    println!("{:?} {:?}", names.pop(), names);
    let mut pairs: Stack<(u8, char)> = Stack::new();
    pairs.push((1, 'a'));
    println!("{:#?}", pairs);
}
