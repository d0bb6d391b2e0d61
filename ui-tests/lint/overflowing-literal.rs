fn main() {
    let small: u8 = 256; //~ ERROR literal out of range for `u8`
    println!("{}", small);
}
