pub fn takes(a: i32) -> i32 {
    a
}
pub const VALUE: u8 = 1;
