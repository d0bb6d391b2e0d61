struct Pixel {
    x: u32,
    y: u32,
}

fn main() {
    let p = Pixel { x: 1, y: 2 };
    let Pixel { x } = p; //~ ERROR pattern does not mention field `y`
}
