//@ run-fail
//@ check-run-results

fn main() {
    let v: Vec<i32> = Vec::new();
    let first = v.first().expect("the list has a first element");
    println!("{}", first);
}
