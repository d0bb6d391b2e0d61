struct Config {
    name: String,
    verbose: bool,
    level: u8,
}
fn main() {
    let _c = Config {
        name: String::new(),
        verbos: true,
    };
}
