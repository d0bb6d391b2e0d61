fn main() {
    let b: i32 = "bom";
}
