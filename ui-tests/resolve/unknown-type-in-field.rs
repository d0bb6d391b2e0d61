struct Inventory {
    items: Vec<Item>, //~ ERROR cannot find type `Item` in this scope
    count: usize,
}

fn main() {}
