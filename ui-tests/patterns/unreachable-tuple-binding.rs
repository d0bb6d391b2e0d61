//@ check-pass
#![warn(unreachable_patterns)]

fn classify(p: (bool, u8)) -> u8 {
    match p {
        (true, n) => n,
        (false, 0) => 0,
        other => other.1,
        (false, _) => 9, //~ WARN unreachable pattern
    }
}

fn main() {
    let _ = classify((false, 3));
}
