fn main() {
    let x = 5 – 2;
}
