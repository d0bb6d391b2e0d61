//@ only-64bit
//@ run-pass
//@ check-run-results

fn main() {
    println!("usize is {} bytes", std::mem::size_of::<usize>());
}
