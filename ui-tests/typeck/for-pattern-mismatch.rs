// A `for` pattern that does not match the iterator's items: rustc labels the iterator with the
// type of its items.

fn main() {
    let pairs = vec![(1, 'a')];
    for (i, c, x) in pairs.iter() {} //~ ERROR E0308
    for (i, item) in vec![1, 2] {} //~ ERROR E0308
    let words = ["a"];
    for &(a, b) in words.iter() {} //~ ERROR E0308
}
