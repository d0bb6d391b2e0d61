fn pick(flag: bool) -> u32 {
    flag ? 1 : 2 //~ ERROR Rust has no ternary operator
}

fn main() {
    let _ = pick(true);
}
