//@ check-pass
#![warn(unreachable_code)]

fn spin() -> u32 {
    loop {
        std::thread::yield_now();
    }
    7 //~ WARN unreachable expression
}

fn main() {
    let _ = spin;
}
