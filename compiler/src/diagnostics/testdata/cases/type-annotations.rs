fn main() {
    let v = Vec::new();
    let x = "5".parse().unwrap();
}
