//@ run-pass
//@ check-run-results

fn finish(code: i32) -> ! {
    println!("finishing with {}", code);
    std::process::exit(code)
}

fn main() {
    println!("start");
    eprintln!("to stderr");
    finish(0);
}
