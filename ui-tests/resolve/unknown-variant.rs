enum Color {
    Red,
    Green,
}

fn main() {
    let c = Color::Blue; //~ ERROR no variant or associated item named `Blue` found for enum `Color` in the current scope
}
