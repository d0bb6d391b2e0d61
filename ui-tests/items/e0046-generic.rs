trait Container<T> {
    fn get(&self, i: usize) -> Option<&T>;
    fn first(&self) -> Option<&T>;
    fn len(&self) -> usize;
}

struct Stack<T> {
    items: Vec<T>,
}

impl<T> Container<T> for Stack<T> { //~ ERROR not all trait items implemented, missing: `first`, `len`
    fn get(&self, i: usize) -> Option<&T> {
        self.items.get(i)
    }
}

fn main() {
    let s = Stack { items: vec![1] };
    println!("{:?}", s.get(0));
}
