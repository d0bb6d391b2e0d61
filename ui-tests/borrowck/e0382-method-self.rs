fn main() {
    let words = vec!["a", "b", "c"];
    let upper: Vec<String> = words.into_iter().map(|w| w.to_uppercase()).collect();
    println!("{} {}", upper.len(), words.len()); //~ ERROR borrow of moved value: `words`
}
