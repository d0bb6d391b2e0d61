// Moving out of a borrowed place inside a closure: the closure's own parameters are places it
// may not move out of either (`|i| i.name` over `iter()`), and an element of a `Vec` reached
// through one is moved out of the `Index` result.

struct Entry {
    name: String,
    tags: Vec<String>,
}

fn main() {
    let entries = vec![Entry { name: String::from("a"), tags: vec![String::from("t")] }];
    let _names: Vec<String> = entries.iter().map(|e| e.name).collect(); //~ ERROR E0507
    let _tags: Vec<String> = entries.iter().map(|e| e.tags[0]).collect(); //~ ERROR E0507
    let take = |s: &String| -> String { *s }; //~ ERROR E0507
    let _lens: Vec<usize> = entries.iter().map(|e| e.name.len()).collect();
    let _ = take(&entries[0].name);
}
