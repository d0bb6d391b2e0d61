enum Shape {
    Rect(u32, u32),
}

fn area(s: Shape) -> u32 {
    match s {
        Shape::Rect(w) => w, //~ ERROR this pattern has 1 field, but the corresponding tuple variant has 2 fields
    }
}

fn main() {}
