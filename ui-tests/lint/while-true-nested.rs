//@ check-pass

fn wait(limit: u32) -> u32 {
    let mut ticks = 0;
    while true { //~ WARN denote infinite loops with `loop { ... }`
        ticks += 1;
        if ticks == limit {
            return ticks;
        }
    }
    0
}

fn main() {
    println!("{}", wait(3));
}
