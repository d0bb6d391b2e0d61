//@ run-fail
//@ check-run-results

fn main() {
    let v = vec![1, 2, 3];
    assert!(v.len() > 5);
}
