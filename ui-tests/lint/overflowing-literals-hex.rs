fn main() {
    let mask: u8 = 0x1_00; //~ ERROR literal out of range for `u8`
    let bits: u16 = 0b1_0000_0000_0000_0000; //~ ERROR literal out of range for `u16`
    println!("{} {}", mask, bits);
}
