fn f(x: u8) -> u8 {
    match x {
        0 => let y = 1; y,
        _ => 2,
    }
}
