struct Settings {
    width: u32,
    height: u32,
    title: String,
}

fn area(s: &Settings) -> u32 {
    match s {
        Settings { width, depth: 0, .. } => *width, //~ ERROR struct `Settings` does not have a field named `depth`
        Settings { width, height, .. } => width * height,
    }
}

fn main() {
    let s = Settings { width: 2, height: 3, title: String::new() };
    let _ = area(&s);
}
