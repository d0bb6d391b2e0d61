fn answer() => u32 { //~ ERROR return types are denoted using `->`
    42
}

fn main() {
    let _ = answer();
}
