fn main() {
    let v: Vec<String> = vec![1, 2].into_iter().collect();
}
