struct Queue {
    items: Vec<u32>,
}

impl Queue {
    fn empty() -> Queue {
        Queue { items: Vec::new() }
    }
}

fn main() {
    let q = Queue::create(); //~ ERROR no function or associated item named `create` found for struct `Queue` in the current scope
    let e = Queue::empty();
    println!("{}", e.items.len());
}
