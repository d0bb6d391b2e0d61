fn main() {
    let a = 1;
}
