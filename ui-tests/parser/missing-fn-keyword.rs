pub compute(x: u32) -> u32 { //~ ERROR missing `fn` for function definition
    x + 1
}

fn main() {}
