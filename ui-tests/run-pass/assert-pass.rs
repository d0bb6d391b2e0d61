//@ run-pass
//@ check-run-results

fn main() {
    let a = 2 + 2;
    assert!(a == 4);
    assert_eq!(a, 4, "math works");
    assert_ne!(a, 5);
    debug_assert!(a > 0);
    println!("all assertions held");
}
