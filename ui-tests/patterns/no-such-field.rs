struct Pixel {
    x: u32,
    y: u32,
}

fn main() {
    let p = Pixel { x: 1, y: 2 };
    let Pixel { x, z } = p; //~ ERROR struct `Pixel` does not have a field named `z`
}
