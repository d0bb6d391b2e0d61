fn double(n: u8) -> u8 {
    match n {
        0 => 0; //~ ERROR `match` arm body without braces
        _ => n * 2,
    }
}

fn main() {
    let _ = double(2);
}
