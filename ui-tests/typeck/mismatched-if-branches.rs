fn describe(n: i32) -> String {
    if n > 0 {
        String::from("positive")
    } else {
        0 //~ ERROR mismatched types
    }
}

fn main() {
    describe(3);
}
