fn main() {
    let mut v = vec![1, 2];
    let first = &mut v[0]; v.push(*first);
}
