fn main() {
    let v = vec![1];
    let first = &v;
    let mut w = v;
    w.push(first.len());
}
