//@ run-fail
//@ check-run-results
//@ error-pattern: index out of bounds
//@ needs-unwind

fn main() {
    let v = vec![1, 2, 3];
    let i = v.len();
    println!("{}", v[i]);
}
