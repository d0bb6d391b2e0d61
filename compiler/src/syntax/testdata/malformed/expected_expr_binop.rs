fn main() {
    let x = 1 +;
    let y: u32 = "a";
}
