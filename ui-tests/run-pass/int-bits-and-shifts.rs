//@ run-pass
//@ check-run-results

fn main() {
    let x: u8 = 0b1010_0110;
    println!("{} {} {} {}", x & 0x0f, x | 0x01, x ^ 0xff, !x);
    let y: i32 = -1;
    println!("{} {} {}", y << 4, y >> 1, !y);
    let z: u32 = 1;
    println!("{} {}", z << 31, (z << 31) >> 31);
    let w: u64 = 0xdead_beef;
    println!("{:x} {:X} {:#x} {:o} {:b}", w, w, w, 8u8, 5u8);
    println!("{:#b} {:#o} {:08b} {:#010x}", 5, 8, 5u8, 255);
    let n: i8 = -1;
    println!("{:x} {:b}", n, n);
    let big: u128 = 1 << 100;
    println!("{} {:x}", big, big);
}
