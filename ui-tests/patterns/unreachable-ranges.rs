//@ check-pass
#![warn(unreachable_patterns)]

fn grade(score: u8) -> char {
    match score {
        90..=255 => 'A',
        70..=89 => 'B',
        0..=69 => 'C',
        75 => 'X', //~ WARN unreachable pattern
        _ => '?', //~ WARN unreachable pattern
    }
}

fn main() {
    let _ = grade(80);
}
