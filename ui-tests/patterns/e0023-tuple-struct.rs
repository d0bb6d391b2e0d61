struct Rgb(u8, u8, u8);

fn red(c: Rgb) -> u8 {
    let Rgb(r, g) = c; //~ ERROR this pattern has 2 fields, but the corresponding tuple struct has 3 fields
    r + g
}

fn main() {
    let _ = red(Rgb(1, 2, 3));
}
