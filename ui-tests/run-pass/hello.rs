//@ run-pass
//@ check-run-results

fn main() {
    println!("hello from weft");
}
