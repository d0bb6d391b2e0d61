struct Queue {
    items: Vec<String>,
}

impl Queue {
    fn tail(&mut self) -> &mut String {
        self.items.last_mut().unwrap()
    }
    fn add(&mut self, s: &str) {
        self.items.push(s.to_string());
    }
}

fn main() {
    let mut q = Queue { items: vec![String::new()] };
    let t = q.tail();
    q.add("x"); //~ ERROR cannot borrow `q` as mutable more than once at a time
    t.push('!');
}
