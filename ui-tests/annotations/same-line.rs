fn main() {
    let x: u16 = true; //~ ERROR mismatched types
}
