enum Shape {
    Rect { w: u32, h: u32 },
    Dot,
}

fn width(s: &Shape) -> u32 {
    match s {
        Shape::Rect { w } => *w, //~ ERROR pattern does not mention field `h`
        Shape::Dot => 0,
    }
}

fn main() {
    let _ = width(&Shape::Dot);
}
