fn main() {
    let _x: u8 = 256;
    let _y: i8 = 200;
}
