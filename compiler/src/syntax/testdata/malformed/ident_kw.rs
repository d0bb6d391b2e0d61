fn main() {
    let fn = 5;
}
