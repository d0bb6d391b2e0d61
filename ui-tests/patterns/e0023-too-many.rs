enum Msg {
    Move(i32, i32),
    Quit,
}

fn handle(m: Msg) -> i32 {
    match m {
        Msg::Move(x, y, z) => x + y + z, //~ ERROR this pattern has 3 fields, but the corresponding tuple variant has 2 fields
        Msg::Quit => 0,
    }
}

fn main() {
    let _ = handle(Msg::Quit);
}
