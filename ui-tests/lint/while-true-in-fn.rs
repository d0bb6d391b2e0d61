//@ check-pass

fn poll(limit: u32) -> u32 {
    let mut tries = 0;
    while true { //~ WARN denote infinite loops with `loop { ... }`
        tries += 1;
        if tries >= limit {
            break;
        }
    }
    tries
}

fn main() {
    println!("{}", poll(2));
}
