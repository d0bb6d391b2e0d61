//@ run-fail
//@ check-run-results

fn main() {
    print!("partial line");
    std::process::exit(42);
}
