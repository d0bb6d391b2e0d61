fn main() {
    let count: i32 = "three"; //~ ERROR mismatched types
}
