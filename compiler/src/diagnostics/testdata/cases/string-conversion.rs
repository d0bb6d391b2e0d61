fn main() {
    let _s: String = "abc";
    let _n: u64 = 5u32;
}
