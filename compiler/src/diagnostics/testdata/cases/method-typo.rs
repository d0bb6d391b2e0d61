fn main() {
    let v = vec![1, 2, 3];
    let _ = v.lenn();
    let s = String::new();
    let _ = s.pusher("x");
}
