fn gate(a: bool, b: bool) -> u8 {
    match (a, b) { //~ ERROR non-exhaustive patterns: `(false, false)` not covered
        (true, _) => 1,
        (false, true) => 2,
    }
}

fn main() {
    let _ = gate(true, false);
}
