// Nested enums: only the missing outer constructor is reported.
#[derive(Debug)]
enum Level {
    Low,
    High,
}

fn describe(reading: Option<Option<Level>>) -> &'static str {
    match reading { //~ ERROR non-exhaustive patterns: `Some(Some(Level::High))` not covered
        None => "no sensor",
        Some(None) => "no value",
        Some(Some(Level::Low)) => "low",
    }
}

fn main() {
    println!("{}", describe(Some(Some(Level::Low))));
    println!("{:?}", Level::High);
}
