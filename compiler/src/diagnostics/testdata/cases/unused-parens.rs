fn main() {
    let x = (5);
    if (x > 3) {}
}
