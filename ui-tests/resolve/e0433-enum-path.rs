enum Color {
    Red,
    Green,
}

fn main() {
    let c = Colour::Red; //~ ERROR cannot find type `Colour` in this scope
    let _g = Color::Green;
    let _r = Color::Red;
    let _ = c;
}
