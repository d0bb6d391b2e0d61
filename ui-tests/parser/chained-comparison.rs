fn check(a: u32, b: u32, c: u32) -> bool {
    a < b < c //~ ERROR comparison operators cannot be chained
}

fn main() {
    let _ = check(1, 2, 3);
}
