struct Config {
    verbose: bool,
    retries: u32,
}

fn mode(c: &Config) -> u32 {
    match c { //~ ERROR non-exhaustive patterns: `&Config { verbose: false, .. }` not covered
        Config { verbose: true, retries } => *retries,
    }
}

fn command(name: &str) -> i32 {
    match name { //~ ERROR non-exhaustive patterns: `&_` not covered
        "start" => 1,
        "stop" => 2,
    }
}

fn main() {
    let c = Config { verbose: true, retries: 3 };
    let _ = mode(&c) + command("start") as u32;
}
