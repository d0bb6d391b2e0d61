fn main() {
    let x = 5;
    let mut y = 6;
    let _ = &mut y;
}
