fn name_length(name: &str) -> usize {
    name //~ ERROR mismatched types
}

fn main() {
    println!("{}", name_length("weft"));
}
