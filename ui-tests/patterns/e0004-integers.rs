fn bucket(n: u8) -> &'static str {
    match n { //~ ERROR non-exhaustive patterns: `200_u8..=u8::MAX` not covered
        0 => "zero",
        1..=99 => "small",
        100..200 => "large",
    }
}

fn sign(n: i64) -> i8 {
    match n { //~ ERROR non-exhaustive patterns: `i64::MIN..=-1_i64` not covered
        0 => 0,
        1.. => 1,
    }
}

fn main() {
    let _ = bucket(3);
    let _ = sign(-3);
}
