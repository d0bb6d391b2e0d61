//@ check-pass
#![warn(unreachable_patterns)]

#[derive(Clone, Copy)]
enum Suit {
    Hearts,
    Diamonds,
    Clubs,
    Spades,
}

fn is_red(s: Suit) -> bool {
    match s {
        Suit::Hearts | Suit::Diamonds => true,
        Suit::Clubs | Suit::Spades => false,
        Suit::Hearts => true, //~ WARN unreachable pattern
    }
}

fn main() {
    let _ = is_red(Suit::Clubs);
}
