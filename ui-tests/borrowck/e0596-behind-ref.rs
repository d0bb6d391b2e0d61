fn add_item(items: &Vec<String>, item: &str) {
    items.push(item.to_string()); //~ ERROR cannot borrow `*items` as mutable, as it is behind a `&` reference
}

fn main() {
    let mut items = Vec::new();
    add_item(&items, "x");
    items.clear();
}
