struct Node { //~ ERROR recursive type `Node` has infinite size
    value: i32,
    next: Option<Node>,
}

fn main() {}
