struct Config {
    name: String //~ ERROR expected `,`, or `}`, found `verbose`
    verbose: bool,
}

fn main() {}
